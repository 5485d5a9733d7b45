/**
 * The overlay's card for the running step: a non-modal dialog named by the step title. It never traps
 * focus (the resident must be able to reach the portal page); Escape inside it closes the guide.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import type { Step } from '../lib/guide/schema';
import { t } from '../lib/i18n/messages';
import type { Lang } from '../lib/i18n/messages';
import { StepDetails } from './StepDetails';
import { guideTextLang } from '../lib/i18n/guide-lang';

export interface StepCardProps {
  step: Step;
  /** 0-based position of the step. */
  index: number;
  total: number;
  lang: Lang;
  onBack: () => void;
  onNext: () => void;
  onClose: () => void;
  /** Shown above the step text, e.g. "Không tìm thấy … trên trang này". */
  notice?: ComponentChildren;
  /** The overlay's own controls (minimise, large text, read aloud). */
  toolbar?: ComponentChildren;
  /** Shown after the step's text, inside the dialog (the overlay's help panel). */
  extra?: ComponentChildren;
  /** Move focus to the step title when the card appears and whenever the step changes. */
  focusOnMount?: boolean;
  large?: boolean;
}

export function StepCard(props: StepCardProps): JSX.Element {
  const { step, index, total, lang, onBack, onNext, onClose, notice, toolbar, extra, focusOnMount, large } = props;
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFirst = index === 0;
  const isLast = index >= total - 1;

  // When the card is drawn, not as useEffect does it (in a timer after the next frame, or after 35 ms):
  // a Tab pressed in between was undone, and the person pulled back to the title.
  useLayoutEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [step.id, focusOnMount]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  // DOM order is Tab order (README "Keyboard"): title (focused on arrival) → the step text (a scrollable
  // region, then its links) → the display tools → our buttons. The buttons sit outside the scrolling
  // part, so a long step never pushes them below the window.
  return (
    <div
      class={large ? 'dvc dvc-card dvc--large' : 'dvc dvc-card'}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div class="dvc-card__head">
        <p class="dvc-card__count">{t(lang, 'guide.stepOf', { n: index + 1, m: total })}</p>
        <h2 id={titleId} class="dvc-card__title" tabIndex={-1} ref={headingRef}>
          <span lang={guideTextLang(lang, false)}>{step.title}</span>
          {step.optional && <span class="dvc-step__opt"> ({t(lang, 'steps.optional')})</span>}
        </h2>
      </div>
      <div class="dvc-card__body" tabIndex={0} role="region" aria-label={t(lang, 'guide.stepText')}>
        {notice && (
          <div class="dvc-notice" role="status">
            {notice}
          </div>
        )}
        <StepDetails step={step} lang={lang} />
        {extra}
      </div>
      {toolbar && (
        <div class="dvc-card__tools" role="group" aria-label={t(lang, 'overlay.toolbar')}>
          {toolbar}
        </div>
      )}
      <div class="dvc-card__nav">
        <button type="button" class="dvc-btn" disabled={isFirst} onClick={onBack}>
          {t(lang, 'guide.back')}
        </button>
        <button type="button" class="dvc-btn dvc-btn--primary" onClick={onNext}>
          {t(lang, isLast ? 'guide.finish' : 'guide.next')}
        </button>
        <button type="button" class="dvc-btn dvc-btn--quiet" onClick={onClose}>
          {t(lang, 'guide.close')}
        </button>
      </div>
    </div>
  );
}
