/**
 * One MutationObserver per document, shared by everything that reacts to the page changing (target
 * lookup, done conditions, route detection). Observing only while someone listens keeps the overlay
 * free when no guide runs; one observer instead of one per feature keeps the portal's React re-renders
 * cheap to watch.
 */
import type { TargetStrategy } from '../guide/schema';
import type { SliceOptions } from './slices';
import { findTargetSliced, type FindOptions, type FindResult } from './targets';
import { isHiddenByMarkup, isOverlayHost } from './accessible-name';
import { createQuietTracker, observeAround, pathTo, type Split } from './quiet-subtrees';

export type DomBatchListener = (records: readonly MutationRecord[]) => void;

export interface DomWatcher {
  readonly doc: Document;
  /** Called once per mutation batch; returns the unsubscribe function. */
  subscribe(listener: DomBatchListener): () => void;
  /** How many listeners are subscribed (the observer is connected exactly when this is > 0). */
  readonly subscriberCount: number;
}

// Attribute changes that can show, hide or complete something; the portal's other attribute churn
// (data-state, aria-expanded on every hover...) is not worth a re-scan.
const ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'disabled', 'value', 'open'];
// The attributes that decide whether a subtree is hidden by markup (see ignoredPlaces).
const HIDING = new Set(['hidden', 'aria-hidden']);

function observeOptions(): MutationObserverInit {
  return { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES, characterData: true };
}

const parentOf = (n: Node): Node | null => n.parentNode ?? (n as Node & { host?: Node }).host ?? null;

/**
 * Whether a node lies where nothing we look for can be: inside our own overlay, or in a subtree hidden by
 * markup (hidden, aria-hidden="true"), where no target, text or control counts (targets.ts
 * isElementVisible, accessible-name.ts content text). A ticker or a preloaded view kept hidden then costs
 * no re-check however often it changes. One per batch: a batch's records mostly share their parents, so
 * each ancestor chain is climbed once.
 */
function ignoredPlaces(): (node: Node) => boolean {
  const known = new Map<Node, boolean>();
  return (node) => {
    const path: Node[] = [];
    let ignored = false;
    for (let n: Node | null = node; n; n = parentOf(n)) {
      const k = known.get(n);
      if (k !== undefined) {
        ignored = k;
        break;
      }
      path.push(n);
      if (n.nodeType === 1 && (isOverlayHost(n as Element) || isHiddenByMarkup(n as Element))) {
        ignored = true;
        break;
      }
    }
    for (const n of path) known.set(n, ignored);
    return ignored;
  };
}

/** The records that can change what we look for (see ignoredPlaces). */
function relevantRecords(records: readonly MutationRecord[]): MutationRecord[] {
  const ignored = ignoredPlaces();
  return records.filter((r) => {
    if (r.type !== 'attributes' || !HIDING.has(r.attributeName ?? '')) return !ignored(r.target);
    // Hiding or showing an element: it counts unless it sits in an ignored place itself.
    const el = r.target as Element;
    if (isOverlayHost(el)) return false;
    const parent = parentOf(el);
    return parent === null || !ignored(parent);
  });
}

