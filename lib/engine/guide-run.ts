/**
 * The state of one guide being followed: which step is shown and which steps are done. Signals so every
 * surface (overlay card, step list, side panel) re-renders from the same source; plain snapshots so the
 * background can persist progress across reloads and host changes.
 */
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Guide, Step } from '../guide/schema';
import { matchesAny } from './url-pattern';

export interface GuideRunSnapshot {
  guideId: string;
  version: number;
  stepIndex: number;
  completed: string[];
}

export interface GuideRunModel {
  readonly guide: Guide;
  stepIndex: Signal<number>;
  completed: Signal<ReadonlySet<string>>;
  step: ReadonlySignal<Step>;
  total: ReadonlySignal<number>;
  isFirst: ReadonlySignal<boolean>;
  isLast: ReadonlySignal<boolean>;
  /** Every step is done, optional, or an alternative of a done step. */
  finished: ReadonlySignal<boolean>;
  /** Mark the current step done and show the next one (no step is skipped, even a done one). */
  next(): void;
  back(): void;
  goTo(index: number): void;
  markDone(stepId: string): void;
  snapshot(): GuideRunSnapshot;
  /** Apply saved progress; false (and nothing changes) when it belongs to another guide. */
  restore(snapshot: GuideRunSnapshot): boolean;
}

function clampIndex(guide: Guide, i: number): number {
  if (!Number.isFinite(i)) return 0;
  return Math.min(Math.max(0, Math.trunc(i)), guide.steps.length - 1);
}

function knownIds(guide: Guide, ids: Iterable<string>): Set<string> {
  const valid = new Set(guide.steps.map((s) => s.id));
  return new Set(Array.from(ids).filter((id) => valid.has(id)));
}

/** Done, optional, or part of an "or" group where another member is done. */
function isSatisfied(guide: Guide, step: Step, done: ReadonlySet<string>): boolean {
  if (done.has(step.id) || step.optional === true) return true;
  const group = step.alternativeOf ?? step.id;
  return guide.steps.some((s) => (s.id === group || s.alternativeOf === group) && done.has(s.id));
}

export function createGuideRunModel(
  guide: Guide,
  init: { stepIndex?: number; completed?: readonly string[] } = {},
): GuideRunModel {
  const stepIndex = signal(clampIndex(guide, init.stepIndex ?? 0));
  const completed = signal<ReadonlySet<string>>(knownIds(guide, init.completed ?? []));
  const total = computed(() => guide.steps.length);
  // clampIndex keeps the index in range, so the step always exists.
  const step = computed(() => guide.steps[clampIndex(guide, stepIndex.value)] as Step);
  const isFirst = computed(() => stepIndex.value === 0);
  const isLast = computed(() => stepIndex.value === guide.steps.length - 1);
  const finished = computed(() => guide.steps.every((s) => isSatisfied(guide, s, completed.value)));

  function markDone(stepId: string): void {
    if (completed.value.has(stepId) || !guide.steps.some((s) => s.id === stepId)) return;
    completed.value = new Set([...completed.value, stepId]);
  }

  function goTo(index: number): void {
    stepIndex.value = clampIndex(guide, index);
  }

  return {
    guide,
    stepIndex,
    completed,
    step,
    total,
    isFirst,
    isLast,
    finished,
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
    markDone,
    snapshot() {
      return {
        guideId: guide.id,
        version: guide.version,
        stepIndex: stepIndex.value,
        completed: guide.steps.map((s) => s.id).filter((id) => completed.value.has(id)),
      };
    },
    restore(snap) {
      if (snap.guideId !== guide.id) return false;
      batch(() => {
        // A newer guide version may have fewer steps or renamed ones: keep what still exists.
        completed.value = knownIds(guide, snap.completed);
        stepIndex.value = clampIndex(guide, snap.stepIndex);
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
  guide: Guide,
  href: string,
  fromIndex: number,
  completed: Iterable<string> = [],
): number | null {
  const from = clampIndex(guide, fromIndex);
  const done = new Set(completed);
  const here = (s: Step | undefined): boolean => s !== undefined && s.page !== undefined && matchesAny(s.page, href);
  const current = guide.steps[from];
  if (current && (current.page === undefined || here(current))) return from;
  for (let i = from + 1; i < guide.steps.length; i++) {
    const s = guide.steps[i];
    if (s && !done.has(s.id) && here(s)) return i;
  }
  for (let i = from - 1; i >= 0; i--) if (here(guide.steps[i])) return i;
  for (let i = from + 1; i < guide.steps.length; i++) if (here(guide.steps[i])) return i;
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
