/** The ticked documents of the guide on screen, kept in a TicksStore (IndexedDB or memory). */
import { signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { TicksStore } from './ticks-store';

export interface TicksModel {
  checked: Signal<ReadonlySet<string>>;
  /** True once the store is known to be memory only (the quiet notice). */
  memoryOnly: Signal<boolean>;
  /** Shows the ticks of this guide (loads them). */
  select(guideId: string): Promise<void>;
  toggle(docId: string, on: boolean): Promise<void>;
}

export function createTicksModel(store: Promise<TicksStore>): TicksModel {
  const checked = signal<ReadonlySet<string>>(new Set());
  const memoryOnly = signal(false);
  let current: string | null = null;

  const ready = store.then((s) => {
    memoryOnly.value = s.kind === 'memory';
    return s;
  });

  return {
    checked,
    memoryOnly,
    async select(guideId) {
      current = guideId;
      checked.value = new Set();
      const s = await ready;
      const ids = await s.load(guideId);
      if (current === guideId) checked.value = ids;
      memoryOnly.value = s.kind === 'memory';
    },
    async toggle(docId, on) {
      const guideId = current;
      if (guideId === null) return;
      const next = new Set(checked.value);
      if (on) next.add(docId);
      else next.delete(docId);
      checked.value = next;
      const s = await ready;
      await s.save(guideId, next);
      memoryOnly.value = s.kind === 'memory';
    },
  };
}
