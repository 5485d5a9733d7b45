/** The ticked documents of the guide on screen, kept in a TicksStore (IndexedDB or memory). */
import { signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { TicksStore } from './ticks-store';

export interface TicksModel {
  checked: ReadonlySignal<ReadonlySet<string>>;
  /** True once the store is known to be memory only (the quiet notice). */
  memoryOnly: ReadonlySignal<boolean>;
  /** Shows the ticks of this guide (loads them). */
  select(guideId: string): Promise<void>;
  /**
   * Ticks or unticks a document of `guideId`. Names the guide itself: the view calls `select()` in an
   * effect, after its first paint, and a tick made before that must not be dropped.
   */
  toggle(guideId: string, docId: string, on: boolean): Promise<void>;
}

export function createTicksModel(store: Promise<TicksStore>): TicksModel {
  const checked = signal<ReadonlySet<string>>(new Set());
  const memoryOnly = signal(false);
  let current: string | null = null;
  // Loads and saves run one after another: a load that started before a tick cannot overwrite it, and
  // a tick saves on top of what is stored, not on top of a half-loaded screen.
  let chain: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work);
    chain = run.catch(() => undefined);
    return run;
  };

  const ready = store.then((s) => {
    memoryOnly.value = s.kind === 'memory';
    return s;
  });

  return {
    checked,
    memoryOnly,
    select(guideId) {
      // An empty set replaced by another is a second render of the whole guide before its first paint
      // (the view selects in a layout effect): only a list that shows ticks is cleared.
      if (current !== guideId && checked.value.size) checked.value = new Set();
      current = guideId;
      return inTurn(async () => {
        const s = await ready;
        const ids = await s.load(guideId);
        if (current === guideId && (ids.size || checked.value.size)) checked.value = ids;
        memoryOnly.value = s.kind === 'memory';
      });
    },
    toggle(guideId, docId, on) {
      const apply = (set: ReadonlySet<string>): Set<string> => {
        const next = new Set(set);
        if (on) next.add(docId);
        else next.delete(docId);
        return next;
      };
      // Shown at once; stored in turn.
      if (current === guideId) checked.value = apply(checked.value);
      return inTurn(async () => {
        const s = await ready;
        const next = apply(await s.load(guideId));
        await s.save(guideId, next);
        if (current === guideId) checked.value = next;
        memoryOnly.value = s.kind === 'memory';
      });
    },
  };
}
