/**
 * Running a long piece of work (a target search on a 5,000-row page) in short slices, so the portal's
 * own clicks, typing and frames get the main thread between them. The work is a generator that `yield`s
 * wherever it may pause; run synchronously, it is exactly the same code with the pauses skipped, so the
 * sliced and the synchronous results cannot drift apart.
 */

/** A task queued behind whatever the page has waiting (input, frames), then `run`. */
export type QueueTask = (run: () => void) => void;

export interface SliceOptions {
  /** Stop early: the promise resolves with null, and no further slice runs. */
  signal?: AbortSignal;
  /** Longest run before pausing, in ms (default {@link SLICE_MS}). */
  sliceMs?: number;
  /**
   * The first slice's budget instead (default: sliceMs). A search that a person is waiting for (the first
   * card of a page load) finishes in one task on a normal page; each pause lets a whole page frame run
   * before the card can be drawn.
   */
  firstSliceMs?: number;
  /**
   * Steps each slice runs before it may pause, whatever the clock says (default {@link MIN_STEPS}): a
   * normal portal page is searched in the one task that asked, even when the machine is busy.
   */
  minSteps?: number;
  /** Clock, in ms (default: performance.now of the document's window). */
  now?(): number;
  /** How to continue in a later task (default: {@link taskQueue} of the document's window). */
  queueTask?: QueueTask;
  /** Told the length of each slice (npm run bench measures them). */
  onSlice?(ms: number): void;
}

/**
 * Pauses well inside one 16 ms frame: the work between two chances to pause is a fraction of a millisecond
 * at most, so a slice ends within about a millisecond of this even on a busy machine.
 */
export const SLICE_MS = 3;

/** About 2,000 elements' work (a millisecond or two): a whole search on a normal page. */
export const MIN_STEPS = 32;

interface TaskWindow {
  performance?: { now(): number };
  reportError?(err: unknown): void;
  setTimeout(run: () => void, ms: number): unknown;
  MessageChannel?: typeof MessageChannel;
  scheduler?: { postTask?(run: () => void, opts?: { priority?: string }): Promise<unknown> };
}

/**
 * The quickest way to a later task in `win`: scheduler.postTask, else a MessageChannel message (no 4 ms
 * clamp, unlike nested timers), else setTimeout. `priority` is postTask's: 'user-blocking' for work a
 * person is waiting to see (the first card), ahead of the tasks the page has queued.
 */
export function taskQueue(win: TaskWindow | null | undefined, priority: 'user-blocking' | 'user-visible' = 'user-visible'): QueueTask {
  const scheduler = win?.scheduler;
  if (scheduler?.postTask) {
    const postTask = scheduler.postTask.bind(scheduler);
    // A task that throws rejects postTask's promise: reported as a timer's exception would be, not lost.
    return (run) => void postTask(run, { priority }).catch((err: unknown) => win?.reportError?.(err));
  }
  const MC = win?.MessageChannel;
  if (MC) {
    const channel = new MC();
    const queue: Array<() => void> = [];
    channel.port1.onmessage = () => queue.shift()?.();
    return (run) => {
      queue.push(run);
      channel.port2.postMessage(null);
    };
  }
  if (win) return (run) => void win.setTimeout(run, 0);
  return (run) => void setTimeout(run, 0);
}

/** Run every step now (the synchronous entry points). */
export function runToEnd<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Run `work` in slices of about `sliceMs`: the first slice at once (a small page finishes in it, in the
 * same task as the change that asked), the rest each in a later task. Null when aborted; an exception in
 * the work rejects.
 */
export function runSliced<T>(work: Generator<void, T>, win: TaskWindow | null | undefined, opts: SliceOptions = {}): Promise<T | null> {
  const now = opts.now ?? (() => (win?.performance ?? performance).now());
  const queue = opts.queueTask ?? taskQueue(win);
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const minSteps = opts.minSteps ?? MIN_STEPS;
  let budget = opts.firstSliceMs ?? sliceMs;
  return new Promise<T | null>((resolve, reject) => {
    const slice = (): void => {
      if (opts.signal?.aborted) {
        work.return(undefined as T);
        resolve(null);
        return;
      }
      const start = now();
      try {
        for (let steps = 1; ; steps++) {
          const step = work.next();
          if (step.done) {
            opts.onSlice?.(now() - start);
            resolve(step.value);
            return;
          }
          if (steps >= minSteps && now() - start >= budget) break;
        }
      } catch (err) {
        reject(err);
        return;
      }
      opts.onSlice?.(now() - start);
      budget = sliceMs;
      queue(slice);
    };
    slice();
  });
}
