/**
 * "Phiên mới": a label to recognise the resident (warned when it looks like an ID or phone number) and
 * the procedure, found by typing with or without diacritics.
 */
import { useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { NewSessionInput } from '../../lib/checklist/model';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import type { NewSessionModel } from '../../lib/workspace/new-session-model';

export interface NewSessionFormProps {
  model: NewSessionModel;
  lang: Lang;
  onSubmit: (input: NewSessionInput) => void | Promise<unknown>;
  onCancel: () => void;
}

export function NewSessionForm({ model, lang, onSubmit, onCancel }: NewSessionFormProps): JSX.Element {
  const uid = useId();
  const [tried, setTried] = useState(false);
  const warning = model.warning.value;
  const missing = tried ? model.missing.value : null;
  const chosen = model.chosen.value;
  // The chosen procedure stays visible while the helper types another search.
  const matches = chosen && !model.matches.value.includes(chosen) ? [chosen, ...model.matches.value] : model.matches.value;

  const submit = (e: Event): void => {
    e.preventDefault();
    setTried(true);
    const input = model.input();
    if (!input) {
      // Move to the first field that needs attention, as GOV.UK error summaries do.
      const field = (e.currentTarget as HTMLFormElement).querySelector<HTMLElement>(model.missing.value === 'label' ? `#${uid}-label` : `#${uid}-q`);
      field?.focus();
      return;
    }
    void onSubmit(input);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t(lang, 'session.new')}</h2>
      <div class="dvc-field">
        <label for={`${uid}-label`}>{t(lang, 'session.resident')}</label>
        <span id={`${uid}-hint`} class="dvc-field__hint">
          {t(lang, 'session.residentHint')}
        </span>
        {missing === 'label' && (
          <span id={`${uid}-err`} class="dvc-field__error">
            {t(lang, 'ws.needLabel')}
          </span>
        )}
        <p id={`${uid}-warn`} class="dvc-warn" aria-live="polite" hidden={!warning}>
          {warning?.message[lang]}
        </p>
        <input
          id={`${uid}-label`}
          class="dvc-input"
          type="text"
          autocomplete="off"
          maxLength={200}
          aria-describedby={`${uid}-hint ${uid}-warn${missing === 'label' ? ` ${uid}-err` : ''}`}
          aria-invalid={missing === 'label' ? true : undefined}
          value={model.label.value}
          onInput={(e) => model.setLabel(e.currentTarget.value)}
        />
      </div>
      <div class="dvc-field">
        <label for={`${uid}-q`}>{t(lang, 'ws.findGuide')}</label>
        <span id={`${uid}-qhint`} class="dvc-field__hint">
          {t(lang, 'ws.findGuideHint')}
        </span>
        <input
          id={`${uid}-q`}
          class="dvc-input"
          type="search"
          autocomplete="off"
          aria-describedby={`${uid}-qhint ${uid}-count`}
          value={model.guideQuery.value}
          onInput={(e) => model.setGuideQuery(e.currentTarget.value)}
        />
        <span id={`${uid}-count`} class="dvc-field__hint" aria-live="polite">
          {model.matches.value.length === 0 ? t(lang, 'search.noResults', { query: model.guideQuery.value }) : t(lang, 'search.results', { n: model.matches.value.length })}
        </span>
      </div>
      <fieldset class="dvc-field" aria-invalid={missing === 'guide' ? true : undefined}>
        <legend>{t(lang, 'session.chooseGuide')}</legend>
        {missing === 'guide' && <span class="dvc-field__error">{t(lang, 'ws.needGuide')}</span>}
        {matches.map((g) => (
          <label key={g.id} class="dvc-choice">
            <input
              type="radio"
              name={`${uid}-guide`}
              value={g.id}
              checked={model.guideId.value === g.id}
              onChange={() => model.chooseGuide(g.id)}
            />
            <span>
              {g.title}
              {g.procedure?.code && <span class="dvc-muted"> ({g.procedure.code})</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <div class="dvc-ws__bar">
        <button type="submit" class="dvc-btn dvc-btn--primary">
          {t(lang, 'session.start')}
        </button>
        <button type="button" class="dvc-btn dvc-btn--quiet" onClick={onCancel}>
          {t(lang, 'session.cancel')}
        </button>
      </div>
    </form>
  );
}
