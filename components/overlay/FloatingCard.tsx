/**
 * The step card docked at a window edge (issue 10, item 3), with the spotlight ring and a small numbered
 * marker beside the target. The side and the place along the edge are chosen (lib/overlay/placement.ts
 * dockAtEdge) so the card covers neither the target, nor the controls the step text names in bold, nor
 * the page's primary buttons; a shorter card (its text scrolls, its buttons stay) is tried before
 * covering anything. The page's own layout is never changed. Everything follows scrolling, resizing and
 * layout shifts (its own listeners and observers: no positioning library).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { dockAtEdge, KEEP_CLEAR_REFRESH_MS, scrollToOpenSpace, spotlightRect, type Rect } from '../../lib/overlay/placement';

// The fields a person fills in: the card gets shorter rather than cover one (lib/overlay/placement.ts).
const FIELDS = 'input:not([type=hidden]), select, textarea, [role=textbox], [role=combobox], [role=radio], [role=checkbox]';
// The shortest card still shows its title, its buttons and about three lines of its text (which scrolls).
const MIN_TEXT_PX = 72;
// The page's changes that can add, remove, show or hide something to keep clear.
const PAGE_CHANGES: MutationObserverInit = { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'class', 'style', 'disabled', 'open'] };

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

// Boxes a person sees as a whole (a field, a button); any other named element is what its text covers.
const WHOLE_BOX = 'input, select, textarea, button, [role=button], [role=radio], [role=checkbox], [role=combobox], [role=tab]';

/**
 * Where a named thing is seen: a control's box, or for a line or label its text (a block label spans the
 * row, but the words a person looks for sit at its start; the empty rest of the row may be covered).
 */
const seenRectOf = (el: Element): Rect => {
  if (el.matches(WHOLE_BOX)) return rectOf(el);
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const r = range.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : rectOf(el);
};

