/**
 * "Soạn hướng dẫn" in the side panel (helper mode only): the switch, drafts with their steps (record by
 * picking, edit, reorder, delete, play, export, import), "Bước lỗi" and "Lưu cấu trúc trang".
 */
import { useId } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import type { AuthorModel } from '../../lib/author/author-model';
import { KIND_WORDS, FAILURE_KINDS } from '../../lib/author/failures';
import type { DoneCondition, Step } from '../../lib/guide/schema';
import { ta, type Lang } from '../../lib/i18n/author-messages';

export interface AuthorPanelProps {
  model: AuthorModel;
  lang: Lang;
}

function doneKey(d: DoneCondition | undefined): string {
  if (!d) return 'confirm';
  if (d.clicked) return 'clicked';
  if (d.filled) return 'filled';
  if (d.url) return 'url';
  if (d.appears) return 'appears';
  return 'confirm';
}

function StepEditor({ model, lang, step, index, count }: { model: AuthorModel; lang: Lang; step: Step; index: number; count: number }): JSX.Element {
  const n = index + 1;
  const id = useId();
  const done = step.done?.[0];
  const first = step.target?.[0];
  const choose = (value: string): void => {
    if (value === 'confirm') void model.setDone(step.id, null);
    else if (value === 'clicked') void model.setDone(step.id, { clicked: true });
    else if (value === 'filled' && first) void model.setDone(step.id, { filled: first });
    else if (value === 'url') void model.doneOnCurrentPage(step.id);
  };
  return (
    <li class="dvc-author-step">
      <label for={`${id}-t`}>{ta(lang, 'author.stepTitle', { n })}</label>
      <input id={`${id}-t`} type="text" value={step.title} onChange={(e) => void model.editStep(step.id, { title: e.currentTarget.value })} />
      <label for={`${id}-b`}>{ta(lang, 'author.stepBody', { n })}</label>
      <textarea id={`${id}-b`} rows={2} value={step.body ?? ''} onChange={(e) => void model.editStep(step.id, { body: e.currentTarget.value.trim() || undefined })} />
      {step.page && <p class="dvc-muted">{step.page.join(', ')}</p>}
      <label for={`${id}-d`}>{ta(lang, 'author.stepDone', { n })}</label>
      <select id={`${id}-d`} value={doneKey(done)} onChange={(e) => choose(e.currentTarget.value)}>
        <option value="confirm">{ta(lang, 'author.doneConfirm')}</option>
        {step.target && <option value="clicked">{ta(lang, 'author.doneClicked')}</option>}
        {step.target && <option value="filled">{ta(lang, 'author.doneFilled')}</option>}
        <option value="url">{done?.url ? ta(lang, 'author.doneUrl', { page: done.url }) : ta(lang, 'author.usePage', { n })}</option>
        {done?.appears && <option value="appears">{ta(lang, 'author.doneAppears')}</option>}
      </select>
      <div class="dvc-author-row">
        <button type="button" class="dvc-btn dvc-btn--quiet" disabled={index === 0} onClick={() => void model.move(index, index - 1)}>
          {ta(lang, 'author.up')}
        </button>
        <button type="button" class="dvc-btn dvc-btn--quiet" disabled={index === count - 1} onClick={() => void model.move(index, index + 1)}>
          {ta(lang, 'author.down')}
        </button>
        <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void model.deleteStep(step.id)}>
          {ta(lang, 'author.delete', { n })}
        </button>
      </div>
    </li>
  );
}

