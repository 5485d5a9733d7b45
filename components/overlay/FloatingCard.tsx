/**
 * Places the step card beside its target with @floating-ui/dom and draws the spotlight ring around the
 * target; both follow the target on scroll, resize and layout shifts (autoUpdate). Without a target the
 * card docks in the bottom corner. The card never covers the target: if no side fits, it docks in the
 * corner farthest from it.
 */
import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { besidePositions, choosePosition, dockAwayFrom, spotlightRect, type Rect } from '../../lib/overlay/placement';
const CONTROLS = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=link], [role=tab]';

/** The page's visible controls, so the card can avoid covering the portal's own buttons. */
function visibleControls(doc: Document, target: Element, viewport: { width: number; height: number }): Rect[] {
  const rects: Rect[] = [];
  for (const el of Array.from(doc.querySelectorAll(CONTROLS))) {
    if (el === target || target.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.right < 0 || r.top > viewport.height || r.left > viewport.width) continue;
    rects.push({ x: r.x, y: r.y, width: r.width, height: r.height });
  }
  return rects;
}

export interface FloatingCardProps {
  target: Element | null;
  children: ComponentChildren;
}

export function FloatingCard({ target, children }: FloatingCardProps): JSX.Element {
  const cardRef = useRef<HTMLDivElement>(null);
  const ringRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const card = cardRef.current;
    const ring = ringRef.current;
    if (!card || !ring) return;
    if (!target) {
      card.classList.add('dvc-float--docked');
      card.style.removeProperty('left');
      card.style.removeProperty('top');
      ring.hidden = true;
      return;
    }
    card.classList.remove('dvc-float--docked');
    const win = card.ownerDocument.defaultView;

    const update = (): void => {
      const box = target.getBoundingClientRect();
      const ringBox = spotlightRect(box);
      ring.hidden = box.width === 0 && box.height === 0;
      ring.style.left = `${ringBox.x}px`;
      ring.style.top = `${ringBox.y}px`;
      ring.style.width = `${ringBox.width}px`;
      ring.style.height = `${ringBox.height}px`;
      const size = { width: card.offsetWidth, height: card.offsetHeight };
      const viewport = { width: win?.innerWidth ?? 1280, height: win?.innerHeight ?? 720 };
      const margin = 12;
      const corners = [
        { x: viewport.width - size.width - margin, y: viewport.height - size.height - margin },
        { x: margin, y: viewport.height - size.height - margin },
        { x: viewport.width - size.width - margin, y: margin },
        { x: margin, y: margin },
      ];
      const beside = besidePositions(box, size, viewport);
      const inView = beside.filter((p) => p.y >= 0 && p.x >= 0 && p.y + size.height <= viewport.height && p.x + size.width <= viewport.width);
      const placed =
        choosePosition([...inView, ...corners], size, ringBox, visibleControls(target.ownerDocument, target, viewport)) ??
        dockAwayFrom(ringBox, size, viewport);
      // Never past the viewport's edges, whatever the card's height (the help panel makes it tall).
      const x = Math.max(margin, Math.min(placed.x, viewport.width - size.width - margin));
      const y = Math.max(margin, Math.min(placed.y, viewport.height - size.height - margin));
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    };
    // @floating-ui/dom follows the target through scrolling ancestors, resizes and layout shifts; the
    // geometry itself is ours (lib/overlay/placement.ts) because the choice avoids the page's controls.
    return autoUpdate(target, card, update);
  }, [target]);

  return (
    <>
      <div ref={ringRef} class="dvc-spotlight" aria-hidden="true" hidden />
      <div ref={cardRef} class="dvc-float dvc-float--docked">
        {children}
      </div>
    </>
  );
}
