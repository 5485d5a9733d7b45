/** The minimised guide: one small button that brings the card back, showing where the person is. */
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/messages';

export interface LauncherProps {
  lang: Lang;
  /** "Bước 3/11", or null when the run is finished. */
  position: string | null;
  onOpen(): void;
}

export function Launcher({ lang, position, onOpen }: LauncherProps): JSX.Element {
  return (
    <button type="button" class="dvc dvc-btn dvc-btn--primary dvc-launcher" onClick={onOpen}>
      {t(lang, 'overlay.reopen')}
      {position && <span class="dvc-launcher__pos"> · {position}</span>}
    </button>
  );
}
