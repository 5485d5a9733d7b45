/**
 * "Phiên mới": a label to recognise the resident (warned when it looks like an ID or phone number) and
 * the procedure, found by typing with or without diacritics.
 */
import { useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { NewSessionInput } from '../../lib/checklist/model';
import { Field } from '../Field';
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
      <Field
        id={`${uid}-label`}
        label={t(lang, 'session.resident')}
        hint={t(lang, 'session.residentHint')}
        error={missing === 'label' && t(lang, 'ws.needLabel')}
        note={warning?.message[lang] ?? ''}
      >
        {(control) => (
          <input
            {...control}
            class="dvc-input"
            type="text"
            autocomplete="off"
            maxLength={200}
            value={model.label.value}
            onInput={(e) => model.setLabel(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id={`${uid}-q`} label={t(lang, 'ws.findGuide')} hint={t(lang, 'ws.findGuideHint')} describedBy={`${uid}-count`}>
        {(control) => (
          <>
            <input
              {...control}
              class="dvc-input"
              type="search"
              autocomplete="off"
              value={model.guideQuery.value}
              onInput={(e) => model.setGuideQuery(e.currentTarget.value)}
            />
            <span id={`${uid}-count`} class="dvc-field__hint" aria-live="polite">
              {model.matches.value.length === 0 ? t(lang, 'search.noResults', { query: model.guideQuery.value }) : t(lang, 'search.results', { n: model.matches.value.length })}
            </span>
          </>
        )}
      </Field>
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