function Drafts({ model, lang }: AuthorPanelProps): JSX.Element {
  const title = useSignal('');
  const id = useId();
  const draft = model.current();
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="dvc-h">{ta(lang, 'author.drafts')}</h3>
      {model.drafts.value.length === 0 ? (
        <p class="dvc-muted">{ta(lang, 'author.noDrafts')}</p>
      ) : (
        <ul class="dvc-author-drafts">
          {model.drafts.value.map((d) => (
            <li key={d.id}>
              <button type="button" class="dvc-link-btn" aria-current={d.id === model.selected.value ? 'true' : undefined} onClick={() => model.select(d.id)}>
                {d.guide.title}
              </button>{' '}
              <span class="dvc-draft-tag">{ta(lang, 'author.draftTag')}</span>
            </li>
          ))}
        </ul>
      )}
      <form
        class="dvc-author-row"
        onSubmit={(e) => {
          e.preventDefault();
          void model.create(title.value);
          title.value = '';
        }}
      >
        <label for={`${id}-new`}>{ta(lang, 'author.newTitle')}</label>
        <input id={`${id}-new`} type="text" value={title.value} onInput={(e) => (title.value = e.currentTarget.value)} />
        <button type="submit" class="dvc-btn">{ta(lang, 'author.create')}</button>
      </form>
      <p>
        <label class="dvc-btn dvc-btn--quiet">
          {ta(lang, 'author.import')}
          <input
            type="file"
            accept=".json,application/json"
            class="dvc-vh"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then((text) => model.importFile(file.name, text));
              e.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      {draft && (
        <section class="dvc-author-draft" aria-label={draft.guide.title}>
          <h4 class="dvc-h">
            {draft.guide.title} <span class="dvc-draft-tag">{ta(lang, 'author.draftTag')}</span>
          </h4>
          <div class="dvc-author-row">
            <button type="button" class="dvc-btn" disabled={model.busy.value} onClick={() => void model.record()}>
              {ta(lang, 'author.record')}
            </button>
            <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void model.addRead()}>
              {ta(lang, 'author.addRead')}
            </button>
          </div>
          {draft.guide.steps.length === 0 ? (
            <p class="dvc-muted">{ta(lang, 'author.noSteps')}</p>
          ) : (
            <ol class="dvc-author-steps" aria-label={ta(lang, 'author.steps')}>
              {draft.guide.steps.map((s, i) => (
                <StepEditor key={s.id} model={model} lang={lang} step={s} index={i} count={draft.guide.steps.length} />
              ))}
            </ol>
          )}
          <div class="dvc-author-row">
            <button type="button" class="dvc-btn" onClick={() => void model.play()}>
              {ta(lang, 'author.play')}
            </button>
            <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => model.exportFile()}>
              {ta(lang, 'author.export')}
            </button>
            <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void model.removeDraft()}>
              {ta(lang, 'author.removeDraft')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

function Failures({ model, lang }: AuthorPanelProps): JSX.Element {
  const id = useId();
  const rows = model.failures.value;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="dvc-h">{ta(lang, 'author.failures')}</h3>
      {rows.length === 0 ? (
        <p class="dvc-muted">{ta(lang, 'author.noFailures')}</p>
      ) : (
        <ul class="dvc-author-failures">
          {rows.map((r) => (
            <li key={`${r.guideId}|${r.guideVersion}|${r.stepId}`}>
              {ta(lang, 'author.failureRow', { guide: r.guideId, version: r.guideVersion, step: r.stepId, count: r.total })}
              <ul>
                {FAILURE_KINDS.filter((k) => r.byKind[k]).map((k) => (
                  <li key={k}>
                    {KIND_WORDS[k][lang]}: {r.byKind[k]}
                  </li>
                ))}
                {r.pages.map((p) => (
                  <li key={p.page}>
                    <code>{p.page}</code>: {p.count}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div class="dvc-author-row">
        <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void model.loadFailures()}>
          ↻
        </button>
        <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void model.exportFailures()}>
          {ta(lang, 'author.exportFailures')}
        </button>
        <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void model.clearFailures()}>
          {ta(lang, 'author.clearFailures')}
        </button>
      </div>
    </section>
  );
}

function Structure({ model, lang }: AuthorPanelProps): JSX.Element {
  const id = useId();
  const s = model.structure.value;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="dvc-h">{ta(lang, 'author.structure')}</h3>
      <p class="dvc-muted">{ta(lang, 'author.structureHint')}</p>
      <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void model.saveStructure()}>
        {ta(lang, 'author.structure')}
      </button>
      {s && (
        <div class="dvc-author-preview">
          <p role="status">{ta(lang, 'author.structurePreview', { page: s.page, kept: s.kept.length, masked: s.masked.length, removed: s.removedElements })}</p>
          <details>
            <summary>{ta(lang, 'author.structureKept')}</summary>
            <ul>{s.kept.map((k) => <li key={k}>{k}</li>)}</ul>
          </details>
          <details>
            <summary>{ta(lang, 'author.structureMasked')}</summary>
            <ul>{s.masked.map((k) => <li key={k}>{k}</li>)}</ul>
          </details>
          <button type="button" class="dvc-btn" onClick={() => model.downloadStructure()}>
            {ta(lang, 'author.structureSave')}
          </button>
        </div>
      )}
    </section>
  );
}

export function AuthorPanel({ model, lang }: AuthorPanelProps): JSX.Element {
  const id = useId();
  const status = model.status.value;
  return (
    <section class="dvc dvc-author" aria-labelledby={`${id}-h`} lang={lang}>
      <h2 id={`${id}-h`} class="dvc-h">{ta(lang, 'author.heading')}</h2>
      <div class="dvc-mode__row">
        <input
          id={`${id}-sw`}
          type="checkbox"
          role="switch"
          checked={model.enabled.value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void model.setEnabled(e.currentTarget.checked)}
        />
        <label for={`${id}-sw`}>{ta(lang, 'author.switch')}</label>
      </div>
      <p id={`${id}-hint`} class="dvc-muted">{ta(lang, 'author.switchHint')}</p>
      {status && (
        <div class={status.kind === 'error' ? 'dvc-notice' : 'dvc-muted'} role={status.kind === 'error' ? 'alert' : 'status'}>
          <p>{ta(lang, status.key, status.params)}</p>
          {status.lines && <ul>{status.lines.map((l) => <li key={l}>{l}</li>)}</ul>}
        </div>
      )}
      {model.enabled.value && (
        <>
          <Drafts model={model} lang={lang} />
          <Failures model={model} lang={lang} />
          <Structure model={model} lang={lang} />
        </>
      )}
    </section>
  );
}

export const authorPanelStyles = `
.dvc-author { margin-top: 1.5rem; border-top: 1px solid #cbd5e1; padding-top: 1rem; }
.dvc-author-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; }
.dvc-author-step { margin: 0 0 12px; }
.dvc-author-step input[type="text"], .dvc-author-step textarea, .dvc-author-step select { display: block; width: 100%; box-sizing: border-box; }
.dvc-draft-tag { display: inline-block; padding: 0 8px; border: 1px solid #b45309; border-radius: 999px; color: #7c2d12; background: #fff7ed; font-size: 0.85em; }
`;
