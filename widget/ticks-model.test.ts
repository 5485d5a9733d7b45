import { describe, expect, it } from 'vitest';
import { createTicksModel } from './ticks-model';
import { createMemoryTicksStore, type TicksStore } from './ticks-store';

/** A store whose loads wait until the test lets them go, to put a tick in the middle of a load. */
function slowStore(initial: Record<string, string[]>): TicksStore & { release(): void } {
  const inner = createMemoryTicksStore();
  const seeded = Promise.all(Object.entries(initial).map(([g, ids]) => inner.save(g, new Set(ids))));
  let gate!: () => void;
  let open = new Promise<void>((resolve) => (gate = resolve));
  return {
    kind: 'idb',
    async load(guideId) {
      await seeded;
      await open;
      return inner.load(guideId);
    },
    save: (guideId, ids) => inner.save(guideId, ids),
    release() {
      gate();
      open = Promise.resolve();
    },
  };
}

describe('ticks model', () => {
  it('keeps a tick made before select() ran (the view selects in an effect, after its first paint)', async () => {
    const store = createMemoryTicksStore();
    await store.save('khai-sinh', new Set(['to-khai']));
    const model = createTicksModel(Promise.resolve(store));
    const tick = model.toggle('khai-sinh', 'giay-chung-sinh', true);
    await model.select('khai-sinh');
    await tick;
    expect([...model.checked.value].sort()).toEqual(['giay-chung-sinh', 'to-khai']);
    expect([...(await store.load('khai-sinh'))].sort()).toEqual(['giay-chung-sinh', 'to-khai']);
  });

  it('a load finishing after a tick does not take the tick back', async () => {
    const store = slowStore({ 'khai-sinh': ['to-khai'] });
    const model = createTicksModel(Promise.resolve(store));
    const loading = model.select('khai-sinh');
    const tick = model.toggle('khai-sinh', 'cccd', true);
    expect(model.checked.value.has('cccd')).toBe(true);
    store.release();
    await Promise.all([loading, tick]);
    expect([...model.checked.value].sort()).toEqual(['cccd', 'to-khai']);
    expect([...(await store.load('khai-sinh'))].sort()).toEqual(['cccd', 'to-khai']);
  });

  it('a tick for a guide no longer on screen is stored but not shown on the new one', async () => {
    const store = createMemoryTicksStore();
    const model = createTicksModel(Promise.resolve(store));
    await model.select('khai-sinh');
    const tick = model.toggle('khai-sinh', 'to-khai', true);
    const other = model.select('thuong-tru');
    await Promise.all([tick, other]);
    expect([...model.checked.value]).toEqual([]);
    expect([...(await store.load('khai-sinh'))]).toEqual(['to-khai']);
  });

  it('selecting a guide without ticks leaves the empty list as it is (no second render before the first paint)', async () => {
    const model = createTicksModel(Promise.resolve(createMemoryTicksStore()));
    const empty = model.checked.value;
    const loading = model.select('khai-sinh');
    expect(model.checked.value).toBe(empty);
    await loading;
    expect(model.checked.value).toBe(empty);
  });
});
