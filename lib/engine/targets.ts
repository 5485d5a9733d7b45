/**
 * Finding the page element a step points at, from the guide's ordered strategies.
 *
 * Strategies are tried in order; within one, the first visible match wins. Text and label matches are
 * ranked before visibility is checked: a whole-name match beats a partial one, and (without a role) a
 * control beats a plain container, because steps point at things to click or fill and the portal repeats
 * its button texts in headings and help text. Everything works on the root it is given (a Document,
 * a ShadowRoot or an element), looks into open shadow roots, and never sees our own overlay.
 */
import type { TargetStrategy } from '../guide/schema';
import {
  createContentIndex,
  getAccessibleName,
  getRole,
  isInteractive,
  isLabelable,
  labelTexts,
  mayHaveNonContentName,
  isOverlayHost,
  OVERLAY_TAG,
  type ContentIndex,
} from './accessible-name';
import { runSliced, runToEnd, type SliceOptions } from './slices';
import { normalizeText } from './text';
import type { Lang } from '../i18n/lang';


export interface FindOptions {
  /** Which elements count as visible; defaults to {@link isElementVisible}. Tests inject their own. */
  isVisible?(el: Element): boolean;
  /** What this check already read of the page (used when its root is the one searched). */
  scope?: SearchScope;
}

/**
 * What one check reads of the page: its elements and their texts, gathered once and shared by every
 * strategy and condition of that check. A check that asks about several steps (lib/engine/position.ts)
 * read and indexed the whole page once per question before, which on a page that keeps changing was
 * most of the overlay's time. Valid while the page does not change: one synchronous check, or one
 * sliced search (which is checked visible, so connected, at the end).
 */
export interface SearchScope {
  readonly root: ParentNode;
  readonly content: ContentIndex;
  /** The elements under root ({@link elementsIn}), read on first use. */
  elements(): Generator<void, readonly Element[]>;
  /** Index the whole page's text, outermost first, so every lookup afterwards only reads. */
  indexText(): Generator<void, void>;
}

export function createSearchScope(root: ParentNode): SearchScope {
  const content = createContentIndex();
  let all: Element[] | null = null;
  let indexed = false;
  function* elements(): Generator<void, readonly Element[]> {
    if (!all) {
      const out: Element[] = [];
      yield* collect(root, out);
      all = out;
    }
    return all;
  }
  return {
    root,
    content,
    elements,
    *indexText() {
      if (indexed) return;
      const els = yield* elements();
      for (let i = 0; i < els.length; i++) {
        const el = els[i] as Element;
        if (!content.has(el)) yield* content.prepare(el);
        if (i % ELEMENTS_PER_STEP === 0) yield;
      }
      indexed = true;
    },
  };
}

const scopeFor = (root: ParentNode, opts: FindOptions): SearchScope => (opts.scope?.root === root ? opts.scope : createSearchScope(root));

export interface FindResult {
  element: Element;
  /** Index of the strategy that matched, so the UI can tell a fallback was used. */
  index: number;
  strategy: TargetStrategy;
}

export { OVERLAY_TAG };

/**
 * Elements under `root` in document order, descending into open shadow roots (a host's shadow content
 * right after the host), skipping the overlay. A TreeWalker without a filter, one element at a time: a
 * filter is a call into script per element, and querySelectorAll('*') reads a 5,000-row page's 45,000
 * elements in one go that cannot be paused (the longest task of a sliced search).
 */
export function* elementsIn(root: ParentNode): Generator<Element> {
  const node = root as Node;
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 0x1);
  let n = walker.nextNode();
  while (n) {
    const el = n as Element;
    if (isOverlayHost(el)) {
      n = nextOutside(walker);
      continue;
    }
    yield el;
    if (el.shadowRoot) yield* elementsIn(el.shadowRoot);
    n = walker.nextNode();
  }
}

/** The walker's next node after the current one's subtree (null past the root's last one). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Parent across shadow boundaries (a shadow root's child → its host). */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode as (Node & { host?: Element }) | null;
  return parent && parent.nodeType === 11 && parent.host ? parent.host : null;
}

function composedDepth(el: Element): number {
  let d = 0;
  for (let n = composedParent(el); n; n = composedParent(n)) d++;
  return d;
}

