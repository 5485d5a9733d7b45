/**
 * A small, practical accessible-name and role computation: enough to find "the button named Nộp hồ sơ"
 * on the portal the way a person (or a screen reader) would describe it, without the full ARIA
 * name-computation spec. Returns raw text (whitespace collapsed); callers normalise for matching.
 */
import { chunkedText, occurrencesIn, sliceText, type ChunkedText } from './chunked-text';
import { createTextWriter } from './text';

/** Our own UI: never part of the page's text (it repeats the page's words in its step cards). */
export const OVERLAY_TAG = 'dvc-guide-overlay';
/** Marks the overlay's host when a page took the tag name for itself (lib/overlay/overlay-host.ts). */
export const OVERLAY_MARK = 'data-dvc-guide-overlay';

export function isOverlayHost(el: Element): boolean {
  return el.localName === OVERLAY_TAG || el.hasAttribute(OVERLAY_MARK);
}

const SKIP_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// Block-level boxes separate words even without whitespace in the markup ("<div>Tỉnh</div><div>Xã</div>").
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const BUTTON_INPUT_TYPES = new Set(['button', 'submit', 'reset', 'image']);
const TEXTBOX_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'url', 'password', 'date', 'datetime-local', 'month', 'time', 'week']);
/** Roles whose name comes from a label, never from their own content. */
const LABELLED_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton', 'slider']);

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function tag(el: Element): string {
  return el.tagName.toUpperCase();
}

function inputType(el: Element): string {
  return (el.getAttribute('type') ?? '').trim().toLowerCase();
}

/** The implicit or explicit ARIA role, or null for elements without a meaningful one (div, span...). */
export function getRole(el: Element): string | null {
  // Read per element of a long page: split only when there is a role attribute (an array per element
  // otherwise, garbage the collector pays for between slices).
  const attr = el.getAttribute('role');
  if (attr !== null) {
    const explicit = attr.trim().toLowerCase().split(/\s+/)[0];
    if (explicit) return explicit;
  }
  switch (tag(el)) {
    case 'BUTTON':
    case 'SUMMARY':
      return 'button';
    case 'A':
    case 'AREA':
      return el.hasAttribute('href') ? 'link' : null;
    case 'INPUT':
      return inputRole(el);
    case 'SELECT': {
      const size = Number(el.getAttribute('size') ?? '0');
      return el.hasAttribute('multiple') || size > 1 ? 'listbox' : 'combobox';
    }
    case 'TEXTAREA':
      return 'textbox';
    case 'OPTION':
      return 'option';
    case 'LI':
      // The portal's dropdowns are plain <li> inside ul[role=listbox]: they act as options.
      return el.parentElement?.getAttribute('role') === 'listbox' ? 'option' : 'listitem';
    case 'UL':
    case 'OL':
      return 'list';
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return 'heading';
    case 'IMG':
      return el.getAttribute('alt') === '' ? 'presentation' : 'img';
    case 'DIALOG':
      return 'dialog';
    case 'NAV':
      return 'navigation';
    case 'MAIN':
      return 'main';
    case 'TABLE':
      return 'table';
    default:
      return null;
  }
}

function inputRole(el: Element): string | null {
  const type = inputType(el);
  if (type === 'hidden') return null;
  if (BUTTON_INPUT_TYPES.has(type)) return 'button';
  if (type === 'checkbox') return 'checkbox';
  if (type === 'radio') return 'radio';
  if (type === 'range') return 'slider';
  if (type === 'number') return 'spinbutton';
  if (el.hasAttribute('list')) return 'combobox';
  if (type === 'search') return 'searchbox';
  if (TEXTBOX_INPUT_TYPES.has(type)) return 'textbox';
  return null;
}

/** Native form controls whose name comes from <label>. */
export function isLabelable(el: Element): boolean {
  const t = tag(el);
  if (t === 'INPUT') return inputType(el) !== 'hidden';
  return t === 'SELECT' || t === 'TEXTAREA' || t === 'BUTTON' || t === 'METER' || t === 'PROGRESS' || t === 'OUTPUT';
}

/** Elements a person acts on; preferred over plain containers when a text match has no role. */
export function isInteractive(el: Element): boolean {
  const role = getRole(el);
  if (role !== null && INTERACTIVE_ROLES.has(role)) return true;
  const t = tag(el);
  return t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA';
}

