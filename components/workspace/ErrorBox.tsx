/**
 * A checklist failure in the helper's words (from lib/checklist messages), with "Lưu lại" when a change
 * the full disk refused is still on screen.
 */
import type { JSX } from 'preact';
import type { ChecklistErrorData } from '../../lib/checklist/errors';
import { t, type Lang } from '../../lib/i18n/workspace-messages';

export interface ErrorBoxProps {
  error: ChecklistErrorData;
  lang: Lang;
  onRetry?: () => void;
  onDismiss?: () => void;
}

export function ErrorBox({ error, lang, onRetry, onDismiss }: ErrorBoxProps): JSX.Element {
  return (
    <div class="dvc-error" role="alert">
      <h2>{t(lang, 'ws.errorHeading')}</h2>
      <p>{error.message[lang]}</p>
      <div class="dvc-ws__bar">
        {error.pending && onRetry && (
          <button type="button" class="dvc-btn dvc-btn--primary" onClick={onRetry}>
            {t(lang, 'ws.retrySave')}
          </button>
        )}
        {(error.code === 'version-change' || error.code === 'blocked') && (
          <button type="button" class="dvc-btn" onClick={() => globalThis.location?.reload()}>
            {t(lang, 'ws.reload')}
          </button>
        )}
        {onDismiss && (
          <button type="button" class="dvc-btn dvc-btn--quiet" onClick={onDismiss}>
            {t(lang, 'guide.close')}
          </button>
        )}
      </div>
    </div>
  );
}
