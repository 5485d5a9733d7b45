/**
 * The guide running in the browser tab beside the side panel, read from the run store's record for that
 * tab, so the side panel's step list moves with the overlay's card (both follow the same stored record).
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Guide, Step } from '../guide/schema';
import { walkedSteps } from '../guide/routes';
import type { RunRecord } from '../overlay/progress-port';

export interface RunningGuide {
  guide: Guide;
  /** The walked steps: main steps and the route taken at each fork. */
  steps: readonly Step[];
  /** 1-based, as "Bước N/M" on the card. */
  n: number;
  m: number;
  current: Step;
  completed: ReadonlySet<string>;
}

export interface TabRunModel {
  tabId: ReadonlySignal<number | null>;
  running: ReadonlySignal<RunningGuide | null>;
  /** The tab beside the panel changed. */
  setTab(tabId: number | null): Promise<void>;
  /** A stored run changed (storage change events); ignored unless it is this tab's. */
  onStored(tabId: number, record: RunRecord | null): void;
}

export interface TabRunDeps {
  guides: ReadonlySignal<readonly Guide[]>;
  readRun(tabId: number): Promise<RunRecord | null>;
}

export function createTabRunModel(deps: TabRunDeps): TabRunModel {
  const tabId = signal<number | null>(null);
  const record = signal<RunRecord | null>(null);

  const running = computed<RunningGuide | null>(() => {
    const r = record.value;
    if (!r) return null;
    const guide = deps.guides.value.find((g) => g.id === r.guideId);
    if (!guide) return null;
    // The steps the person walks: main steps with the route the page showed (as the card counts them).
    const steps = walkedSteps(guide, r.routes ?? {});
    if (steps.length === 0) return null;
    const index = Math.min(Math.max(0, r.stepIndex), steps.length - 1);
    return { guide, steps, n: index + 1, m: steps.length, current: steps[index] as Step, completed: new Set(r.completed) };
  });

  return {
    tabId,
    running,
    async setTab(id) {
      tabId.value = id;
      record.value = null;
      if (id === null) return;
      const r = await deps.readRun(id).catch(() => null);
      if (tabId.value === id) record.value = r;
    },
    onStored(id, r) {
      if (id === tabId.value) record.value = r;
    },
  };
}