const INTERACTIVE_ROLES = new Set([
  'button', 'link', 'tab', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'checkbox', 'radio',
  'switch', 'textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'treeitem',
]);

function rootOf(el: Element): Document | ShadowRoot | null {
  const root = el.getRootNode();
  // Document and ShadowRoot both have getElementById; a detached subtree's root is an Element.
  return 'getElementById' in root ? (root as Document | ShadowRoot) : null;
}

function labelledByText(el: Element, index: ContentIndex): string | null {
  const ids = (el.getAttribute('aria-labelledby') ?? '').trim();
  if (!ids) return null;
  const root = rootOf(el);
  if (!root) return null;
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const ref = root.getElementById(id);
    // A referenced element counts even when hidden (that is how off-screen labels work), but
    // references do not chain: use its aria-label or its content.
    if (ref) parts.push(collapse(ref.getAttribute('aria-label') ?? '') || index.raw(ref));
  }
  const text = collapse(parts.join(' '));
  return text || null;
}

/** Texts of <label for=id> and the wrapping <label>, excluding the control itself. */
export function labelTexts(el: Element, index: ContentIndex = createContentIndex()): string[] {
  if (!isLabelable(el)) return [];
  const out: string[] = [];
  const id = el.getAttribute('id');
  const root = rootOf(el);
  if (id && root) {
    for (const label of Array.from(root.querySelectorAll('label'))) {
      if (label.getAttribute('for') === id) out.push(contentText(label, index, el));
    }
  }
  const wrapping = el.closest('label');
  if (wrapping && (!wrapping.hasAttribute('for') || wrapping.getAttribute('for') === id)) {
    out.push(contentText(wrapping, index, el));
  }
  return out.filter((t) => t !== '');
}

/**
 * Whether the name may come from something other than the element's own content (attributes, labels).
 * When false, the name is exactly the content text, which a search can read from its ContentIndex.
 */
export function mayHaveNonContentName(el: Element): boolean {
  for (const attr of ['aria-labelledby', 'aria-label', 'title', 'alt', 'placeholder', 'aria-placeholder']) {
    if (el.hasAttribute(attr)) return true;
  }
  const t = tag(el);
  if (isLabelable(el) || t === 'IMG' || t === 'AREA') return true;
  const role = getRole(el);
  return role !== null && LABELLED_ROLES.has(role);
}

/** The accessible name, whitespace collapsed, or '' when there is none. */
export function getAccessibleName(el: Element, index: ContentIndex = createContentIndex()): string {
  const byRef = labelledByText(el, index);
  if (byRef) return byRef;
  const ariaLabel = collapse(el.getAttribute('aria-label') ?? '');
  if (ariaLabel) return ariaLabel;

  const t = tag(el);
  if (t === 'INPUT' && BUTTON_INPUT_TYPES.has(inputType(el))) {
    const v = collapse(inputType(el) === 'image' ? (el.getAttribute('alt') ?? '') : valueOf(el));
    return v || collapse(el.getAttribute('title') ?? '');
  }
  const labels = labelTexts(el, index);
  if (labels.length > 0) return collapse(labels.join(' '));
  if (t === 'IMG' || t === 'AREA') {
    const alt = collapse(el.getAttribute('alt') ?? '');
    if (alt) return alt;
  }

  const role = getRole(el);
  const fromLabelOnly = t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT' || (role !== null && LABELLED_ROLES.has(role));
  if (!fromLabelOnly) {
    const content = index.raw(el);
    if (content) return content;
  }
  const title = collapse(el.getAttribute('title') ?? '');
  if (title) return title;
  if (fromLabelOnly) return collapse(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '');
  return '';
}

function valueOf(el: Element): string {
  const v = (el as Element & { value?: unknown }).value;
  return typeof v === 'string' ? v : (el.getAttribute('value') ?? '');
}

/** Hidden by attributes: left out of the parent's content text. */
export function isHiddenByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The text an element shows: its text nodes, children's names where they have one (icon buttons with
 * aria-label, images with alt), open shadow roots and their slotted content; hidden-by-markup subtrees
 * and `except` (the control inside its own label) left out.
 */
export function contentText(el: Element, index: ContentIndex = createContentIndex(), except?: Element): string {
  return except ? createContentIndex(except).raw(el) : index.raw(el);
}

/**
 * Every element's content text, computed in one pass per subtree: each element is a [start, end) range
 * of one shared buffer, raw and normalised. Building per-element strings instead costs text × depth,
 * which on a real portal page is hundreds of milliseconds per lookup, and lookups run on every DOM batch.
 */
