/**
 * Options: the address of the town's guide catalog, what happened at the last fetch (one status line,
 * technical details for the town's webmaster), and the invalid guides the catalog holds.
 */
import { useEffect, useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { catalogStatusLine } from '../../lib/guide/distribution';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import type { CatalogSettingsModel } from '../../lib/workspace/catalog-settings-model';

export interface CatalogSettingsProps {
  model: CatalogSettingsModel;
  lang: Lang;
}

export function CatalogSettings({ model, lang }: CatalogSettingsProps): JSX.Element {
  const uid = useId();
  useEffect(() => {
    void model.load();
  }, [model]);
  const view = model.view.value;
  const busy = model.busy.value;
  const status = view?.status ?? null;
  const invalidUrl = model.invalidUrl.value;
  const failed = status?.state === 'failed';
  const invalidEntries = status && status.state !== 'off' ? status.invalid : [];

  const line = busy
    ? busy.kind === 'asking'
      ? t(lang, 'catalog.asking', { host: busy.host })
      : t(lang, 'catalog.loading')
    : status
      ? catalogStatusLine(status, lang)
      : '';

  return (
    <section aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t(lang, 'catalog.heading')}</h2>
      <p>{t(lang, 'catalog.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Synchronously, inside the gesture: save() asks for the host permission before awaiting anything.
          void model.save();
        }}
        noValidate
      >
        <div class="dvc-field">
          <label for={`${uid}-url`}>{t(lang, 'catalog.urlLabel')}</label>
          <span id={`${uid}-hint`} class="dvc-field__hint">
            {t(lang, 'catalog.urlHint')}
          </span>
          {invalidUrl && (
            <span id={`${uid}-err`} class="dvc-field__error">
              {t(lang, 'catalog.badUrl')}
            </span>
          )}
          <input
            id={`${uid}-url`}
            class="dvc-input"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            aria-describedby={`${uid}-hint${invalidUrl ? ` ${uid}-err` : ''}`}
            aria-invalid={invalidUrl ? true : undefined}
            value={model.urlInput.value}
            onInput={(e) => (model.urlInput.value = e.currentTarget.value)}
          />
        </div>
        <div class="dvc-ws__bar">
          <button type="submit" class="dvc-btn dvc-btn--primary" disabled={busy !== null}>
            {t(lang, 'catalog.save')}
          </button>
          {view?.url && (
            <button type="button" class="dvc-btn" disabled={busy !== null} onClick={() => void model.reload()}>
              {t(lang, 'catalog.reload')}
            </button>
          )}
        </div>
      </form>
      <p role="status" aria-live="polite" class={failed && !busy ? 'dvc-field__error' : undefined}>
        {line}
      </p>
      {!busy && view && view.fromCatalog > 0 && <p>{t(lang, 'catalog.inUse', { n: view.inUse, fromCatalog: view.fromCatalog })}</p>}
      {!busy && status?.state === 'failed' && status.detail && <p class="dvc-muted">{t(lang, 'catalog.details', { detail: status.detail })}</p>}
      {model.error.value && (
        <p class="dvc-error" role="alert">
          {t(lang, 'common.error', { reason: model.error.value })}
        </p>
      )}
      {invalidEntries.length > 0 && (
        <div>
          <h3>{t(lang, 'catalog.invalidHeading')}</h3>
          <p>{t(lang, 'catalog.invalidHint')}</p>
          <ul>
            {invalidEntries.map((entry, i) => (
              <li key={i}>
                <strong>{entry.name}</strong>
                <ul>
                  {entry.problems.map((p, j) => (
                    <li key={j}>
                      <code>{p.path}</code>: {p.vi} / {p.en}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