function hasLayout(doc: Document): boolean {
  const r = doc.documentElement.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/**
 * Default visibility: connected; no `hidden`, `aria-hidden="true"` or `inert` on it or an ancestor (across
 * shadow boundaries); not display:none / visibility:hidden; and a non-empty box when the page has layout.
 * Environments without layout (happy-dom) report every box as empty, so there size is not checked.
 */
export function isElementVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  for (let n: Element | null = el; n; n = composedParent(n)) {
    if (n.hasAttribute('hidden') || n.hasAttribute('inert') || n.getAttribute('aria-hidden') === 'true') return false;
  }
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
  } else {
    const win = el.ownerDocument.defaultView;
    if (win) {
      for (let n: Element | null = el; n; n = composedParent(n)) {
        if (win.getComputedStyle(n).display === 'none') return false;
      }
      const v = win.getComputedStyle(el).visibility;
      if (v === 'hidden' || v === 'collapse') return false;
    }
  }
  const r = el.getBoundingClientRect();
  if (r.width > 0 || r.height > 0) return true;
  return !hasLayout(el.ownerDocument);
}

/** Find the element for the first strategy that has a visible match. Never throws on bad strategies. */
export function findTarget(
  root: ParentNode,
  strategies: readonly TargetStrategy[],
  opts: FindOptions = {},
): FindResult | null {
  return runToEnd(findSteps(root, strategies, opts));
}

/**
 * The same search as {@link findTarget}, in slices of a few milliseconds (lib/engine/slices.ts): on a
 * 5,000-row page the portal keeps answering while we look. The page may change between slices; the
 * result is checked visible (so connected) at the end like any other, and a caller that watches the page
 * looks again after the change.
 */
export function findTargetSliced(
  root: ParentNode,
  strategies: readonly TargetStrategy[],
  opts: FindOptions & SliceOptions = {},
): Promise<FindResult | null> {
  const node = root as Node;
  const win = (node.ownerDocument ?? (node as Document)).defaultView;
  return runSliced(findSteps(root, strategies, opts), win, opts);
}

/** Elements handled between two chances to pause. */
const ELEMENTS_PER_STEP = 64;

function* findSteps(root: ParentNode, strategies: readonly TargetStrategy[], opts: FindOptions): Generator<void, FindResult | null> {
  const isVisible = opts.isVisible ?? isElementVisible;
  const scope = scopeFor(root, opts);
  const content = scope.content;
  for (let index = 0; index < strategies.length; index++) {
    const strategy = strategies[index];
    if (!strategy) continue;
    const all = yield* scope.elements();
    // The whole page's text in one index, built in steps; the lookups below then only read it. With a
    // role, only the few controls of that role are looked at, each indexed as it is read: indexing the
    // whole page first was most of a first search on a portal page, for a name in one button.
    if ((strategy.text !== undefined && strategy.role === undefined) || strategy.near !== undefined) yield* scope.indexText();
    const candidates = yield* candidatesFor(all, strategy, content);
    const element = firstVisible(candidates, strategy, isVisible, content);
    if (element) return { element, index, strategy };
  }
  return null;
}

/** {@link elementsIn} into `out`, pausing every so often. */
function* collect(root: ParentNode, out: Element[]): Generator<void, void> {
  let n = 0;
  for (const el of elementsIn(root)) {
    out.push(el);
    if (++n % (ELEMENTS_PER_STEP * 4) === 0) yield;
  }
}

/**
 * The innermost visible element whose shown text contains `text` (for "text appeared" conditions): text in
 * hidden templates or closed dialogs does not count.
 */
export function findVisibleText(root: ParentNode, text: string, opts: FindOptions = {}): Element | null {
  const isVisible = opts.isVisible ?? isElementVisible;
  const needle = normalizeText(text);
  if (!needle) return null;
  const scope = scopeFor(root, opts);
  return runToEnd(
    (function* () {
      const all = yield* scope.elements();
      yield* scope.indexText();
      return yield* innermost(all.filter((el) => scope.content.includes(el, needle)));
    })(),
  ).find(isVisible) ?? null;
}

/**
 * The elements of `els` that contain no other element of `els`. Linear: each element marks its ancestors,
 * stopping at one already climbed (a pairwise check took seconds on a 1,000-card list).
 */