export interface ContentIndex {
  /** Content as shown, whitespace collapsed. */
  raw(el: Element): string;
  /** Content normalised for matching (see normalizeText). */
  normalised(el: Element): string;
  /** Whether the normalised content contains `needle` (already normalised, non-empty). */
  includes(el: Element, needle: string): boolean;
  /** Whether the normalised content equals `needle` (already normalised). */
  equals(el: Element, needle: string): boolean;
  /**
   * Index `el`'s subtree now (no-op when already indexed), pausing at each `yield` so a long page can be
   * indexed across several short tasks (lib/engine/slices.ts). Lookups index lazily without it.
   */
  prepare(el: Element): Generator<void, void>;
  /**
   * Whether a finished build covers `el`: a whole-page pass asks this first, since calling {@link prepare}
   * allocates a generator, and 45,000 of them per search were a large part of its garbage.
   */
  has(el: Element): boolean;
}

interface Buffer {
  raw: ChunkedText;
  norm: ChunkedText;
  /** Sorted start offsets of each needle in `norm`, computed on first use. */
  occurrences: Map<string, number[]>;
}

/**
 * Work left in a build, as a stack (an explicit one so the build can pause between items), kept as two
 * parallel arrays so a long page does not allocate an object per node: a node to read, an element whose
 * subtree starts, the end of an element (its range closes), the end of a child (with or without a block
 * boundary after it).
 */
const NODE = 0;
const ELEMENT = 1;
const END_ENTRY = 2;
const END_BLOCK = 3;
const END_INLINE = 4;

/** Items between pauses: a few hundred microseconds of work. */
const ITEMS_PER_STEP = 32;

