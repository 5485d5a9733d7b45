/**
 * Places the step card beside its target with @floating-ui/dom and draws the spotlight ring around the
 * target; both follow the target on scroll, resize and layout shifts (autoUpdate). Without a target the
 * card docks in the bottom corner. The card never covers the target: if no side fits, it docks in the
 * corner farthest from it.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { dockAwayFrom, overlaps, spotlightRect } from '../../lib/overlay/placement';

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
    let cancelled = false;

    const update = async (): Promise<void> => {
      const box = target.getBoundingClientRect();
      const ringBox = spotlightRect(box);
      ring.hidden = box.width === 0 && box.height === 0;
      ring.style.left = `${ringBox.x}px`;
      ring.style.top = `${ringBox.y}px`;
      ring.style.width = `${ringBox.width}px`;
      ring.style.height = `${ringBox.height}px`;
      const { x, y } = await computePosition(target, card, {
        strategy: 'fixed',
        placement: 'right-start',
        middleware: [offset(16), flip({ fallbackPlacements: ['left-start', 'bottom-start', 'top-start'], padding: 8 }), shift({ padding: 8 })],
      });
      if (cancelled) return;
      const size = { width: card.offsetWidth, height: card.offsetHeight };
      const placed = overlaps({ x, y, ...size }, ringBox)
        ? dockAwayFrom(ringBox, size, { width: win?.innerWidth ?? 1280, height: win?.innerHeight ?? 720 })
        : { x, y };
      card.style.left = `${Math.round(placed.x)}px`;
      card.style.top = `${Math.round(placed.y)}px`;
    };
    const stop = autoUpdate(target, card, () => void update());
    return () => {
      cancelled = true;
      stop();
    };
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
