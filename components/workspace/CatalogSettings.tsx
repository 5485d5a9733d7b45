/**
 * Options: the address of the town's guide catalog, what happened at the last fetch (one status line,
 * technical details for the town's webmaster), and the invalid guides the catalog holds.
 */
import { useEffect } from 'preact/hooks';
import type { JSX } from 'preact';
import { AddressSetting } from '../AddressSetting';
import { catalogStatusLine } from '../../lib/guide/distribution';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import type { CatalogSettingsModel } from '../../lib/workspace/catalog-settings-model';

export interface CatalogSettingsProps {
  model: CatalogSettingsModel;
  lang: Lang;
}

export function CatalogSettings({ model, lang }: CatalogSettingsProps): JSX.Element {
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
    <AddressSetting
      heading={t(lang, 'catalog.heading')}
      intro={t(lang, 'catalog.intro')}
      label={t(lang, 'catalog.urlLabel')}
      hint={t(lang, 'catalog.urlHint')}
      error={invalidUrl && t(lang, 'catalog.badUrl')}
      value={model.urlInput.value}
      onInput={(v) => model.setUrlInput(v)}
      // Synchronously, inside the gesture: save() asks for the host permission before awaiting anything.
      onSave={() => void model.save()}
      saveLabel={t(lang, 'catalog.save')}
      busy={busy !== null}
      actions={
        view?.url && (
          <button type="button" class="dvc-btn" disabled={busy !== null} onClick={() => void model.reload()}>
            {t(lang, 'catalog.reload')}
          </button>
        )
      }
      status={line}
      statusClass={failed && !busy ? 'dvc-field__error' : undefined}
    >
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
    </AddressSetting>
  );
}
