/**
 * Where the person is in the flow, worked out from the page they are on, so the guide follows someone
 * who acts faster than it (pressed the portal's own buttons), or went back on the portal.
 *
 * The evidence for a step is never a page pattern alone (`dichvucong.gov.vn/**` matches half the
 * portal): either its target is on the page, or one of its done conditions holds (a text, an element,
 * a filled field, or a URL pattern without `**`). In order:
 *   1. the furthest step whose done condition holds, at or after the current one: move to the step after
 *      it (the steps passed over count as done);
 *   2. otherwise, if the current step is here (its page matches or it has none, and its target is found,
 *      still being looked for, or it has none): stay;
 *   3. otherwise the nearest step whose target is on the page (forwards on a tie, the current route before
 *      another unless the current route is only the default and its first step never showed), never before
 *      a step whose done condition holds; nothing found: stay (a page that matches nothing moves nothing).
 * Steps of every route count; a step on another route takes that route.
 * Pure: the overlay passes in what the page shows (tests pass plain functions).
 */
import { allSteps, choiceWithStep, routeOfStep, walkedSteps, type RouteChoice } from '../guide/routes';
import type { DoneCondition, Guide, Step } from '../guide/schema';

export interface PageEvidence {
  /** The step's `page` patterns match the current address (false when it has none). */
  pageMatches(step: Step): boolean;
  /** The step's target is on the page and visible. */
  targetFound(step: Step): boolean;
  /** This done condition holds on the page (only asked for text, appears, filled and narrow url). */
  conditionHolds(condition: DoneCondition): boolean;
}

export interface PositionInput {
  guide: Pick<Guide, 'steps' | 'routes'>;
  choice: RouteChoice;
  currentStepId: string;
  /** The current step's target is still being looked for (the page is rendering): do not leave yet. */
  currentPending: boolean;
  /**
   * The current step opens a route and nothing on the portal has confirmed that route yet (its target was
   * never found): the route is only the default, so it is no nearer than the fork's other routes.
   */
  routeUnproven?: boolean;
  evidence: PageEvidence;
}

export type PositionMove =
  | { kind: 'stay' }
  | {
      kind: 'move';
      direction: 'forward' | 'back';
      /** The step to show. */
      stepId: string;
      /** The route choice with the step's route taken. */
      choice: RouteChoice;
      /** Steps passed over going forwards: they count as done. */
      passed: string[];
      /** The last step's done condition holds: the whole guide is done. */
      finished?: boolean;
    };

/** A URL done condition is evidence only when it names a page, not a whole site. */
export function isNarrowUrl(pattern: string): boolean {
  return !pattern.includes('**');
}

function strongConditions(step: Step): DoneCondition[] {
  return (step.done ?? []).filter(
    (c) => c.text !== undefined || c.appears !== undefined || c.filled !== undefined || (c.url !== undefined && isNarrowUrl(c.url)),
  );
}

interface Placed {
  step: Step;
  /** The walk containing the step (its route taken). */
  walk: Step[];
  choice: RouteChoice;
  index: number;
}

