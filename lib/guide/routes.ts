/**
 * Alternative routes through a guide (DESIGN contract "Routes"). A guide's main steps run in order; a
 * fork is every route that starts after the same main step, and all of them join back at one main step.
 * The steps a person walks are the main steps up to the fork, the chosen route's steps, then the main
 * steps from the rejoin on. Until the person's page tells which route applies, the first one is walked.
 *
 * Pure functions on a valid guide (load.ts reports forks that do not fit these rules).
 */
import type { Guide, Route, Step } from './schema';

/** For each fork (keyed by its `after` step id) the id of the chosen route. */
export type RouteChoice = Readonly<Record<string, string>>;

export interface Fork {
  /** The main step after which the routes start; also the fork's key in a RouteChoice. */
  after: string;
  /** The main step where every route of the fork joins back. */
  rejoin: string;
  routes: readonly Route[];
}

type RoutedGuide = Pick<Guide, 'steps' | 'routes'>;

/** The forks of a guide, in the order of their `after` step among the main steps. */
export function forksOf(guide: RoutedGuide): Fork[] {
  const byAfter = new Map<string, Route[]>();
  for (const route of guide.routes ?? []) {
    const list = byAfter.get(route.after);
    if (list) list.push(route);
    else byAfter.set(route.after, [route]);
  }
  const forks: Fork[] = [];
  for (const step of guide.steps) {
    const routes = byAfter.get(step.id);
    if (routes && routes[0]) forks.push({ after: step.id, rejoin: routes[0].rejoin, routes });
  }
  return forks;
}

/** The route a choice picks in a fork: the chosen one when it exists, else the fork's first. */
export function chosenRoute(fork: Fork, choice: RouteChoice = {}): Route {
  const id = choice[fork.after];
  return fork.routes.find((r) => r.id === id) ?? (fork.routes[0] as Route);
}

/**
 * The steps a person following `choice` walks, in order ("Bước N/M" counts these). Main steps strictly
 * between a fork's `after` and `rejoin` are left out (load.ts reports them as unreachable).
 */
export function walkedSteps(guide: RoutedGuide, choice: RouteChoice = {}): Step[] {
  return walk(guide, (fork) => chosenRoute(fork, choice).steps);
}

/** Main steps and the steps of every route, each route after its fork (for checks, lists and search). */
export function allSteps(guide: RoutedGuide): Step[] {
  return walk(guide, (fork) => fork.routes.flatMap((r) => r.steps));
}

function walk(guide: RoutedGuide, routeSteps: (fork: Fork) => readonly Step[]): Step[] {
  const forks = new Map(forksOf(guide).map((f) => [f.after, f]));
  const out: Step[] = [];
  let skipUntil: string | null = null;
  for (const step of guide.steps) {
    if (skipUntil !== null) {
      if (step.id !== skipUntil) continue;
      skipUntil = null;
    }
    out.push(step);
    const fork = forks.get(step.id);
    if (fork && guide.steps.some((s) => s.id === fork.rejoin)) {
      out.push(...routeSteps(fork));
      skipUntil = fork.rejoin;
    }
  }
  return out;
}

/** Which route a step belongs to, or undefined for a main step (or an unknown id). */
export function routeOfStep(guide: RoutedGuide, stepId: string): { fork: Fork; route: Route } | undefined {
  for (const fork of forksOf(guide)) {
    for (const route of fork.routes) if (route.steps.some((s) => s.id === stepId)) return { fork, route };
  }
  return undefined;
}

/**
 * On the first step of a route: the other routes of its fork, which a person may take instead (the card
 * offers them: a fork whose routes start by reading on the same page gives the overlay nothing to tell
 * them apart by). Empty on any other step.
 */
export function otherRoutesAt(guide: RoutedGuide, stepId: string): Route[] {
  const where = routeOfStep(guide, stepId);
  if (!where || where.route.steps[0]?.id !== stepId) return [];
  return where.fork.routes.filter((r) => r !== where.route && r.steps.length > 0);
}

/** The choice with `stepId`'s route taken in its fork (unchanged for a main step). */
export function choiceWithStep(guide: RoutedGuide, choice: RouteChoice, stepId: string): RouteChoice {
  const where = routeOfStep(guide, stepId);
  if (!where || choice[where.fork.after] === where.route.id) return choice;
  return { ...choice, [where.fork.after]: where.route.id };
}

/** A choice reduced to known forks and routes (saved progress may predate a guide update). */
export function knownChoice(guide: RoutedGuide, choice: RouteChoice | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!choice) return out;
  for (const fork of forksOf(guide)) {
    const id = choice[fork.after];
    if (id !== undefined && fork.routes.some((r) => r.id === id)) out[fork.after] = id;
  }
  return out;
}

export interface NumberedStep {
  step: Step;
  /** "Bước N" as the person walking the chosen route counts it; each route of a fork counts from the fork. */
  number: number;
  /** The route the step is on (absent for a main step). */
  route?: Route;
  /** The step opens its route: lists show the route's title, and "hoặc" before every route but the first. */
  routeStart?: 'first' | 'or';
  /** On a route other than the chosen one. */
  otherRoute?: boolean;
}

/** Every step (main and every route), numbered as GOV.UK step-by-step lists number "or" alternatives. */
export function numberedSteps(guide: RoutedGuide, choice: RouteChoice = {}): NumberedStep[] {
  const forks = new Map(forksOf(guide).map((f) => [f.after, f]));
  const out: NumberedStep[] = [];
  let number = 0;
  let skipUntil: string | null = null;
  for (const step of guide.steps) {
    if (skipUntil !== null) {
      if (step.id !== skipUntil) continue;
      skipUntil = null;
    }
    out.push({ step, number: ++number });
    const fork = forks.get(step.id);
    if (!fork || !guide.steps.some((s) => s.id === fork.rejoin)) continue;
    const chosen = chosenRoute(fork, choice);
    fork.routes.forEach((route, k) => {
      route.steps.forEach((s, i) => {
        out.push({
          step: s,
          number: number + i + 1,
          route,
          ...(i === 0 ? { routeStart: k === 0 ? 'first' : 'or' } : {}),
          ...(route !== chosen ? { otherRoute: true } : {}),
        });
      });
    });
    number += chosen.steps.length;
    skipUntil = fork.rejoin;
  }
  return out;
}

/** The route choice these steps show (done steps, then the current one, so the current one wins). */
export function choiceFromSteps(guide: RoutedGuide, stepIds: Iterable<string>): RouteChoice {
  let choice: RouteChoice = {};
  for (const id of stepIds) choice = choiceWithStep(guide, choice, id);
  return choice;
}
