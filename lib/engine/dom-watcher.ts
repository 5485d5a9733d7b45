/**
 * One MutationObserver per document, shared by everything that reacts to the page changing (target
 * lookup, done conditions, route detection). Observing only while someone listens keeps the overlay
 * free when no guide runs; one observer instead of one per feature keeps the portal's React re-renders
 * cheap to watch.
 */
import type { TargetStrategy } from '../guide/schema';
import { findTarget, type FindResult } from './targets';
import { isOverlayHost } from './accessible-name';

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
const ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'disabled', 'value'];

function observeOptions(): MutationObserverInit {
  return { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES, characterData: true };
}

function insideOverlay(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as Node & { host?: Node }).host ?? null) {
    if (n.nodeType === 1 && isOverlayHost(n as Element)) return true;
  }
  return false;
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

  function onBatch(records: MutationRecord[]): void {
    const relevant = records.filter((r) => !insideOverlay(r.target));
    if (relevant.length === 0) return;
    for (const r of relevant) r.addedNodes.forEach((n) => observeShadowRootsIn(n));
    for (const listener of Array.from(listeners)) {
      try {
        listener(relevant);
      } catch (err) {
        // One broken listener must not stop the others from seeing the page change.
        if (typeof win?.reportError === 'function') win.reportError(err);
        else console.error(err);
      }
    }
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

  function connect(): void {
    const MO = win?.MutationObserver;
    if (!MO) return;
    observer = new MO(doc.documentElement?.hasAttribute('data-dvc-bench') ? timedBatch : onBatch);
    observedRoots = new WeakSet();
    observer.observe(doc, observeOptions());
    observeShadowRootsIn(doc);
  }

  function disconnect(): void {
    observer?.disconnect();
    observer = null;
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

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  isVisible?(el: Element): boolean;
}

/**
 * Resolve with the target as soon as it is found (now, or after a later DOM batch), or null on timeout
 * or abort. Never rejects; always unsubscribes and clears its timer.
 */
export function waitForTarget(
  watcher: DomWatcher,
  root: ParentNode,
  strategies: readonly TargetStrategy[],
  opts: WaitOptions,
): Promise<FindResult | null> {
  const findOpts = opts.isVisible ? { isVisible: opts.isVisible } : {};
  const now = findTarget(root, strategies, findOpts);
  if (now || opts.signal?.aborted) return Promise.resolve(now);

  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: FindResult | null): void => {
      if (settled) return;
      settled = true;
      unsubscribe();
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void => finish(null);
    const unsubscribe = watcher.subscribe(() => {
      const found = findTarget(root, strategies, findOpts);
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(null), Math.max(0, opts.timeoutMs));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
