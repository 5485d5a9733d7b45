/**
 * The dossier facts the town counts: dossier code (checked against the portal's format, a hint never a
 * refusal), promised result date, channel, fee paid online, result by post, status, notes. One "Lưu":
 * edits stay local until saved. A change arriving from elsewhere (another side-panel tab, the portal)
 * refreshes every field the person has not touched; "Lưu" writes only the fields the person changed,
 * and when one of those also changed elsewhere the person sees both values and chooses.
 * The caller keys it by session id, so another session starts from a fresh draft.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { checkDossierCode, normalizeDossierCode } from '../../lib/checklist/dossier-code';
import { CHANNELS, CHANNEL_LABELS, SESSION_STATUSES, STATUS_LABELS, type Session, type SessionAction, type SessionStatus, type SubmissionChannel } from '../../lib/checklist/model';
import { t, type Lang } from '../../lib/i18n/workspace-messages';

export interface SessionDetailsFormProps {
  session: Session;
  lang: Lang;
  onSave: (actions: SessionAction[]) => void | Promise<unknown>;
}

interface Draft {
  dossierCode: string;
  resultDate: string;
  channel: SubmissionChannel | '';
  paidOnline: 'yes' | 'no' | 'unknown';
  resultByPost: boolean;
  status: SessionStatus;
  notes: string;
}

function draftOf(s: Session): Draft {
  return {
    dossierCode: s.dossierCode ?? '',
    resultDate: s.resultDate ?? '',
    channel: s.channel ?? '',
    paidOnline: s.paidOnline === null ? 'unknown' : s.paidOnline ? 'yes' : 'no',
    resultByPost: s.resultByPost,
    status: s.status,
    notes: s.notes,
  };
}

type Field = keyof Draft;
const FIELDS: readonly Field[] = ['dossierCode', 'resultDate', 'channel', 'paidOnline', 'resultByPost', 'status', 'notes'];

const same = (field: Field, a: Draft, b: Draft): boolean =>
  field === 'dossierCode' ? normalizeDossierCode(a.dossierCode) === normalizeDossierCode(b.dossierCode) : a[field] === b[field];

/** The edits that turn `before` into `draft`, in an order where the helper's explicit status wins. */
export function actionsBetween(before: Draft, draft: Draft): SessionAction[] {
  const actions: SessionAction[] = [];
  if (!same('dossierCode', draft, before)) actions.push({ kind: 'set-dossier-code', code: draft.dossierCode });
  const details: Extract<SessionAction, { kind: 'set-details' }>['details'] = {};
  if (draft.resultDate !== before.resultDate) details.resultDate = draft.resultDate || undefined;
  if (draft.channel !== before.channel) details.channel = draft.channel || undefined;
  if (draft.paidOnline !== before.paidOnline) details.paidOnline = draft.paidOnline === 'unknown' ? null : draft.paidOnline === 'yes';
  if (draft.resultByPost !== before.resultByPost) details.resultByPost = draft.resultByPost;
  if (draft.notes !== before.notes) details.notes = draft.notes;
  if (Object.keys(details).length > 0) actions.push({ kind: 'set-details', details });
  if (draft.status !== before.status) actions.push({ kind: 'set-status', status: draft.status });
  return actions;
}

/** Fields the person changed that were also changed elsewhere, to a different value, since the draft was taken. */
function conflictsOf(base: Draft, draft: Draft, latest: Draft): Field[] {
  return FIELDS.filter((f) => !same(f, draft, base) && !same(f, latest, base) && !same(f, draft, latest));
}

const FIELD_LABEL: Record<Field, Parameters<typeof t>[1]> = {
  dossierCode: 'session.dossierCode',
  resultDate: 'ws.resultDate',
  channel: 'session.channel',
  paidOnline: 'session.paidOnline',
  resultByPost: 'ws.resultByPost',
  status: 'session.status',
  notes: 'session.notes',
};

