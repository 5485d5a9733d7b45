/**
 * When the overlay's first card may be drawn. On a page load the card and its spotlight are drawn and
 * placed once, with the target already found, instead of a "searching" card placed and then placed again a
 * frame later: each placement reads the page's layout (lib/overlay/placement.ts), and on a page that is
 * still loading that is the costly part of the first highlight. Re-renders are held until the overlay
 * knows what to show, never longer than {@link FIRST_PAINT_WAIT_MS}, so a slow search still says
 * "Đang tìm…" at once to a person (issue 10 item 5: never silent).
 */

/** The longest a first card waits for its target: about three frames, short enough to read as "at once". */
export const FIRST_PAINT_WAIT_MS = 50;

/** Preact's `options.debounceRendering` shape: schedules `rerender` for later. */
export type Debounce = (rerender: () => void) => void;

export interface FirstPaintHold {
  /** Install as `options.debounceRendering` until released. */
  debounce: Debounce;
  /** The overlay knows what to show (or the wait is over): draw whatever is held, once, in a new task. */
  release(): void;
  readonly released: boolean;
}

export interface FirstPaintDeps {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /**
   * How the held render is run once released (default: setTimeout 0). The overlay passes a
   * user-blocking task (lib/engine/slices.ts taskQueue): the person is waiting for this card, and the
   * tasks the page load has queued meanwhile should not go first.
   */
  queueTask?(run: () => void): void;
  waitMs?: number;
}

/**
 * Holds every re-render until `release()` or until the wait is over (counted from the first held one),
 * whichever comes first; after that, re-renders run each in a new task.
 * A held re-render then runs in its own task (not a microtask): the promise chain that found the target
 * finishes first, so the card is drawn once with everything it needs.
 */
export function createFirstPaintHold(deps: FirstPaintDeps): FirstPaintHold {
  let released = false;
  let held: (() => void) | null = null;
  let timer: unknown = null;
  const flush = (): void => {
    const run = held;
    held = null;
    if (!run) return;
    if (deps.queueTask) deps.queueTask(run);
    else deps.setTimeout(run, 0);
  };
  return {
    debounce(rerender) {
      if (released) {
        deps.setTimeout(rerender, 0);
        return;
      }
      held = rerender;
      // The wait is over once: after it, re-renders pass as soon as they come, held or not.
      timer ??= deps.setTimeout(() => {
        released = true;
        flush();
      }, deps.waitMs ?? FIRST_PAINT_WAIT_MS);
    },
    release() {
      if (released) return;
      released = true;
      if (timer !== null) deps.clearTimeout(timer);
      flush();
    },
    get released() {
      return released;
    },
  };
}