export function createContentIndex(except?: Element): ContentIndex {
  // Each indexed element has a slot: its four offsets in `offsets` and the build that gave it the slot in
  // `owners`, both typed arrays (their contents live outside the garbage-collected heap: on a 5,000-row
  // page, 45,000 elements' numbers in plain arrays were copied by every scavenge during a search, the
  // longest pauses of its slices). A slot is complete when its build finished: `buffers[owner]`.
  const slots = new Map<Element, number>();
  let offsets = new Int32Array(4 * 256);
  let owners = new Int32Array(256);
  let used = 0;
  // By build id (0 unused): the buffer of each finished build.
  const buffers: Array<Buffer | undefined> = [undefined];
  let builds = 0;

  const complete = (slot: number | undefined): slot is number => slot !== undefined && buffers[owners[slot] as number] !== undefined;

  function openSlot(owner: number, rawStart: number, normStart: number): number {
    if (used === owners.length) {
      const o = new Int32Array(owners.length * 2);
      o.set(owners);
      owners = o;
      const off = new Int32Array(offsets.length * 2);
      off.set(offsets);
      offsets = off;
    }
    owners[used] = owner;
    offsets[used * 4] = rawStart;
    offsets[used * 4 + 2] = normStart;
    return used++;
  }

  /** The element's slot, indexing it now when no finished build covers it. */
  function slotOf(el: Element): number {
    const slot = slots.get(el);
    if (complete(slot)) return slot;
    // Not inside any indexed subtree (the first element asked for, an aria-labelled subtree, hidden
    // content, unslotted light children): it starts a buffer of its own.
    for (const _ of build(el)) {
      // Synchronous: run every step at once.
    }
    return slots.get(el) as number;
  }

  function* build(root: Element): Generator<void, void> {
    const id = ++builds;
    buffers.push(undefined);
    const raw = createTextWriter('raw');
    const norm = createTextWriter('match');
    const kinds: number[] = [ELEMENT];
    const items: Array<Node | number | null> = [root];
    const push = (kind: number, item: Node | number | null): void => {
      kinds.push(kind);
      items.push(item);
    };
    const write = (text: string): void => {
      raw.write(text);
      norm.write(text);
    };
    const space = (): void => {
      raw.space();
      norm.space();
    };
    /** Nodes in reverse, so they come off the stack in document order. */
    const pushNodes = (nodes: ArrayLike<Node>): void => {
      for (let i = nodes.length - 1; i >= 0; i--) push(NODE, nodes[i] as Node);
    };
    /** A parent's children, last first (no childNodes list: an object per element read). */
    const pushChildren = (parent: Node): void => {
      for (let c = parent.lastChild; c; c = c.previousSibling) push(NODE, c);
    };

    const visitElement = (el: Element): void => {
      const known = slots.get(el);
      // Indexed already, or met before in this build (a slot assigning one of its own ancestors).
      if (complete(known) || (known !== undefined && owners[known] === id)) return;
      // A slot left open by a paused build is replaced: the first build to finish keeps the element.
      const slot = openSlot(id, raw.length, norm.length);
      slots.set(el, slot);
      push(END_ENTRY, slot);
      pushChildren(el.shadowRoot ?? el);
    };

    const visitChild = (child: Element): void => {
      const t = tag(child);
      if (child === except || isOverlayHost(child) || SKIP_CONTENT.has(t) || isHiddenByMarkup(child)) return;
      const block = BLOCK_TAGS.has(t);
      if (block) space();
      const ariaLabel = child.getAttribute('aria-label');
      const label = ariaLabel === null ? '' : collapse(ariaLabel);
      if (t === 'SLOT') {
        const assigned = (child as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
        push(block ? END_BLOCK : END_INLINE, null);
        pushNodes(assigned);
        if (assigned.length === 0) visitElement(child);
        return;
      }
      if (label) {
        // The child is named, not read: its own text is indexed separately when asked for.
        write(label);
      } else if (t === 'IMG') {
        write(child.getAttribute('alt') ?? '');
      } else if (t === 'INPUT') {
        if (BUTTON_INPUT_TYPES.has(inputType(child))) write(valueOf(child));
      } else if (t !== 'SELECT' && t !== 'TEXTAREA') {
        // Inline elements join words ("<b>N</b>ộp"); spacing comes from the text nodes around them.
        push(block ? END_BLOCK : END_INLINE, null);
        visitElement(child);
        return;
      }
      if (block) space();
    };

    for (let n = 1; kinds.length > 0; n++) {
      const kind = kinds.pop() as number;
      const item = items.pop() as Node | number | null;
      if (kind === NODE) {
        const node = item as Node;
        if (node.nodeType === 3) write(node.nodeValue ?? '');
        else if (node.nodeType === 1) visitChild(node as Element);
      } else if (kind === ELEMENT) {
        visitElement(item as Element);
      } else if (kind === END_ENTRY) {
        const o = (item as number) * 4;
        offsets[o + 1] = raw.length;
        offsets[o + 3] = norm.length;
      } else if (kind === END_BLOCK) {
        space();
      }
      if (n % ITEMS_PER_STEP === 0) yield;
    }
    buffers[id] = { raw: chunkedText(raw.chunks()), norm: chunkedText(norm.chunks()), occurrences: new Map() };
  }

  function occurrences(buf: Buffer, needle: string): number[] {
    let list = buf.occurrences.get(needle);
    if (!list) {
      list = occurrencesIn(buf.norm, needle);
      buf.occurrences.set(needle, list);
    }
    return list;
  }

  return {
    *prepare(el) {
      if (!complete(slots.get(el))) yield* build(el);
    },
    has(el) {
      return complete(slots.get(el));
    },
    raw(el) {
      const slot = slotOf(el);
      return sliceText((buffers[owners[slot] as number] as Buffer).raw, offsets[slot * 4] as number, offsets[slot * 4 + 1] as number).trim();
    },
    normalised(el) {
      const slot = slotOf(el);
      return sliceText((buffers[owners[slot] as number] as Buffer).norm, offsets[slot * 4 + 2] as number, offsets[slot * 4 + 3] as number).trim();
    },
    includes(el, needle) {
      if (needle === '') return false;
      const slot = slotOf(el);
      const start = offsets[slot * 4 + 2] as number;
      const list = occurrences(buffers[owners[slot] as number] as Buffer, needle);
      // First occurrence at or after the element's start (binary search), then: does it end inside?
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid] as number) < start) lo = mid + 1;
        else hi = mid;
      }
      const first = list[lo];
      return first !== undefined && first + needle.length <= (offsets[slot * 4 + 3] as number);
    },
    equals(el, needle) {
      const slot = slotOf(el);
      const start = offsets[slot * 4 + 2] as number;
      const end = offsets[slot * 4 + 3] as number;
      // A pending space may sit at the start of the range; anything longer cannot be equal.
      if (end - start > needle.length + 1) return false;
      return sliceText((buffers[owners[slot] as number] as Buffer).norm, start, end).trim() === needle;
    },
  };
}