function* innermost(els: readonly Element[]): Generator<void, Element[]> {
  const members = new Set(els);
  const climbed = new Set<Element>();
  const hasInner = new Set<Element>();
  let n = 0;
  for (const el of els) {
    if (++n % ELEMENTS_PER_STEP === 0) yield;
    for (let a = composedParent(el); a && !climbed.has(a); a = composedParent(a)) {
      climbed.add(a);
      if (members.has(a)) hasInner.add(a);
    }
  }
  return els.filter((el) => !hasInner.has(el));
}

/** Matching elements in preference order (before the visibility check). */
function* candidatesFor(all: readonly Element[], s: TargetStrategy, index: ContentIndex): Generator<void, Element[]> {
  const hasLocator = s.css ?? s.text ?? s.label ?? s.name ?? s.testId ?? s.formControl ?? s.id;
  if (hasLocator === undefined) return [];
  if (s.css !== undefined && !isValidSelector(all[0]?.ownerDocument, s.css)) return [];

  const needle = s.text !== undefined ? normalizeText(s.text) : null;
  if (needle === '') return [];
  // The matches and their tiers as two parallel arrays (no object per match: a 5,000-row page has
  // 15,000 of them, all alive until the search ends).
  const matched: Element[] = [];
  const tiers: number[] = [];
  let n = 0;
  for (const el of all) {
    if (++n % ELEMENTS_PER_STEP === 0) yield;
    if (!matchesAttributes(el, s)) continue;
    let tier = 0;
    if (s.text !== undefined) {
      const t = needle !== null ? textTier(el, needle, s.role, s.exact === true, index) : null;
      if (t === null) continue;
      tier += t;
    } else if (s.role !== undefined && !roleMatches(el, s.role)) {
      continue;
    }
    if (s.label !== undefined) {
      const t = labelTier(el, s.label, s.exact === true, index);
      if (t === null) continue;
      tier += t;
    }
    matched.push(el);
    tiers.push(tier);
  }
  const keep = s.text !== undefined ? yield* mostSpecific(matched) : null;
  // By tier, document order within one (what a stable sort by tier gives), a few tiers at most.
  let maxTier = 0;
  for (const t of tiers) if (t > maxTier) maxTier = t;
  const ordered: Element[] = [];
  for (let tier = 0; tier <= maxTier; tier++) {
    for (let i = 0; i < matched.length; i++) {
      if (++n % (ELEMENTS_PER_STEP * 4) === 0) yield;
      if (tiers[i] === tier && (keep === null || keep[i] === 1)) ordered.push(matched[i] as Element);
    }
  }
  return s.near !== undefined ? yield* withinNear(all, ordered, s.near, index) : ordered;
}

function isValidSelector(doc: Document | undefined, css: string): boolean {
  if (!doc) return false;
  try {
    doc.createDocumentFragment().querySelector(css);
    return true;
  } catch {
    return false;
  }
}

