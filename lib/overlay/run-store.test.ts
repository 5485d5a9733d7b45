import { describe, expect, it } from 'vitest';
import { createRunStore, type KeyValueArea } from './run-store';
import type { RunRecord } from './progress-port';

function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => data.get(k),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
  };
}

const record = (stepIndex: number): RunRecord => ({
  guideId: 'dang-ky-khai-sinh',
  guideVersion: 1,
  stepIndex,
  completed: ['chuan-bi'],
  updatedAt: 1,
});

describe('run store', () => {
  it('keeps runs per tab', async () => {
    const store = createRunStore(memoryArea(), async () => true);
    await store.save(1, record(2));
    await store.save(2, record(5));
    expect((await store.load(1))?.stepIndex).toBe(2);
    expect((await store.load(2))?.stepIndex).toBe(5);
  });

  it('a new tab does not take the run of a tab that is still open', async () => {
    const store = createRunStore(memoryArea(), async () => true);
    await store.save(1, record(3));
    expect(await store.load(9)).toBeNull();
  });

  it('after a restart (old tab gone) the first portal tab resumes the last run', async () => {
    const area = memoryArea();
    const before = createRunStore(area, async () => true);
    await before.save(1, record(4));
    const after = createRunStore(area, async () => false);
    expect((await after.load(77))?.stepIndex).toBe(4);
    // Adopted once: it is now that tab's own run.
    expect(area.data.has('run:tab:77')).toBe(true);
  });

  it('a new tab never takes over a run tied to a resident\'s session: it starts fresh', async () => {
    const area = memoryArea();
    const before = createRunStore(area, async () => true);
    await before.save(1, { ...record(4), sessionId: 'phien-ba-lan' });
    const after = createRunStore(area, async () => false);
    expect(await after.load(77)).toBeNull();
    expect(area.data.has('run:tab:77')).toBe(false);
  });

  it('closing the guide forgets it, so nothing is adopted later', async () => {
    const area = memoryArea();
    const store = createRunStore(area, async () => false);
    await store.save(1, record(4));
    await store.clear(1);
    expect(await store.load(2)).toBeNull();
  });

  it('ignores malformed stored values instead of throwing', async () => {
    const area = memoryArea();
    area.data.set('run:tab:1', { nonsense: true });
    area.data.set('run:last', 'garbage');
    const store = createRunStore(area, async () => false);
    expect(await store.load(1)).toBeNull();
  });
});

describe('run store memory', () => {
  it('answers repeated loads from memory and still writes every change through', async () => {
    const area = memoryArea();
    let reads = 0;
    const counting: KeyValueArea = { ...area, get: async (k) => (reads++, area.get(k)) };
    const store = createRunStore(counting, async () => true);
    await store.save(3, record(1));
    await store.load(3);
    await store.load(3);
    expect(reads).toBe(0);
    expect(area.data.get('run:tab:3')).toMatchObject({ stepIndex: 1 });
    await store.clear(3);
    expect(area.data.has('run:tab:3')).toBe(false);
    expect(await store.load(3)).toBeNull();
  });
});

