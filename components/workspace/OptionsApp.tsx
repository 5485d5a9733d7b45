/**
 * The options page: language, how long sessions are kept, the town's guide catalog, and "Xóa toàn bộ
 * dữ liệu" (confirmed first).
 */
import { useEffect, useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { Field } from '../Field';
import { LANGS, t, type Lang } from '../../lib/i18n/workspace-messages';
import { parseRetention, RETENTION_MAX, RETENTION_MIN, type SettingsModel } from '../../lib/workspace/settings-model';
import type { CatalogSettingsModel } from '../../lib/workspace/catalog-settings-model';
import { CatalogSettings } from './CatalogSettings';
import { TownSettings } from './TownSettings';
import type { TownSettingsModel } from '../../lib/workspace/town-settings-model';
import { ErrorBox } from './ErrorBox';

export interface OptionsAppProps {
  model: SettingsModel;
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** The town's guide catalog; absent: the section is not shown. */
  catalog?: CatalogSettingsModel;
  town?: TownSettingsModel;
}

export function OptionsApp({ model, lang, onLang, catalog, town }: OptionsAppProps): JSX.Element {
  const uid = useId();
  useEffect(() => {
    void model.load();
  }, [model]);
  const invalid = parseRetention(model.retentionInput.value) === null;
  const done = model.done.value;

  return (
    <div class="dvc dvc-ws" lang={lang}>
      <h1>{t(lang, 'settings.heading')}</h1>
      <p class="dvc-vh" role="status" aria-live="polite">
        {done === 'saved' ? t(lang, 'ws.saved') : done === 'purged' ? t(lang, 'ws.purged', { n: model.purgedCount.value }) : done === 'cleared' ? t(lang, 'ws.cleared') : ''}
      </p>
      {model.error.value && <ErrorBox error={model.error.value} lang={lang} />}
      {done === 'cleared' && <p class="dvc-ok">{t(lang, 'ws.cleared')}</p>}
      <div class="dvc-field">
        <label for={`${uid}-lang`}>{t(lang, 'lang.label')}</label>
        <select id={`${uid}-lang`} class="dvc-input dvc-input--short" value={lang} onChange={(e) => onLang(e.currentTarget.value === 'en' ? 'en' : 'vi')}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(lang, l === 'vi' ? 'lang.vi' : 'lang.en')}
            </option>
          ))}
        </select>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void model.saveRetention();
        }}
        noValidate
      >
        <Field
          label={t(lang, 'settings.retentionDays')}
          hint={t(lang, 'ws.retentionHint')}
          error={invalid && t(lang, 'ws.retentionInvalid', { min: RETENTION_MIN, max: RETENTION_MAX })}
        >
          {(control) => (
            <input
              {...control}
              class="dvc-input dvc-input--short"
              type="number"
              inputMode="numeric"
              min={RETENTION_MIN}
              max={RETENTION_MAX}
              value={model.retentionInput.value}
              onInput={(e) => model.setRetentionInput(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="dvc-btn dvc-btn--primary" disabled={invalid}>
          {t(lang, 'session.save')}
        </button>
        {(done === 'saved' || done === 'purged') && (
          <p class="dvc-ok">{done === 'purged' ? t(lang, 'ws.purged', { n: model.purgedCount.value }) : t(lang, 'session.saved')}</p>
        )}
      </form>
      {catalog && <CatalogSettings model={catalog} lang={lang} />}
      {town && <TownSettings model={town} lang={lang} />}
      <h2>{t(lang, 'ws.clearHeading')}</h2>
      <p>{t(lang, 'ws.clearIntro')}</p>
      {model.confirmingClear.value ? (
        <div class="dvc-confirm" role="group" aria-labelledby={`${uid}-ch`}>
          <p id={`${uid}-ch`}>
            <strong>{t(lang, 'ws.clearConfirm')}</strong>
          </p>
          <div class="dvc-ws__bar">
            <button type="button" class="dvc-btn" onClick={() => void model.clearAll()}>
              {t(lang, 'ws.clearYes')}
            </button>
            <button type="button" class="dvc-btn dvc-btn--quiet" onClick={model.cancelClear}>
              {t(lang, 'session.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="dvc-btn" onClick={model.askClear}>
          {t(lang, 'ws.clearAll')}
        </button>
      )}
      <h2>{t(lang, 'ws.privacyHeading')}</h2>
      <p>{t(lang, 'ws.privacyText')}</p>
    </div>
  );
}
