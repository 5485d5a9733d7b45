/**
 * The state of one guide being followed: which step is shown and which steps are done. Signals so every
 * surface (overlay card, step list, side panel) re-renders from the same source; plain snapshots so the
 * background can persist progress across reloads and host changes.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Guide, Step } from '../guide/schema';
import { allSteps, choiceWithStep, chosenRoute, forksOf, knownChoice, walkedSteps, type RouteChoice } from '../guide/routes';
import { matchesAny } from './url-pattern';

export interface GuideRunSnapshot {
  guideId: string;
  version: number;
  /** Index into the walked steps of `routes` (lib/guide/routes.ts). */
  stepIndex: number;
  completed: string[];
  /** The route taken in each fork; absent or empty: the first route of every fork. */
  routes?: Record<string, string>;
}

export interface GuideRunModel {
  readonly guide: Guide;
  /** The route taken in each fork (the overlay sets it from the person's page). */
  choice: ReadonlySignal<RouteChoice>;
  /** The steps this run walks: main steps with the chosen routes ("Bước N/M" counts these). */
  steps: ReadonlySignal<readonly Step[]>;
  stepIndex: ReadonlySignal<number>;
  completed: ReadonlySignal<ReadonlySet<string>>;
  step: ReadonlySignal<Step>;
  total: ReadonlySignal<number>;
  isFirst: ReadonlySignal<boolean>;
  isLast: ReadonlySignal<boolean>;
  /** Every walked step is done or optional. */
  finished: ReadonlySignal<boolean>;
  /** Take these routes through the forks (the overlay's reading of the person's page). */
  choose(routes: RouteChoice): void;
  /** Mark the current step done and show the next one (no step is skipped, even a done one). */
  next(): void;
  back(): void;
  goTo(index: number): void;
  /** Show the step with this id, taking its route when it is on one; false for an unknown id. */
  goToStep(stepId: string): boolean;
  markDone(stepId: string): void;
  snapshot(): GuideRunSnapshot;
  /** Apply saved progress; false (and nothing changes) when it belongs to another guide. */
  restore(snapshot: GuideRunSnapshot): boolean;
}

function clampTo(length: number, i: number): number {
  if (!Number.isFinite(i)) return 0;
  return Math.min(Math.max(0, Math.trunc(i)), length - 1);
}

function knownIds(guide: Guide, ids: Iterable<string>): Set<string> {
  const valid = new Set(allSteps(guide).map((s) => s.id));
  return new Set(Array.from(ids).filter((id) => valid.has(id)));
}

export function createGuideRunModel(
  guide: Guide,
  init: { stepIndex?: number; completed?: readonly string[]; routes?: RouteChoice } = {},
): GuideRunModel {
  const choice = signal<RouteChoice>(knownChoice(guide, init.routes));
  const steps = computed(() => walkedSteps(guide, choice.value));
  const stepIndex = signal(clampTo(steps.value.length, init.stepIndex ?? 0));
  const completed = signal<ReadonlySet<string>>(knownIds(guide, init.completed ?? []));
  const total = computed(() => steps.value.length);
  const clamp = (i: number): number => clampTo(steps.value.length, i);
  // clamp keeps the index in range, so the step always exists.
  const step = computed(() => steps.value[clamp(stepIndex.value)] as Step);
  const isFirst = computed(() => stepIndex.value === 0);
  const isLast = computed(() => stepIndex.value === steps.value.length - 1);
  const finished = computed(() => steps.value.every((s) => completed.value.has(s.id) || s.optional === true));
  const valid = new Set(allSteps(guide).map((s) => s.id));

  function markDone(stepId: string): void {
    if (completed.value.has(stepId) || !valid.has(stepId)) return;
    completed.value = new Set([...completed.value, stepId]);
  }

  function goTo(index: number): void {
    stepIndex.value = clamp(index);
  }

  function goToStep(stepId: string): boolean {
    if (!valid.has(stepId)) return false;
    batch(() => {
      choice.value = choiceWithStep(guide, choice.value, stepId);
      stepIndex.value = Math.max(0, steps.value.findIndex((s) => s.id === stepId));
    });
    return true;
  }

  return {
    guide,
    choice,
    steps,
    stepIndex,
    completed,
    step,
    total,
    isFirst,
    isLast,
    finished,
    choose(routes) {
      choice.value = routes;
    },
    next() {
      batch(() => {
        markDone(step.value.id);
        goTo(stepIndex.value + 1);
      });
    },
    back() {
      goTo(stepIndex.value - 1);
    },
    goTo,
    goToStep,
    markDone,
    snapshot() {
      // The route walked in every fork, chosen or by default, so the side panel shows the same one.
      const routes = Object.fromEntries(forksOf(guide).map((f) => [f.after, chosenRoute(f, choice.value).id]));
      return {
        guideId: guide.id,
        version: guide.version,
        stepIndex: stepIndex.value,
        completed: allSteps(guide).map((s) => s.id).filter((id) => completed.value.has(id)),
        ...(Object.keys(routes).length > 0 ? { routes } : {}),
      };
    },
    restore(snap) {
      if (snap.guideId !== guide.id) return false;
      batch(() => {
        // A newer guide version may have fewer steps or renamed ones: keep what still exists.
        completed.value = knownIds(guide, snap.completed);
        choice.value = knownChoice(guide, snap.routes);
        stepIndex.value = clamp(snap.stepIndex);
      });
      return true;
    },
  };
}

/**
 * Which step applies when the person lands on `href`, so a flow that crosses hosts (national portal →
 * login → ministry portal → back) follows them. The current step if it happens here (or anywhere);
 * else the first step not yet done, from the current one on, that happens here; else the nearest
 * earlier one (they went back); else a done later one. Null: no step happens on this page.
 */
export function stepForUrl(
  guide: { steps: readonly Step[] },
  href: string,
  fromIndex: number,
  completed: Iterable<string> = [],
): number | null {
  const list = guide.steps;
  const from = clampTo(list.length, fromIndex);
  const done = new Set(completed);
  const here = (s: Step | undefined): boolean => s !== undefined && s.page !== undefined && matchesAny(s.page, href);
  const current = list[from];
  if (current && (current.page === undefined || here(current))) return from;
  for (let i = from + 1; i < list.length; i++) {
    const s = list[i];
    if (s && !done.has(s.id) && here(s)) return i;
  }
  for (let i = from - 1; i >= 0; i--) if (here(list[i])) return i;
  for (let i = from + 1; i < list.length; i++) if (here(list[i])) return i;
  return null;
}

/** Whether the overlay should offer this guide here: its start pages, else its first step's page. */
export function isStartPage(guide: Guide, href: string): boolean {
  return startPageFit(guide, href) > 0;
}

/**
 * How closely a guide's start page fits `href`: 0 when none matches, else 1 + the literal characters of
 * its best matching pattern (so even an all-wildcard pattern counts as a match). Two guides may both
 * start on a page (`#/ke-khai/**` and `#/ke-khai/1.006714/**`); the overlay offers the one written for it.
 */
export function startPageFit(guide: Guide, href: string): number {
  const patterns = guide.startPages ?? guide.steps[0]?.page ?? [];
  let best = 0;
  for (const p of patterns) if (matchesAny([p], href)) best = Math.max(best, 1 + p.replace(/\*/g, '').length);
  return best;
}
