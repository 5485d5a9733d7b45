/** The minimised guide: one small button that brings the card back, showing where the person is. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/messages';

export interface LauncherProps {
  lang: Lang;
  /** "Bước 3/11", or null when the run is finished. */
  position: string | null;
  /** Take focus when shown (the person pressed Escape in the card). */
  focusOnMount?: boolean;
  onOpen(): void;
}

export function Launcher({ lang, position, focusOnMount = false, onOpen }: LauncherProps): JSX.Element {
  const ref = useRef<HTMLButtonElement>(null);
  // When drawn, not a frame later: a later focus move would undo a Tab pressed meanwhile (StepCard).
  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  // The button inherits its font (.dvc-btn has font:inherit): from our .dvc box, never from the shadow
  // host, whose all:initial gives the browser's default serif. The box has no size of its own (the
  // button is fixed), so it draws nothing.
  return (
    <div class="dvc">
      <button type="button" ref={ref} class="dvc-btn dvc-btn--primary dvc-launcher" onClick={onOpen}>
        {t(lang, 'overlay.reopen')}
        {position && <span class="dvc-launcher__pos"> · {position}</span>}
      </button>
    </div>
  );
}