export function locate(input: PositionInput): PositionMove {
  const { guide, choice, currentStepId, evidence } = input;
  const walk = walkedSteps(guide, choice);
  const current = walk.findIndex((s) => s.id === currentStepId);
  if (current < 0) return { kind: 'stay' };
  const place = (step: Step): Placed => {
    const c = choiceWithStep(guide, choice, step.id);
    const w = c === choice ? walk : walkedSteps(guide, c);
    return { step, walk: w, choice: c, index: w.findIndex((s) => s.id === step.id) };
  };
  // Where a step's page says nothing, it happens wherever the guide is.
  const pageAllows = (s: Step): boolean => s.page === undefined || evidence.pageMatches(s);

  // 1. Done conditions: the result of a step shows on its own page or on the next step's page.
  let furthestPassed: Placed | null = null;
  for (const step of allSteps(guide)) {
    const conditions = strongConditions(step);
    // The current step's own conditions are the overlay's ordinary check (it knows when a URL counts).
    if (conditions.length === 0 || step.id === currentStepId) continue;
    const p = place(step);
    if (furthestPassed && p.index <= furthestPassed.index) continue;
    const next = p.walk[p.index + 1];
    if (!pageAllows(step) && !(next && next.page !== undefined && evidence.pageMatches(next))) continue;
    if (conditions.some((c) => evidence.conditionHolds(c))) furthestPassed = p;
  }
  // A step of another route, on a page none of the walked routes' steps belongs to: the person took that
  // route on the portal, so it is progress whatever its index (two routes' indexes do not compare: the
  // one-page form is shorter than the wizard). A page the walked route also uses (the VNeID sign-in offers
  // account and QR alike) says nothing about a change of route.
  const onWalkedRoute = walk.some((s) => s.page !== undefined && routeOfStep(guide, s.id) !== undefined && evidence.pageMatches(s));
  const switched = (p: Placed): boolean => p.choice !== choice && !onWalkedRoute;
  if (furthestPassed && (furthestPassed.index >= current || switched(furthestPassed))) {
    const last = furthestPassed.index === furthestPassed.walk.length - 1;
    const to = last ? furthestPassed.index : furthestPassed.index + 1;
    const target = furthestPassed.walk[to] as Step;
    if (to > current || last || switched(furthestPassed)) {
      const passed = passedOver(walk, current, furthestPassed.walk, last ? to + 1 : to);
      return {
        kind: 'move',
        direction: 'forward',
        stepId: target.id,
        choice: furthestPassed.choice,
        passed,
        ...(last ? { finished: true } : {}),
      };
    }
  }

  // 2. The current step is still here.
  const step = walk[current] as Step;
  if (pageAllows(step) && (!step.target || input.currentPending || evidence.targetFound(step))) return { kind: 'stay' };

  // 3. The nearest step whose target is here.
  const floor = furthestPassed ? furthestPassed.index + 1 : 0;
  const unprovenFork = input.routeUnproven ? routeOfStep(guide, step.id)?.fork.after : undefined;
  let best: Placed | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const s of allSteps(guide)) {
    if (!s.target || s.id === step.id || !pageAllows(s)) continue;
    const p = place(s);
    if (p.index < floor) continue;
    // Another route's step counts from the start of its route, one step farther than the current route's
    // (the same login page on both routes): the person who just arrived on a route's pages is at its
    // earliest step that shows, and the route changes only when its own pages say so.
    const sameFork = unprovenFork !== undefined && routeOfStep(guide, s.id)?.fork.after === unprovenFork;
    const distance = p.choice === choice && !sameFork ? Math.abs(p.index - current) - (p.index > current ? 0.5 : 0) : 1 + routePosition(guide, s.id);
    // Only looked up when it could win: a target search is the costly part.
    if (distance >= bestDistance || !evidence.targetFound(s)) continue;
    best = p;
    bestDistance = distance;
  }
  if (!best) return { kind: 'stay' };
  // Another route's step at the same place in its walk is a move forwards (the steps before it are done).
  const forward = best.index >= current || switched(best);
  return {
    kind: 'move',
    direction: forward ? 'forward' : 'back',
    stepId: best.step.id,
    choice: best.choice,
    passed: forward ? passedOver(walk, current, best.walk, best.index) : [],
  };
}

/** A step's place within its route (0 for the route's first step). */
function routePosition(guide: Pick<Guide, 'steps' | 'routes'>, stepId: string): number {
  const where = routeOfStep(guide, stepId);
  return where ? where.route.steps.findIndex((s) => s.id === stepId) : 0;
}

/**
 * The steps passed over going forwards: from the current place to the new one, and on a route just
 * taken, its steps before the new one too (the person walked them on the portal).
 */
function passedOver(oldWalk: readonly Step[], current: number, newWalk: readonly Step[], end: number): string[] {
  const old = new Set(oldWalk.map((s) => s.id));
  return newWalk
    .slice(0, end)
    .filter((s, i) => i >= current || !old.has(s.id))
    .map((s) => s.id);
}