const inHiddenText = (node: Node): boolean => !!(node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('.dvc-vh');

const inView = (r: Rect, vw: number, vh: number): boolean =>
  r.width > 0 && r.height > 0 && r.y + r.height > 0 && r.x + r.width > 0 && r.y < vh && r.x < vw;

export interface FloatingCardProps {
  target: Element | null;
  /** The page elements to leave uncovered besides the target (named controls, primary buttons). */
  keepClear?: () => readonly Element[];
  /** The number in the marker beside the target ("4"); none without a target. */
  marker?: string;
  /**
   * Tells of the page's changes (the overlay's one page observer, lib/engine/dom-watcher.ts, which skips
   * our own UI and hidden parts of the page); returns the stop function. Without it the card observes the
   * page itself.
   */
  watchPage?: (onChange: () => void) => () => void;
  /** What the marker says to assistive technology is already in the card: the marker is decoration. */
  children: ComponentChildren;
}

export function FloatingCard({ target, keepClear, marker, watchPage, children }: FloatingCardProps): JSX.Element {
  const cardRef = useRef<HTMLDivElement>(null);
  const ringRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLDivElement>(null);
  const keepRef = useRef(keepClear);
  keepRef.current = keepClear;

  useLayoutEffect(() => {
    const card = cardRef.current;
    const ring = ringRef.current;
    const mark = markRef.current;
    if (!card || !ring || !mark) return;
    const doc = card.ownerDocument;
    const win = doc.defaultView;
    // The elements to keep clear are found again only after the page changed (or the window was resized),
    // never on every scroll frame.
    let cache: readonly Element[] | null = null;
    // Scrolling to open space below the target happens once per step (the person's own scrolling wins).
    let openedSpace = false;
    let cachedAt = Number.NEGATIVE_INFINITY;
    // The sizes the last placement was worked out with, per observed element (see the size observer below).
    const placedSizes = new Map<Element, { width: number; height: number }>();
    const inner = card.firstElementChild ?? card;
    const clearElements = (): readonly Element[] => {
      if (!cache) {
        cache = keepRef.current?.() ?? [];
        cachedAt = win?.performance.now() ?? 0;
      }
      return cache;
    };

    // Where the window was scrolled when the card was last placed (see onScroll below).
    let placedScroll = { x: Number.NaN, y: Number.NaN };

    const update = (): void => {
      const vw = win?.innerWidth ?? 1280;
      const vh = win?.innerHeight ?? 720;
      // Read with the other layout reads, before any write.
      placedScroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
      let ringBox: Rect | null = null;
      if (target && target.isConnected) {
        const box = rectOf(target);
        if (box.width > 0 || box.height > 0) ringBox = spotlightRect(box);
      }
      // Every read of the page's layout comes before any write: a write between two reads makes the
      // browser lay the page out again for the second (a whole layout each, on the first card's path).
      const placeRing = (): void => {
        ring.hidden = ringBox === null;
        mark.hidden = ringBox === null || !marker;
        if (!ringBox) return;
        ring.style.left = `${ringBox.x}px`;
        ring.style.top = `${ringBox.y}px`;
        ring.style.width = `${ringBox.width}px`;
        ring.style.height = `${ringBox.height}px`;
        // Outside the ring's top-left corner, kept inside the window.
        mark.style.left = `${Math.max(2, Math.min(ringBox.x - 14, vw - 30))}px`;
        mark.style.top = `${Math.max(2, Math.min(ringBox.y - 14, vh - 30))}px`;
      };
      const keepEls = clearElements().filter((el) => el.isConnected && el !== target);
      const keep = keepEls
        .map(seenRectOf)
        .filter((r) => inView(r, vw, vh));
      if (ringBox) keep.unshift(ringBox);
      // Each field with the words of its labels: a hidden "Tôi cam đoan …" is as bad as a hidden box.
      const controls = Array.from(doc.querySelectorAll(FIELDS))
        .slice(0, 400)
        .filter((el) => !keepEls.includes(el))
        .flatMap((el) => [rectOf(el), ...Array.from((el as HTMLInputElement).labels ?? []).map(seenRectOf)])
        .filter((r) => inView(r, vw, vh));
      // The card's natural height, then the height the chosen place allows.
      card.style.removeProperty('max-height');
      const size = { width: card.offsetWidth, height: card.offsetHeight };
      placedSizes.clear();
      placedSizes.set(inner, { width: (inner as HTMLElement).offsetWidth, height: (inner as HTMLElement).offsetHeight });
      if (target && target.isConnected) placedSizes.set(target, { width: (target as HTMLElement).offsetWidth ?? 0, height: (target as HTMLElement).offsetHeight ?? 0 });
      const text = card.querySelector<HTMLElement>('.dvc-card__body');
      const textHeight = text?.offsetHeight ?? 0;
      const minHeight = size.height - textHeight + Math.min(textHeight, MIN_TEXT_PX);
      const dock = dockAtEdge(size, { width: vw, height: vh }, keep, controls, ringBox, 12, minHeight);
      // Every place covers something to keep clear (a page-wide table row, a tall modal): bring the target
      // to the top of the window once, so the space below it opens; the scroll places the card again.
      if (!openedSpace && target && ringBox && scrollToOpenSpace(dock, ringBox) > 0) {
        openedSpace = true;
        placedSizes.clear();
        placeRing();
        target.scrollIntoView({ block: 'start', inline: 'nearest' });
        win?.scrollBy(0, -20);
        return;
      }
      placeRing();
      card.style.left = `${dock.x}px`;
      card.style.top = `${dock.y}px`;
      card.style.maxHeight = `${dock.maxHeight}px`;
      card.dataset.side = dock.side;
      // The window size this place was worked out for: a test (or anything else) knows the card has
      // caught up with a resize when this matches and the card's slide has finished.
      card.dataset.placedFor = `${vw}x${vh}`;
    };

    // The card's content changes after it is placed (a notice, "Đã chuyển tới bước …", the help panel,
    // large text); once its height is capped a size observer no longer sees that, so the content itself
    // is watched and the card placed again at the next frame with its new natural height.
    let frame = 0;
    const later = (): void => {
      if (frame || !win) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    const MO = win?.MutationObserver;
    // Visually hidden text (the live region's announcement of each step) never changes the card's size.
    const mo = MO ? new MO((records) => records.some((r) => !inHiddenText(r.target)) && later()) : null;
    mo?.observe(card, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'class', 'open'] });
    // The page changed (a step of the portal's wizard drew its own "Gửi hồ sơ"): find what to keep clear
    // again and re-place, at most every KEEP_CLEAR_REFRESH_MS. data-placing says a re-place is due.
    let timer = 0;
    const pageChanged = (): void => {
      cache = null;
      if (timer || !win) return;
      card.dataset.placing = '';
      const wait = Math.max(0, KEEP_CLEAR_REFRESH_MS - (win.performance.now() - cachedAt));
      timer = win.setTimeout(() => {
        timer = 0;
        delete card.dataset.placing;
        update();
      }, wait);
    };
    const pageMo = !watchPage && MO ? new MO(pageChanged) : null;
    if (doc.body) pageMo?.observe(doc.body, PAGE_CHANGES);
    const stopWatch = watchPage?.(pageChanged);
    // A resize can show or hide parts of the page (its media queries): find them again before placing.
    const onResize = (): void => {
      cache = null;
    };
    win?.addEventListener('resize', onResize);
    const stopContent = (): void => {
      mo?.disconnect();
      pageMo?.disconnect();
      stopWatch?.();
      win?.removeEventListener('resize', onResize);
      if (frame) win?.cancelAnimationFrame(frame);
      if (timer) win?.clearTimeout(timer);
      delete card.dataset.placing;
    };

    // Follow scrolling (any scrolling box: capture), window resizes and the size of the card and of the
    // target; a target moved by the page's own changes is caught by the page observer above.
    update();
    const onChange = (): void => update();
    // The scroll that brings a step's target into view (lib/overlay/overlay-model.ts) happens before the
    // card is first placed, and its event comes a frame later: a window still where it was at the last
    // placement changes nothing, and placing again would lay the page out once more in the very frame
    // that first shows the card. Scrolling boxes inside the page are always followed.
    const onScroll = (e: Event): void => {
      const inBox = (e.target as Node | null)?.nodeType === 1;
      if (!inBox && win && win.scrollX === placedScroll.x && win.scrollY === placedScroll.y) return;
      update();
    };
    win?.addEventListener('resize', onChange);
    win?.addEventListener('scroll', onScroll, true);
    // A size observer reports every element once when it starts watching, in the frame that first shows
    // the card: a size the card was just placed with changes nothing, so only a real change places it again.
    const resized = (entries: readonly ResizeObserverEntry[]): void => {
      if (entries.some(changedSincePlaced)) update();
    };
    const changedSincePlaced = (entry: ResizeObserverEntry): boolean => {
      const placed = placedSizes.get(entry.target);
      const box = entry.borderBoxSize?.[0];
      if (!placed || !box) return true;
      return Math.abs(box.inlineSize - placed.width) >= 1 || Math.abs(box.blockSize - placed.height) >= 1;
    };
    const RO = win?.ResizeObserver;
    const ro = RO ? new RO(resized) : null;
    ro?.observe(inner);
    if (target) ro?.observe(target);
    return () => {
      win?.removeEventListener('resize', onChange);
      win?.removeEventListener('scroll', onScroll, true);
      ro?.disconnect();
      stopContent();
    };
  }, [target, marker, watchPage]);

  return (
    <>
      <div ref={ringRef} class="dvc-spotlight" aria-hidden="true" hidden />
      <div ref={markRef} class="dvc-marker" aria-hidden="true" hidden>
        {marker}
      </div>
      <div ref={cardRef} class="dvc-float">
        {children}
      </div>
    </>
  );
}
