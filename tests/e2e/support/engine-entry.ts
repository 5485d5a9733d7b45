/**
 * Bundled into test pages by engine-in-page.ts: the overlay's findTarget and done check, plus a uniqueness
 * check: the strategy that found the element, asked again with that element (and what holds it or lies in
 * it) left out, must find nothing as good, or the overlay could as well have pointed at the other one.
 */
import { contentText, getAccessibleName } from '../../../lib/engine/accessible-name';
import { isStepDone } from '../../../lib/engine/done';
import { findTarget, isElementVisible } from '../../../lib/engine/targets';
import { normalizeText } from '../../../lib/engine/text';
import type { DoneCondition, TargetStrategy } from '../../../lib/guide/schema';

export interface E2eFound {
  /** `<strategy index>:<tag>` of the element the overlay would point at. */
  where: string;
  /** `<tag>: <text>` of another element the same strategy finds just as well, or null when unique. */
  alsoMatches: string | null;
}

/** 0 when the element's name or shown text is the wanted text itself, 1 when it merely contains it. */
function quality(el: Element, s: TargetStrategy): number {
  const wanted = s.text ?? s.label;
  if (wanted === undefined) return 0;
  const needle = normalizeText(wanted);
  return normalizeText(getAccessibleName(el)) === needle || normalizeText(contentText(el)) === needle ? 0 : 1;
}

function labelsOf(el: Element): Element[] {
  return 'labels' in el && el.labels ? Array.from(el.labels as NodeListOf<HTMLLabelElement>) : [];
}

(window as unknown as { __dvcFind: (s: TargetStrategy[]) => E2eFound | null }).__dvcFind = (strategies) => {
  for (const el of document.querySelectorAll('[data-dvc-e2e-found]')) el.removeAttribute('data-dvc-e2e-found');
  const found = findTarget(document, strategies);
  if (!found) return null;
  const el = found.element;
  el.setAttribute('data-dvc-e2e-found', '');
  const other = findTarget(document, [found.strategy], {
    // Nor its own <label>, which the finder offers for a control it cannot see.
    isVisible: (e) => e !== el && !el.contains(e) && !e.contains(el) && !labelsOf(el).includes(e) && isElementVisible(e),
  });
  const ambiguous = other && quality(other.element, found.strategy) <= quality(el, found.strategy) ? other.element : null;
  return {
    where: `${found.index}:${el.tagName.toLowerCase()}`,
    alsoMatches: ambiguous ? `${ambiguous.tagName.toLowerCase()}: ${normalizeText(contentText(ambiguous)).slice(0, 60)}` : null,
  };
};

/** Whether a step's `done` conditions hold on this page as the overlay judges them (no click seen). */
(window as unknown as { __dvcDone: (done: DoneCondition[]) => boolean }).__dvcDone = (done) =>
  isStepDone({ done }, { doc: document, href: location.href, clickedTarget: false }) !== null;
