/**
 * JSON backup and restore. Choosing a file only previews it (counts of sessions added, replaced, newer
 * here); sessions newer on this computer are replaced only if the helper ticks that box.
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import type { BackupModel } from '../../lib/workspace/backup-model';
import { ErrorBox } from './ErrorBox';

export interface BackupPanelProps {
  model: BackupModel;
  lang: Lang;
  onDownload: (fileName: string, text: string) => void;
}

export function BackupPanel({ model, lang, onDownload }: BackupPanelProps): JSX.Element {
  const uid = useId();
  const preview = model.preview.value;
  const result = model.result.value;

  const exportNow = async (): Promise<void> => {
    const file = await model.exportJson();
    if (file) onDownload(file.fileName, file.text);
  };
  const choose = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    await model.choose(await file.text());
    input.value = '';
  };

  return (
    <section aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t(lang, 'ws.backupHeading')}</h2>
      <p>{t(lang, 'ws.backupIntro')}</p>
      <button type="button" class="dvc-btn dvc-btn--primary" onClick={() => void exportNow()} disabled={model.busy.value}>
        {t(lang, 'report.export')}
      </button>
      <h3>{t(lang, 'ws.restoreHeading')}</h3>
      <div class="dvc-field">
        <label for={`${uid}-file`}>{t(lang, 'report.import')}</label>
        <input id={`${uid}-file`} type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {model.error.value && <ErrorBox error={model.error.value} lang={lang} />}
      <div aria-live="polite">
        {preview && !preview.ok && (
          <div class="dvc-error">
            <p>
              <strong>{t(lang, 'ws.backupInvalid')}</strong>
            </p>
            <ul>
              {preview.problems.map((p, i) => (
                <li key={i}>
                  {p.path && <code>{p.path}: </code>}
                  {p.message[lang]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {preview?.ok && (
          <div class="dvc-confirm" role="group" aria-labelledby={`${uid}-ph`}>
            <h3 id={`${uid}-ph`}>{t(lang, 'ws.previewHeading')}</h3>
            <dl class="dvc-summary">
              <dt>{t(lang, 'ws.previewAdd')}</dt>
              <dd>{preview.add}</dd>
              <dt>{t(lang, 'ws.previewReplace')}</dt>
              <dd>{preview.replace}</dd>
              <dt>{t(lang, 'ws.previewNewer')}</dt>
              <dd>{preview.keepNewerLocal}</dd>
              <dt>{t(lang, 'ws.previewSame')}</dt>
              <dd>{preview.unchanged}</dd>
            </dl>
            {preview.keepNewerLocal > 0 && (
              <label class="dvc-choice">
                <input type="checkbox" checked={model.overwriteNewer.value} onChange={(e) => model.setOverwriteNewer(e.currentTarget.checked)} />
                <span>{t(lang, 'ws.overwriteNewer', { n: preview.keepNewerLocal })}</span>
              </label>
            )}
            <div class="dvc-ws__bar">
              <button type="button" class="dvc-btn dvc-btn--primary" onClick={() => void model.confirm()} disabled={model.busy.value}>
                {t(lang, 'ws.restoreConfirm')}
              </button>
              <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => model.cancel()}>
                {t(lang, 'session.cancel')}
              </button>
            </div>
          </div>
        )}
        {result?.ok && (
          <p class="dvc-ok">
            {t(lang, 'ws.restored', { added: result.result.added, replaced: result.result.replaced + result.result.overwritten, kept: result.result.keptLocal })}
          </p>
        )}
        {result && !result.ok && <p class="dvc-error">{t(lang, 'ws.backupInvalid')}</p>}
      </div>
    </section>
  );
}