export function createDomWatcher(doc: Document): DomWatcher {
  const listeners = new Set<DomBatchListener>();
  const win = doc.defaultView;
  let observer: MutationObserver | null = null;
  // A document observer does not see inside shadow roots: each open one is observed on its own.
  let observedRoots = new WeakSet<Node>();

  function observeShadowRootsIn(root: Node): void {
    if (!observer || (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11)) return;
    const walker = doc.createTreeWalker(root, 0x1);
    const visit = (el: Element): void => {
      const sr = el.shadowRoot;
      if (sr && !isOverlayHost(el) && !observedRoots.has(sr) && observer) {
        observedRoots.add(sr);
        observer.observe(sr, observeOptions());
        observeShadowRootsIn(sr);
      }
    };
    if (root.nodeType === 1) visit(root as Element);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Element);
  }

  // A hidden subtree that keeps changing is left out of the observation (see quiet-subtrees.ts).
  let split: Split | null = null;
  const quiet = createQuietTracker(doc, () => (win?.performance ?? performance).now());

  function onBatch(batch: MutationRecord[]): void {
    let records = batch;
    // Split: a batch that touches the path to the left-out subtree brings the whole document back.
    const wholeAgain = split !== null && !split.follow(records);
    if (wholeAgain) records = observeWholeAgain(records);
    const relevant = relevantRecords(records);
    // Announced even when nothing in it counts: the observation changed under the listeners.
    const announced = relevant.length > 0 ? relevant : wholeAgain ? records : null;
    if (announced) {
      for (const r of announced) {
        r.addedNodes.forEach((n) => observeShadowRootsIn(n));
        // Shadow roots added while their subtree was hidden were not looked at then.
        if (r.type === 'attributes' && HIDING.has(r.attributeName ?? '')) observeShadowRootsIn(r.target);
      }
      for (const listener of Array.from(listeners)) {
        try {
          listener(announced);
        } catch (err) {
          // One broken listener must not stop the others from seeing the page change.
          if (typeof win?.reportError === 'function') win.reportError(err);
          else console.error(err);
        }
      }
    }
    if (split === null && observer) {
      const quietRoot = quiet.note(records, relevant);
      if (quietRoot) leaveOut(quietRoot);
    }
  }

  /** The document observed whole again (see quiet-subtrees.ts); returns the batch with anything recorded meanwhile. */
  function observeWholeAgain(records: MutationRecord[]): MutationRecord[] {
    split = null;
    quiet.ended();
    if (!observer) return records;
    const pending = observer.takeRecords();
    observer.disconnect();
    observeWhole();
    return pending.length > 0 ? records.concat(pending) : records;
  }

  /** Observe around a hidden subtree that keeps changing (see quiet-subtrees.ts). */
  function leaveOut(root: Element): void {
    const path = pathTo(root, doc);
    if (!observer || !path) return;
    // Changes made since this batch (by the listeners, or other observers' callbacks) come first.
    const pending = observer.takeRecords();
    if (pending.length > 0) return onBatch(pending);
    observer.disconnect();
    observedRoots = new WeakSet();
    split = observeAround(observer, root, path, observeOptions());
    for (const n of split.observed) observeShadowRootsIn(n);
    quiet.started();
  }

  /**
   * `npm run bench` marks the page with data-dvc-bench to time each batch (listeners and the microtask
   * check they schedule). Opt-in, so a portal tab left open all day does not pile up timeline entries.
   */
  function timedBatch(records: MutationRecord[]): void {
    const perf = win?.performance;
    if (!perf) return onBatch(records);
    const start = perf.now();
    onBatch(records);
    // Queued after the listeners' own microtasks, so the measure includes the done/target check.
    queueMicrotask(() => perf.measure('dvc-guide:batch', { start, end: perf.now() }));
  }

  function observeWhole(): void {
    if (!observer) return;
    observedRoots = new WeakSet();
    observer.observe(doc, observeOptions());
    observeShadowRootsIn(doc);
  }

  function connect(): void {
    const MO = win?.MutationObserver;
    if (!MO) return;
    observer = new MO(doc.documentElement?.hasAttribute('data-dvc-bench') ? timedBatch : onBatch);
    split = null;
    quiet.reset();
    observeWhole();
  }

  function disconnect(): void {
    observer?.disconnect();
    observer = null;
    split = null;
  }

  return {
    doc,
    get subscriberCount() {
      return listeners.size;
    },
    subscribe(listener) {
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const entry: DomBatchListener = (records) => listener(records);
      listeners.add(entry);
      if (listeners.size === 1) connect();
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        listeners.delete(entry);
        if (listeners.size === 0) disconnect();
      };
    },
  };
}

export interface WatchOptions extends Pick<SliceOptions, 'now' | 'queueTask' | 'sliceMs' | 'firstSliceMs' | 'minSteps' | 'onSlice'> {
  isVisible?(el: Element): boolean;
  /** Told when each check starts (npm run bench counts them against the page's batches). */
  onCheck?(): void;
}

export interface WaitOptions extends WatchOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/** A frame at 60 Hz: the least gap left after a check long enough to be sliced. */
const FRAME_MS = 16;

