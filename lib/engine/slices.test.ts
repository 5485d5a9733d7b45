// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TargetStrategy } from '../guide/schema';
import { runSliced, runToEnd, type QueueTask } from './slices';
import { findTarget, findTargetSliced } from './targets';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A queue the test drains by hand, so each pause is visible. */
function manualQueue(): { queue: QueueTask; pending: Array<() => void>; drain(): void } {
  const pending: Array<() => void> = [];
  return {
    queue: (run) => pending.push(run),
    pending,
    drain() {
      while (pending.length > 0) pending.shift()?.();
    },
  };
}

function* counting(steps: number, seen: number[]): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    seen.push(i);
    yield;
  }
  return 'done';
}

describe('runSliced', () => {
  it('pauses when a slice has used its time and goes on in a later task', async () => {
    const q = manualQueue();
    let clock = 0;
    const seen: number[] = [];
    // Each step "takes" 1 ms; slices of 3 ms.
    const result = runSliced(counting(10, seen), null, { now: () => clock++, sliceMs: 3, minSteps: 1, queueTask: q.queue });
    expect(seen.length).toBeLessThan(10);
    expect(q.pending).toHaveLength(1);
    q.drain();
    await expect(result).resolves.toBe('done');
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stops at the next pause once aborted, with null', async () => {
    const q = manualQueue();
    let clock = 0;
    const seen: number[] = [];
    const abort = new AbortController();
    const result = runSliced(counting(10, seen), null, { now: () => clock++, sliceMs: 2, minSteps: 1, queueTask: q.queue, signal: abort.signal });
    const before = seen.length;
    abort.abort();
    q.drain();
    await expect(result).resolves.toBeNull();
    expect(seen.length).toBe(before);
  });

  it('gives the first slice its own budget when asked (a search a person waits for), the later ones the usual', async () => {
    const q = manualQueue();
    let clock = 0;
    const seen: number[] = [];
    // Each step "takes" 1 ms: a first slice of 8 ms, then slices of 2 ms.
    const result = runSliced(counting(20, seen), null, { now: () => clock++, sliceMs: 2, firstSliceMs: 8, minSteps: 1, queueTask: q.queue });
    const first = seen.length;
    q.pending.shift()?.();
    const second = seen.length - first;
    q.drain();
    await expect(result).resolves.toBe('done');
    expect(first).toBeGreaterThanOrEqual(4);
    expect(second).toBeLessThan(first);
    expect(second).toBeLessThanOrEqual(2);
  });

  it('finishes a short piece of work in the first slice, without queueing', async () => {
    const queue = vi.fn();
    await expect(runSliced(counting(3, []), null, { queueTask: queue })).resolves.toBe('done');
    expect(queue).not.toHaveBeenCalled();
    expect(runToEnd(counting(3, []))).toBe('done');
  });
});

describe('findTargetSliced', () => {
  const cards = Array.from(
    { length: 40 },
    (_, i) =>
      `<div class="card"><p>Cơ quan thực hiện: ${i % 2 ? 'Sở Tư pháp' : 'UBND'} ${i}</p><p>Mã hồ sơ: G22-${i}</p><p hidden>Nộp trực tuyến</p><button id="b${i}">Nộp trực tuyến</button></div>`,
  ).join('');
  const cases: TargetStrategy[][] = [
    [{ text: 'Mã hồ sơ' }],
    [{ text: 'Nộp trực tuyến', role: 'button', near: 'Cơ quan thực hiện: Sở Tư pháp 37' }],
    [{ text: 'Nộp trực tuyến', role: 'button', near: 'Bộ Công an' }, { text: 'Mã hồ sơ: G22-7', exact: true }],
    [{ id: 'b12' }],
    [{ text: 'Không có' }],
  ];

  it('gives the same answer as findTarget while pausing at every step, the page left alone between', async () => {
    document.body.innerHTML = `<main>${cards}</main>`;
    const host = document.createElement('x-list');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button id="shadow">Nộp trực tuyến trong bóng</button>';
    cases.push([{ text: 'Nộp trực tuyến trong bóng', role: 'button' }]);
    for (const strategies of cases) {
      const q = manualQueue();
      let pauses = 0;
      const sliced = findTargetSliced(document, strategies, { sliceMs: 0, minSteps: 1, queueTask: (run) => (pauses++, q.queue(run)) });
      q.drain();
      const got = await sliced;
      const want = findTarget(document, strategies);
      expect(got?.element ?? null).toBe(want?.element ?? null);
      expect(got?.index).toBe(want?.index);
      expect(pauses).toBeGreaterThan(1);
    }
  });
});

describe('runSliced on a busy machine', () => {
  it('runs a few steps before it may pause, however slow the clock says they were', async () => {
    const queue = vi.fn();
    let clock = 0;
    // Each step "takes" 100 ms: a starved CPU. A short search still ends in the task that asked.
    await expect(runSliced(counting(20, []), null, { now: () => (clock += 100), minSteps: 32, queueTask: queue })).resolves.toBe('done');
    expect(queue).not.toHaveBeenCalled();
  });
});