function shown(field: Field, d: Draft, lang: Lang): string {
  const v = d[field];
  if (field === 'status') return STATUS_LABELS[d.status][lang];
  if (field === 'channel') return d.channel ? CHANNEL_LABELS[d.channel][lang] : t(lang, 'ws.empty');
  if (field === 'paidOnline') return t(lang, d.paidOnline === 'yes' ? 'ws.yes' : d.paidOnline === 'no' ? 'ws.no' : 'ws.unknown');
  if (field === 'resultByPost') return t(lang, d.resultByPost ? 'ws.yes' : 'ws.no');
  const text = String(v);
  if (!text) return t(lang, 'ws.empty');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export function SessionDetailsForm({ session, lang, onSave }: SessionDetailsFormProps): JSX.Element {
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(session));
  // What the session said when the draft was taken, field by field: the base of "changed by me" and
  // "changed elsewhere". Refs, not state: an effect scheduled before a keystroke must see it.
  const base = useRef<Draft>(draftOf(session));
  const touched = useRef(new Set<Field>());
  const [conflicts, setConflicts] = useState<Field[]>([]);
  const latest = useRef(session);
  latest.current = session;
  useEffect(() => {
    // Untouched fields follow the session; touched ones keep the person's value and their base.
    const next = draftOf(session);
    const follow = FIELDS.filter((f) => !touched.current.has(f));
    const take = (d: Draft): Draft => {
      const out = { ...d };
      for (const f of follow) (out as Record<Field, unknown>)[f] = next[f];
      return out;
    };
    base.current = take(base.current);
    setDraft(take);
  }, [session]);

  const edit = <K extends keyof Draft>(key: K, value: Draft[K]): void => {
    touched.current.add(key);
    setConflicts([]);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  /** Saves the person's changes; `resolve` says what to do with fields changed elsewhere too. */
  const save = async (resolve?: 'mine' | 'theirs'): Promise<void> => {
    const now = draftOf(latest.current);
    const clash = conflictsOf(base.current, draft, now);
    if (clash.length > 0 && !resolve) {
      setConflicts(clash);
      return;
    }
    let mine = draft;
    if (resolve === 'theirs') {
      mine = { ...draft };
      for (const f of clash) (mine as Record<Field, unknown>)[f] = now[f];
    }
    // Only what the person changed, measured from the session as it is now: nothing made elsewhere is undone.
    const changed: Draft = { ...now };
    for (const f of FIELDS) if (!same(f, mine, base.current)) (changed as Record<Field, unknown>)[f] = mine[f];
    const actions = actionsBetween(now, changed);
    if (actions.length > 0) await onSave(actions);
    setConflicts([]);
    touched.current.clear();
    const fresh = draftOf(latest.current);
    base.current = fresh;
    setDraft(fresh);
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    await save();
  };

  const code = draft.dossierCode.trim() ? checkDossierCode(draft.dossierCode) : null;
  const codeHint = code && !code.ok ? code.hint[lang] : null;

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${uid}-h`} noValidate>
      <h3 id={`${uid}-h`}>{t(lang, 'ws.dossierHeading')}</h3>
      <div class="dvc-field">
        <label for={`${uid}-code`}>{t(lang, 'session.dossierCode')}</label>
        <span id={`${uid}-codehint`} class="dvc-field__hint">
          {t(lang, 'ws.dossierCodeHint')}
        </span>
        <p id={`${uid}-codewarn`} class="dvc-warn" aria-live="polite" hidden={!codeHint}>
          {codeHint}
        </p>
        <input
          id={`${uid}-code`}
          class="dvc-input"
          type="text"
          autocomplete="off"
          spellcheck={false}
          maxLength={100}
          aria-describedby={`${uid}-codehint ${uid}-codewarn`}
          value={draft.dossierCode}
          onInput={(e) => edit('dossierCode', e.currentTarget.value)}
        />
      </div>
      <div class="dvc-field">
        <label for={`${uid}-date`}>{t(lang, 'ws.resultDate')}</label>
        <input
          id={`${uid}-date`}
          class="dvc-input dvc-input--short"
          type="date"
          value={draft.resultDate}
          onInput={(e) => edit('resultDate', e.currentTarget.value)}
        />
      </div>
      <fieldset class="dvc-field">
        <legend>{t(lang, 'session.channel')}</legend>
        {CHANNELS.map((c) => (
          <label key={c} class="dvc-choice dvc-choice--inline">
            <input type="radio" name={`${uid}-channel`} checked={draft.channel === c} onChange={() => edit('channel', c)} />
            <span>{CHANNEL_LABELS[c][lang]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="dvc-field">
        <legend>{t(lang, 'session.paidOnline')}</legend>
        {(['yes', 'no', 'unknown'] as const).map((v) => (
          <label key={v} class="dvc-choice dvc-choice--inline">
            <input type="radio" name={`${uid}-paid`} checked={draft.paidOnline === v} onChange={() => edit('paidOnline', v)} />
            <span>{t(lang, v === 'yes' ? 'ws.yes' : v === 'no' ? 'ws.no' : 'ws.unknown')}</span>
          </label>
        ))}
      </fieldset>
      <div class="dvc-field">
        <label class="dvc-choice">
          <input type="checkbox" checked={draft.resultByPost} onChange={(e) => edit('resultByPost', e.currentTarget.checked)} />
          <span>{t(lang, 'ws.resultByPost')}</span>
        </label>
      </div>
      <div class="dvc-field">
        <label for={`${uid}-status`}>{t(lang, 'session.status')}</label>
        <select id={`${uid}-status`} class="dvc-input" value={draft.status} onChange={(e) => edit('status', e.currentTarget.value as SessionStatus)}>
          {SESSION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s][lang]}
            </option>
          ))}
        </select>
      </div>
      <div class="dvc-field">
        <label for={`${uid}-notes`}>{t(lang, 'session.notes')}</label>
        <span id={`${uid}-noteshint`} class="dvc-field__hint">
          {t(lang, 'session.notesHint')}
        </span>
        <textarea
          id={`${uid}-notes`}
          class="dvc-input"
          maxLength={5000}
          aria-describedby={`${uid}-noteshint`}
          value={draft.notes}
          onInput={(e) => edit('notes', e.currentTarget.value)}
        />
      </div>
      {conflicts.length > 0 && (
        <div class="dvc-warn" role="alert" aria-labelledby={`${uid}-ch`}>
          <p id={`${uid}-ch`}>
            <strong>{t(lang, 'ws.conflictHeading')}</strong>
          </p>
          <ul>
            {conflicts.map((f) => (
              <li key={f}>{t(lang, 'ws.conflictField', { field: t(lang, FIELD_LABEL[f]), theirs: shown(f, draftOf(latest.current), lang), mine: shown(f, draft, lang) })}</li>
            ))}
          </ul>
          <div class="dvc-ws__bar">
            <button type="button" class="dvc-btn dvc-btn--primary" onClick={() => void save('mine')}>
              {t(lang, 'ws.conflictKeepMine')}
            </button>
            <button type="button" class="dvc-btn" onClick={() => void save('theirs')}>
              {t(lang, 'ws.conflictTakeTheirs')}
            </button>
          </div>
        </div>
      )}
      <button type="submit" class="dvc-btn dvc-btn--primary">
        {t(lang, 'session.save')}
      </button>
    </form>
  );
}
