import { describe, expect, it } from 'vitest';
import { createFirstPaintHold, FIRST_PAINT_WAIT_MS } from './first-paint';

/** A clock the test moves by hand: timers run when their time comes, in order. */
function fakeTimers(): { deps: Parameters<typeof createFirstPaintHold>[0]; advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    deps: {
      setTimeout: (run, ms) => {
        const id = next++;
        timers.set(id, { at: now + ms, run });
        return id;
      },
      clearTimeout: (id) => void timers.delete(id as number),
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
  };
}

describe('first paint hold', () => {
  it('draws nothing while the overlay is still finding out what to show, then draws once when released', () => {
    const clock = fakeTimers();
    const hold = createFirstPaintHold(clock.deps);
    const renders: string[] = [];
    hold.debounce(() => renders.push('first'));
    hold.debounce(() => renders.push('second'));
    clock.advance(FIRST_PAINT_WAIT_MS - 1);
    expect(renders).toEqual([]);
    hold.release();
    // In a task of its own, not inside the release: the code that released finishes first.
    expect(renders).toEqual([]);
    clock.advance(0);
    // Preact asks again only after a run, so the latest request stands for all the held ones.
    expect(renders).toEqual(['second']);
    expect(hold.released).toBe(true);
  });

  it('never keeps a person waiting longer than the wait: the card then shows "searching"', () => {
    const clock = fakeTimers();
    const hold = createFirstPaintHold(clock.deps);
    const renders: number[] = [];
    hold.debounce(() => renders.push(1));
    clock.advance(FIRST_PAINT_WAIT_MS);
    expect(renders).toEqual([1]);
    // After the wait, later renders are not held again for another wait.
    hold.debounce(() => renders.push(2));
    clock.advance(0);
    expect(renders).toEqual([1, 2]);
  });

  it('after release renders pass at the next task, and a late release changes nothing', () => {
    const clock = fakeTimers();
    const hold = createFirstPaintHold(clock.deps);
    hold.release();
    const renders: number[] = [];
    hold.debounce(() => renders.push(1));
    clock.advance(0);
    hold.release();
    clock.advance(FIRST_PAINT_WAIT_MS * 2);
    expect(renders).toEqual([1]);
  });
});