/**
 * Look for the target now and again after every page change until `onFound` is called once; returns
 * stop(). Checks are sliced (findTargetSliced) and coalesced, so a page that keeps changing cannot start
 * a storm of them: at most one check runs at a time; changes during it only ask for one more after it;
 * and after a check that needed more than one slice the page gets at least a frame (and as long as the
 * check took) before the next starts. A running check is finished rather than restarted by a newer
 * change: on a page that changes faster than a check takes, restarting would never finish one.
 * A cheap check (a normal portal page) runs at once, in the same task as the change that asked for it.
 */
export function watchForTarget(
  watcher: DomWatcher,
  root: ParentNode,
  strategies: readonly TargetStrategy[],
  onFound: (found: FindResult) => void,
  opts: WatchOptions = {},
): () => void {
  const win = watcher.doc.defaultView;
  const now = opts.now ?? ((): number => (win?.performance ?? performance).now());
  const abort = new AbortController();
  let stopped = false;
  let running = false;
  let wanted = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let gapUntil = 0;
  const findOpts: FindOptions & SliceOptions = {
    signal: abort.signal,
    now,
    ...(opts.isVisible ? { isVisible: opts.isVisible } : {}),
    ...(opts.queueTask ? { queueTask: opts.queueTask } : {}),
    ...(opts.sliceMs !== undefined ? { sliceMs: opts.sliceMs } : {}),
    ...(opts.minSteps !== undefined ? { minSteps: opts.minSteps } : {}),
  };
  // Only the first check's first slice: the later ones are the page changing, nobody waits on them.
  let firstSliceMs = opts.firstSliceMs;
  // The global timers, as the timeout in waitForTarget uses (and unit tests fake).
  const timers = globalThis;

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    abort.abort();
    unsubscribe();
    if (retryTimer !== undefined) timers.clearTimeout(retryTimer);
  };

  const check = (): void => {
    running = true;
    wanted = false;
    opts.onCheck?.();
    const started = now();
    let slices = 0;
    const counted = { ...findOpts, ...(firstSliceMs !== undefined ? { firstSliceMs } : {}), onSlice: (ms: number) => {
      slices++;
      opts.onSlice?.(ms);
    } };
    firstSliceMs = undefined;
    findTargetSliced(root, strategies, counted).then(
      (found) => {
        running = false;
        if (stopped) return;
        if (found) {
          stop();
          onFound(found);
          return;
        }
        const took = now() - started;
        gapUntil = slices > 1 ? now() + Math.max(FRAME_MS, took) : 0;
        if (wanted) request();
      },
      (err: unknown) => {
        running = false;
        // A broken page must not stop the watch; the next change asks again.
        if (typeof win?.reportError === 'function') win.reportError(err);
      },
    );
  };

  function request(): void {
    if (stopped) return;
    wanted = true;
    if (running || retryTimer !== undefined) return;
    const wait = gapUntil - now();
    if (wait <= 0) check();
    else
      retryTimer = timers.setTimeout(() => {
        retryTimer = undefined;
        if (wanted && !stopped && !running) check();
      }, wait);
  }

  const unsubscribe = watcher.subscribe(() => request());
  request();
  return stop;
}

/**
 * Resolve with the target as soon as it is found (now, or after a later DOM batch), or null on timeout
 * or abort. Never rejects; always unsubscribes and clears its timer. Checks as {@link watchForTarget}.
 */
export function waitForTarget(
  watcher: DomWatcher,
  root: ParentNode,
  strategies: readonly TargetStrategy[],
  opts: WaitOptions,
): Promise<FindResult | null> {
  if (opts.signal?.aborted) return Promise.resolve(null);
  return new Promise((resolve) => {
    let settled = false;
    let stopWatch = (): void => undefined;
    const finish = (result: FindResult | null): void => {
      if (settled) return;
      settled = true;
      stopWatch();
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void => finish(null);
    const timer = setTimeout(() => finish(null), Math.max(0, opts.timeoutMs));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    stopWatch = watchForTarget(watcher, root, strategies, finish, opts);
    if (settled) stopWatch();
  });
}
