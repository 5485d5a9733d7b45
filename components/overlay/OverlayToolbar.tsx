/** The card's display controls: minimise, large text, read aloud (only with a Vietnamese voice). */
import type { JSX } from 'preact';
import type { Signal } from '@preact/signals';
import { t, type Lang } from '../../lib/i18n/messages';
import type { SpeechModel } from '../../lib/overlay/speech';

export interface OverlayToolbarProps {
  lang: Lang;
  largeText: Signal<boolean>;
  /** The help panel (hotline, contacts, common problems) is open. */
  helpOpen: Signal<boolean>;
  helpId: string;
  speech: SpeechModel;
  onMinimise(): void;
  readText(): string;
}

export function OverlayToolbar({ lang, largeText, helpOpen, helpId, speech, onMinimise, readText }: OverlayToolbarProps): JSX.Element {
  return (
    <>
      <button
        type="button"
        class="dvc-btn dvc-btn--tool"
        aria-expanded={helpOpen.value}
        aria-controls={helpId}
        onClick={() => (helpOpen.value = !helpOpen.value)}
      >
        {t(lang, 'help.heading')}
      </button>
      <button type="button" class="dvc-btn dvc-btn--tool" onClick={onMinimise}>
        {t(lang, 'overlay.minimise')}
      </button>
      <button type="button" class="dvc-btn dvc-btn--tool" aria-pressed={largeText.value} onClick={() => (largeText.value = !largeText.value)}>
        {t(lang, 'overlay.largeText')}
      </button>
      {speech.available.value && (
        <button
          type="button"
          class="dvc-btn dvc-btn--tool"
          aria-pressed={speech.speaking.value}
          onClick={() => (speech.speaking.value ? speech.stop() : speech.speak(readText()))}
        >
          {t(lang, speech.speaking.value ? 'overlay.stopReading' : 'overlay.readAloud')}
        </button>
      )}
    </>
  );
}
