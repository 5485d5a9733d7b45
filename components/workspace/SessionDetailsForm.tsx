/**
 * The dossier facts the town counts: dossier code (checked against the portal's format, a hint never a
 * refusal), promised result date, channel, fee paid online, result by post, status, notes. One "Lưu":
 * edits stay local until saved, and a change arriving from elsewhere refreshes an untouched form.
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

/** The edits that turn `session` into `draft`, in an order where the helper's explicit status wins. */
export function actionsFor(session: Session, draft: Draft): SessionAction[] {
  const before = draftOf(session);
  const actions: SessionAction[] = [];
  if (normalizeDossierCode(draft.dossierCode) !== normalizeDossierCode(before.dossierCode)) {
    actions.push({ kind: 'set-dossier-code', code: draft.dossierCode });
  }
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

export function SessionDetailsForm({ session, lang, onSave }: SessionDetailsFormProps): JSX.Element {
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(session));
  // A ref, not state: an effect scheduled before the first keystroke must see that the form is now dirty.
  const dirty = useRef(false);
  const latest = useRef(session);
  latest.current = session;
  useEffect(() => {
    if (!dirty.current) setDraft(draftOf(session));
  }, [session]);

  const edit = <K extends keyof Draft>(key: K, value: Draft[K]): void => {
    dirty.current = true;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const code = draft.dossierCode.trim() ? checkDossierCode(draft.dossierCode) : null;
  const codeHint = code && !code.ok ? code.hint[lang] : null;

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const actions = actionsFor(session, draft);
    if (actions.length > 0) await onSave(actions);
    dirty.current = false;
    setDraft(draftOf(latest.current));
  };

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
      <button type="submit" class="dvc-btn dvc-btn--primary">
        {t(lang, 'session.save')}
      </button>
    </form>
  );
}
