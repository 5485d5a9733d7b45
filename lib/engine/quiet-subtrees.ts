/**
 * Leaving a busy hidden subtree out of the page observer (lib/engine/dom-watcher.ts).
 *
 * Changes inside a subtree hidden by markup (hidden, aria-hidden="true") never matter to a guide: the
 * watcher drops their records. But a document-wide observer still makes the browser create every record,
 * copy it into the extension's world and call us, for nothing: measured on a page that adds and removes
 * 1,000 nodes a second in an aria-hidden ticker, that is ~120 µs of main-thread CPU per batch (the page's
 * own batch takes ~360 µs), whatever our callback does.
 *
 * A MutationObserver cannot observe "all but one subtree", so once batches keep coming from inside one
 * hidden subtree R, the watcher observes around it instead ("split"):
 * - each ancestor of R (document, html, body, …): childList and attributes, not the subtree;
 * - every other child of those ancestors: the full options, with the subtree;
 * - R itself: its hiding attributes only, so R being shown is seen;
 * - a node added beside the path later: the full options, with the subtree.
 * Anything that touches the path (R shown or hidden again, an ancestor hidden or shown, a child removed
 * from an ancestor, which is how R or an ancestor is moved or replaced) ends the split: the watcher
 * observes the whole document again at once and announces that batch.
 *
 * What the split does not record is what happens strictly inside R while R is hidden, which the watcher
 * would have dropped anyway; R shown is a record on R, after which the listeners look at the page again.
 */
import { isHiddenByMarkup, isOverlayHost } from './accessible-name';

/** The attributes that hide a subtree by markup (as dom-watcher.ts and accessible-name.ts read them). */
const HIDING = ['hidden', 'aria-hidden'];
const HIDING_SET = new Set(HIDING);

/** Batches in a row from the same hidden subtree before it is left out. */
const FIRST_NEEDED = 3;
/**
 * After a split that ended within SHORT_SPLIT_MS, twice as many are needed, up to this. Each switch walks
 * the page once for shadow roots (both ways), as connecting does: a page that keeps touching the path
 * soon stays observed whole (48 batches is 2.4 s of a ticker changing 20 times a second).
 */
const MAX_NEEDED = 48;
const SHORT_SPLIT_MS = 5000;

const parentOf = (n: Node): Node | null => n.parentNode ?? (n as Node & { host?: Node }).host ?? null;

/**
 * The outermost element hidden by markup that holds every record's place (what changed; for a hiding
 * attribute, the element's parent, as the watcher judges it), when that element is in the document's own
 * tree (not in a shadow root) and no record is in our overlay. Otherwise null.
 */
export function quietRootOf(records: readonly MutationRecord[], doc: Document): Element | null {
  const rootOfPlace = new Map<Node, Element | null>();
  let found: Element | null = null;
  for (const r of records) {
    const place = r.type === 'attributes' && HIDING_SET.has(r.attributeName ?? '') ? parentOf(r.target) : r.target;
    if (!place) return null;
    let root = rootOfPlace.get(place);
    if (root === undefined) {
      root = null;
      for (let n: Node | null = place; n; n = parentOf(n)) {
        if (n.nodeType !== 1) continue;
        if (isOverlayHost(n as Element)) return null;
        if (isHiddenByMarkup(n as Element)) root = n as Element;
      }
      rootOfPlace.set(place, root);
    }
    if (!root || (found && root !== found)) return null;
    found = root;
  }
  return found && found.getRootNode() === doc ? found : null;
}

/**
 * When to leave a subtree out: told about each batch the watcher sees while observing the whole
 * document. Batches with nothing dropped neither count nor break the run; a batch whose dropped records
 * lie in another subtree (or in several) starts it again.
 */
export interface QuietTracker {
  /** `relevant` is what the watcher kept of `records`; returns the subtree to leave out, when it is time. */
  note(records: readonly MutationRecord[], relevant: readonly MutationRecord[]): Element | null;
  /** A split started. */
  started(): void;
  /** A split ended: a short one makes the next wait longer (a page that keeps touching the path). */
  ended(): void;
  /** Observing starts afresh (the watcher connected again). */
  reset(): void;
}

export function createQuietTracker(doc: Document, now: () => number): QuietTracker {
  let needed = FIRST_NEEDED;
  let candidate: Element | null = null;
  let streak = 0;
  let since = 0;
  return {
    note(records, relevant) {
      if (relevant.length >= records.length) return null;
      const kept = new Set(relevant);
      const root = quietRootOf(relevant.length === 0 ? records : records.filter((r) => !kept.has(r)), doc);
      if (root === null || root !== candidate) {
        candidate = root;
        streak = root ? 1 : 0;
      } else streak++;
      if (root === null || streak < needed) return null;
      candidate = null;
      streak = 0;
      return root;
    },
    started() {
      since = now();
    },
    ended() {
      needed = now() - since < SHORT_SPLIT_MS ? Math.min(needed * 2, MAX_NEEDED) : FIRST_NEEDED;
    },
    reset() {
      candidate = null;
      streak = 0;
    },
  };
}

/**
 * The ancestors of `root`, its parent first, up to the document; null when it cannot be observed around:
 * not in the document's own tree, or an ancestor has an open shadow root (its light children are not
 * what shows, and the watcher observes shadow roots only in the subtrees it observes in full).
 */
export function pathTo(root: Element, doc: Document): Node[] | null {
  if (!root.isConnected || root.getRootNode() !== doc) return null;
  const path: Node[] = [];
  for (let n = root.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 1 && ((n as Element).shadowRoot || isOverlayHost(n as Element))) return null;
    path.push(n);
  }
  return path[path.length - 1] === doc ? path : null;
}

export interface Split {
  /** The subtree left out. */
  readonly root: Element;
  /** The nodes observed in full (their subtrees' shadow roots are the watcher's to observe). */
  readonly observed: readonly Node[];
  /**
   * A batch seen while split: false when it touches the path (the watcher then observes the whole
   * document again); nodes added to an ancestor are observed in full.
   */
  follow(records: readonly MutationRecord[]): boolean;
}

/**
 * Observes around `root` with `observer`, which must observe nothing yet (just disconnected). `path`
 * from {@link pathTo}; `full` are the watcher's options for a whole subtree.
 */
export function observeAround(observer: MutationObserver, root: Element, path: readonly Node[], full: MutationObserverInit): Split {
  const onPath = new Set<Node>(path);
  const flat: MutationObserverInit = {
    childList: true,
    attributes: true,
    ...(full.attributeFilter ? { attributeFilter: full.attributeFilter } : {}),
  };
  const observed: Node[] = [];
  let next: Node = root;
  for (const ancestor of path) {
    observer.observe(ancestor, flat);
    for (let c = ancestor.firstChild; c; c = c.nextSibling) {
      if (c === next) continue;
      observer.observe(c, full);
      observed.push(c);
    }
    next = ancestor;
  }
  observer.observe(root, { attributes: true, attributeFilter: HIDING });
  return {
    root,
    observed,
    follow(records) {
      for (const r of records) {
        const t = r.target;
        if (t === root) return false;
        if (!onPath.has(t)) continue;
        if (r.type === 'attributes') {
          if (HIDING_SET.has(r.attributeName ?? '')) return false;
        } else if (r.type === 'childList') {
          // A removed child may be the path itself; any other keeps its own registration while detached,
          // which a whole-document observer would not report.
          if (r.removedNodes.length > 0) return false;
          r.addedNodes.forEach((n) => observer.observe(n, full));
        }
      }
      return true;
    },
  };
}
