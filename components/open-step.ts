/**
 * Opening a guide's step list at one step (an answer in Hỏi đáp links to it): the ids in the order the
 * step list shows them (main steps and every route), and focusing that step's heading button.
 */
import { numberedSteps } from '../lib/guide/routes';
import type { Guide } from '../lib/guide/schema';

export function stepListIds(guide: Pick<Guide, 'steps' | 'routes'>): string[] {
  return numberedSteps(guide).map((n) => n.step.id);
}

/** Scrolls to and focuses the step's toggle inside `container`; false when the step is not in the list. */
export function focusStep(container: ParentNode | null | undefined, guide: Pick<Guide, 'steps' | 'routes'>, stepId: string | null | undefined): boolean {
  const at = stepId ? stepListIds(guide).indexOf(stepId) : -1;
  const toggle = at >= 0 ? container?.querySelectorAll<HTMLElement>('.dvc-step__toggle')[at] : undefined;
  if (!toggle) return false;
  toggle.scrollIntoView({ block: 'start' });
  toggle.focus();
  return true;
}