function matchesAttributes(el: Element, s: TargetStrategy): boolean {
  if (s.id !== undefined && el.getAttribute('id') !== s.id) return false;
  if (s.name !== undefined && el.getAttribute('name') !== s.name) return false;
  if (s.testId !== undefined && el.getAttribute('data-e2e') !== s.testId) return false;
  if (s.formControl !== undefined && el.getAttribute('formcontrolname') !== s.formControl) return false;
  if (s.css !== undefined) {
    try {
      if (!el.matches(s.css)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function roleMatches(el: Element, wanted: string): boolean {
  const role = getRole(el);
  // A search box is a text box to the person reading the guide.
  return role === wanted || (wanted === 'textbox' && role === 'searchbox');
}

/**
 * 0 = whole name equal, 2 = contains; +1 when no role was asked and the element is not a control. The
 * exact text shown beats a longer text that merely contains it, whatever the element.
 */
function textTier(el: Element, needle: string, role: string | undefined, exact: boolean, index: ContentIndex): number | null {
  if (role !== undefined && !roleMatches(el, role)) return null;
  let tier: number;
  if (mayHaveNonContentName(el)) {
    const name = normalizeText(getAccessibleName(el, index));
    if (name === needle) tier = 0;
    else if (!exact && name.includes(needle)) tier = 2;
    else return null;
  } else if (index.equals(el, needle)) {
    tier = 0;
  } else if (!exact && index.includes(el, needle)) {
    tier = 2;
  } else {
    return null;
  }
  return role === undefined && !isInteractive(el) ? tier + 1 : tier;
}

/**
 * Drop containers of other matches: wrapper divs around a button all "contain" its text. A control keeps
 * its place over the spans inside it (the button, not its label span, is what gets clicked). Returns 1
 * for each match kept, 0 for each dropped.
 */
function* mostSpecific(matched: readonly Element[]): Generator<void, Uint8Array> {
  // A match goes when it contains a control match, or when it is not a control and contains any match.
  // Linear: each match marks its ancestors once per kind (any / control), stopping where a climb already
  // went. Whether each match is a control is read once (a role per element read twice was most of the
  // last, unpaused step on 5,000 rows).
  const members = new Set(matched);
  const climbedAny = new Set<Element>();
  const climbedControl = new Set<Element>();
  const containsAny = new Set<Element>();
  const containsControl = new Set<Element>();
  const controls = new Uint8Array(matched.length);
  for (let i = 0; i < matched.length; i++) {
    if ((i + 1) % ELEMENTS_PER_STEP === 0) yield;
    const el = matched[i] as Element;
    const control = isInteractive(el);
    if (control) controls[i] = 1;
    const climbed = control ? climbedControl : climbedAny;
    for (let a = composedParent(el); a && !climbed.has(a); a = composedParent(a)) {
      climbed.add(a);
      if (control) climbedAny.add(a);
      if (!members.has(a)) continue;
      containsAny.add(a);
      if (control) containsControl.add(a);
    }
  }
  const keep = new Uint8Array(matched.length);
  for (let i = 0; i < matched.length; i++) {
    if ((i + 1) % (ELEMENTS_PER_STEP * 4) === 0) yield;
    const el = matched[i] as Element;
    if (!containsControl.has(el) && (controls[i] === 1 || !containsAny.has(el))) keep[i] = 1;
  }
  return keep;
}

function isFormControl(el: Element): boolean {
  if (isLabelable(el)) return el.tagName.toUpperCase() !== 'BUTTON' && el.tagName.toUpperCase() !== 'OUTPUT';
  const role = getRole(el);
  return (
    (role !== null && ['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton', 'slider', 'checkbox', 'radio', 'switch'].includes(role)) ||
    el.getAttribute('contenteditable') === 'true'
  );
}

/** Labels of a control: referenced, aria-label, <label>, placeholder, title. Equal beats contains. */
function labelTier(el: Element, label: string, exact: boolean, index: ContentIndex): number | null {
  if (!isFormControl(el)) return null;
  const needle = normalizeText(label);
  if (!needle) return null;
  const texts = [
    getAccessibleName(el, index),
    ...labelTexts(el, index),
    el.getAttribute('placeholder') ?? '',
    el.getAttribute('title') ?? '',
  ].map(normalizeText);
  if (texts.some((t) => t === needle)) return 0;
  if (!exact && texts.some((t) => t.includes(needle))) return 1;
  return null;
}

/** The visible <label> elements of a control. */
function labelElements(el: Element): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  const id = el.getAttribute('id');
  const out: Element[] = [];
  if (id && 'querySelectorAll' in root) {
    for (const l of Array.from(root.querySelectorAll('label'))) if (l.getAttribute('for') === id) out.push(l);
  }
  const wrapping = el.closest('label');
  if (wrapping) out.push(wrapping);
  return out;
}

function firstVisible(
  candidates: readonly Element[],
  s: TargetStrategy,
  isVisible: (el: Element) => boolean,
  index: ContentIndex,
): Element | null {
  for (const el of candidates) {
    if (isVisible(el)) return el;
  }
  if (s.label === undefined) return null;
  // Styled checkboxes and radios hide the real input; the label is what the person sees and clicks.
  for (const el of candidates) {
    const label = labelElements(el).find((l) => isVisible(l) && index.raw(l) !== '');
    if (label) return label;
  }
  return null;
}

/**
 * Keep candidates inside the tightest container of each `near` anchor (the innermost element showing the
 * near text, grown until it holds a candidate). Climbing from the anchor, not from the candidate, is what
 * separates sibling cards: from a "Sở" card's button, the first ancestor mentioning "UBND" is the list
 * holding both cards.
 */
function* withinNear(all: readonly Element[], candidates: readonly Element[], near: string, index: ContentIndex): Generator<void, Element[]> {
  const needle = normalizeText(near);
  if (!needle || candidates.length === 0) return [];
  const showing: Element[] = [];
  let n = 0;
  for (const el of all) {
    if (++n % ELEMENTS_PER_STEP === 0) yield;
    if (index.includes(el, needle)) showing.push(el);
  }
  const anchors = yield* innermost(showing);
  // Every element holding a candidate (the candidates and their ancestors), marked once.
  const holders = new Set<Element>();
  for (const cand of candidates) {
    if (++n % ELEMENTS_PER_STEP === 0) yield;
    for (let a: Element | null = cand; a && !holders.has(a); a = composedParent(a)) holders.add(a);
  }
  const containers = new Set<Element>();
  for (const anchor of anchors) {
    for (let c: Element | null = anchor; c; c = composedParent(c)) {
      if (holders.has(c)) {
        containers.add(c);
        break;
      }
    }
  }
  // A container holding a tighter one came from a passing mention ("do UBND cấp xã thực hiện" above the
  // cards), not from the card itself: drop it, or a hidden button would fall back to the wrong card.
  const tightestFirst = (yield* innermost(Array.from(containers))).sort((a, b) => composedDepth(b) - composedDepth(a));
  const rank = new Map(tightestFirst.map((c, i) => [c, i]));
  // Each candidate under the tightest kept container holding it; in container order, then candidate order.
  const placed: Array<{ cand: Element; at: number; i: number }> = [];
  for (let i = 0; i < candidates.length; i++) {
    if ((i + 1) % ELEMENTS_PER_STEP === 0) yield;
    const cand = candidates[i] as Element;
    let best: number | undefined;
    for (let a: Element | null = cand; a; a = composedParent(a)) {
      const r = rank.get(a);
      if (r !== undefined && (best === undefined || r < best)) best = r;
    }
    if (best !== undefined) placed.push({ cand, at: best, i });
  }
  return placed.sort((a, b) => a.at - b.at || a.i - b.i).map((p) => p.cand);
}

const ROLE_WORDS: Record<string, { vi: string; en: string }> = {
  button: { vi: 'nút', en: 'button' },
  link: { vi: 'liên kết', en: 'link' },
  tab: { vi: 'thẻ', en: 'tab' },
  option: { vi: 'lựa chọn', en: 'option' },
  checkbox: { vi: 'ô đánh dấu', en: 'checkbox' },
  radio: { vi: 'lựa chọn', en: 'radio button' },
  textbox: { vi: 'ô nhập', en: 'field' },
  searchbox: { vi: 'ô tìm kiếm', en: 'search box' },
  combobox: { vi: 'ô chọn', en: 'drop-down' },
  heading: { vi: 'tiêu đề', en: 'heading' },
  menuitem: { vi: 'mục', en: 'menu item' },
};

/** Short human text for a not-found message: `nút “Nộp hồ sơ”` / `button “Nộp hồ sơ”` (the house quotes, issue 13). */
export function describeStrategy(s: TargetStrategy, lang: Lang = 'vi'): string {
  let base: string;
  if (s.text !== undefined) {
    const word = s.role !== undefined ? ROLE_WORDS[s.role]?.[lang] : undefined;
    base = word ? `${word} “${s.text}”` : `“${s.text}”`;
  } else if (s.label !== undefined) {
    base = lang === 'vi' ? `ô “${s.label}”` : `field “${s.label}”`;
  } else {
    // Selectors and attribute names mean nothing to a resident; say what it is, not how it is found.
    base = lang === 'vi' ? 'phần tử cần chỉ' : 'the element to point at';
  }
  if (s.near === undefined) return base;
  return lang === 'vi' ? `${base} (gần “${s.near}”)` : `${base} (near “${s.near}”)`;
}

/** The most human description among a step's strategies (text or label first, else the first one). */
export function describeTarget(strategies: readonly TargetStrategy[], lang: Lang = 'vi'): string {
  const human = strategies.find((s) => s.text !== undefined || s.label !== undefined) ?? strategies[0];
  return human ? describeStrategy(human, lang) : describeStrategy({}, lang);
}
