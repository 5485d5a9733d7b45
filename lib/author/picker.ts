/**
 * The author's element picker on a portal page. The element under the pointer is outlined by a box
 * inside our own shadow root (the page's DOM and styles are not touched); a click picks it without the
 * page seeing the click; Esc cancels. Keyboard: Tab moves through the page's own controls as usual and
 * the outline follows focus; Enter picks the focused control. Holding Alt lets a click through to the
 * page (to open a dropdown before picking one of its options).
 *
 * The document, window and the layer to draw in are passed in, so it runs in happy-dom in tests.
 */
import { isOverlayHost } from '../engine/accessible-name';
import { composedParent } from '../engine/targets';

export interface PickerDeps {
  doc: Document;
  win: Window;
  /** Where the outline is drawn: an element inside our shadow root. */
  layer: HTMLElement;
}

export interface Picker {
  /** Resolves with the picked element, or null when cancelled (Esc, or stop()). */
  result: Promise<Element | null>;
  stop(): void;
}

/** The innermost element an event happened on, inside open shadow roots; never our overlay. */
function eventElement(e: Event): Element | null {
  for (const node of e.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (isOverlayHost(node)) return null;
    return node;
  }
  return null;
}

function isOurs(el: Element | null): boolean {
  for (let n = el; n; n = composedParent(n)) if (isOverlayHost(n)) return true;
  return false;
}

function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function startPicker({ doc, win, layer }: PickerDeps): Picker {
  const box = doc.createElement('div');
  box.className = 'dvc-picker-box';
  box.setAttribute('aria-hidden', 'true');
  box.hidden = true;
  layer.append(box);
  let current: Element | null = null;
  let finish: (el: Element | null) => void = () => undefined;
  const result = new Promise<Element | null>((resolve) => (finish = resolve));

  const outline = (el: Element | null): void => {
    current = el;
    if (!el) {
      box.hidden = true;
      return;
    }
    const r = el.getBoundingClientRect();
    box.hidden = false;
    Object.assign(box.style, { left: `${r.left - 2}px`, top: `${r.top - 2}px`, width: `${r.width + 4}px`, height: `${r.height + 4}px` });
  };

  const onMove = (e: Event): void => {
    const el = eventElement(e);
    if (el && !isOurs(el)) outline(el);
  };
  // The page must not react to the pick: the press, the release and the click are all swallowed.
  const swallow = (e: Event): void => {
    if ((e as MouseEvent).altKey || isOurs(eventElement(e)) || eventElement(e) === null) return;
    e.preventDefault();
    e.stopPropagation();
    e.stopImmediatePropagation();
  };
  const onClick = (e: Event): void => {
    const el = eventElement(e);
    if ((e as MouseEvent).altKey || !el || isOurs(el)) return;
    swallow(e);
    done(el);
  };
  const onFocus = (): void => {
    const el = deepActive(doc);
    if (el && el !== doc.body && !isOurs(el)) outline(el);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      done(null);
    } else if (e.key === 'Enter') {
      const el = deepActive(doc);
      if (!el || el === doc.body || isOurs(el)) return;
      e.preventDefault();
      e.stopPropagation();
      done(el);
    }
  };
  const onScroll = (): void => outline(current);

  const opts = { capture: true } as const;
  const moveEvents = ['pointermove', 'mouseover'];
  const swallowEvents = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick', 'contextmenu'];
  for (const t of moveEvents) win.addEventListener(t, onMove, opts);
  for (const t of swallowEvents) win.addEventListener(t, swallow, opts);
  win.addEventListener('click', onClick, opts);
  win.addEventListener('keydown', onKey, opts);
  win.addEventListener('focusin', onFocus, opts);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });

  let stopped = false;
  function done(el: Element | null): void {
    if (stopped) return;
    stopped = true;
    for (const t of moveEvents) win.removeEventListener(t, onMove, opts);
    for (const t of swallowEvents) win.removeEventListener(t, swallow, opts);
    win.removeEventListener('click', onClick, opts);
    win.removeEventListener('keydown', onKey, opts);
    win.removeEventListener('focusin', onFocus, opts);
    win.removeEventListener('scroll', onScroll, opts);
    box.remove();
    finish(el);
  }
  onFocus();
  return { result, stop: () => done(null) };
}
