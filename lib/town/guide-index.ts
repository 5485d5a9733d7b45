/** Step ids of a guide, main steps and every route's, for checking what a town question points at. */
import { allSteps } from '../guide/routes';
import type { Guide } from '../guide/schema';

export function allStepIds(guide: Guide): ReadonlySet<string> {
  return new Set(allSteps(guide).map((s) => s.id));
}
