/** Step ids of a guide, main steps and every route's, for checking what a town question points at. */
import type { Guide } from '../guide/schema';

export function allStepIds(guide: Guide): ReadonlySet<string> {
  const ids = new Set(guide.steps.map((s) => s.id));
  const routes = (guide as { routes?: { steps: { id: string }[] }[] }).routes ?? [];
  for (const r of routes) for (const s of r.steps) ids.add(s.id);
  return ids;
}
