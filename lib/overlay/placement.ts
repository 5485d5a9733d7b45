/**
 * Geometry for the step card: it must never cover the element it points at (a resident who cannot see
 * the button cannot press it). FloatingCard places the card beside the target; these pure helpers
 * check the result and, when the viewport is too small for any side, dock the card in the corner
 * farthest from the target.
 */
/**
 * After the page changes, the card finds what to keep clear again and re-places itself at most this often
 * (finding the named controls walks the page). The overlap test waits this long before it counts an
 * overlap the page drew late (tests/e2e/pages/overlap.ts).
 */
export const KEEP_CLEAR_REFRESH_MS = 400;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The share (0..1) of `r`'s area that `card` covers: half a wide field hidden leaves its start usable. */
function coveredShare(card: Rect, r: Rect): number {
  const w = Math.min(card.x + card.width, r.x + r.width) - Math.max(card.x, r.x);
  const h = Math.min(card.y + card.height, r.y + r.height) - Math.max(card.y, r.y);
  const area = r.width * r.height;
  return w > 0 && h > 0 && area > 0 ? (w * h) / area : 0;
}

/** The viewport corner position for the card that is farthest from the target and does not cover it. */
export function dockAwayFrom(target: Rect, card: Size, viewport: Size, margin = 12): { x: number; y: number } {
  const corners = [
    { x: margin, y: margin },
    { x: viewport.width - card.width - margin, y: margin },
    { x: margin, y: viewport.height - card.height - margin },
    { x: viewport.width - card.width - margin, y: viewport.height - card.height - margin },
  ].map((c) => ({ x: Math.max(0, c.x), y: Math.max(0, c.y) }));
  const cx = target.x + target.width / 2;
  const cy = target.y + target.height / 2;
  const scored = corners.map((c) => {
    const rect = { ...c, ...card };
    const dx = c.x + card.width / 2 - cx;
    const dy = c.y + card.height / 2 - cy;
    return { c, free: !overlaps(rect, target), distance: dx * dx + dy * dy };
  });
  scored.sort((a, b) => Number(b.free) - Number(a.free) || b.distance - a.distance);
  return scored[0]!.c;
}

/** The spotlight ring: the target's box grown by a little padding so the outline does not touch it. */
export function spotlightRect(target: Rect, padding = 6): Rect {
  return { x: target.x - padding, y: target.y - padding, width: target.width + padding * 2, height: target.height + padding * 2 };
}

/**
 * Among candidate card positions, the first that does not cover the target and covers the fewest of the
 * page's controls (the portal's own "Tiếp theo" must stay clickable). Candidates come in order of
 * preference; null when every candidate covers the target.
 */
export function choosePosition(
  candidates: ReadonlyArray<{ x: number; y: number }>,
  card: Size,
  target: Rect,
  controls: readonly Rect[],
): { x: number; y: number } | null {
  let best: { x: number; y: number } | null = null;
  let bestCovered = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const rect = { ...c, ...card };
    if (overlaps(rect, target)) continue;
    const covered = controls.reduce((n, control) => n + (overlaps(rect, control) ? 1 : 0), 0);
    if (covered < bestCovered) {
      best = c;
      bestCovered = covered;
      if (covered === 0) break;
    }
  }
  return best;
}

/**
 * Card positions beside the target, in order of preference: right, left, below, above (aligned to the
 * target's start), then right and left aligned to its end. Along the target's side each is shifted to
 * stay `padding` inside the viewport, as a tooltip library's "shift" does.
 */
export function besidePositions(target: Rect, card: Size, viewport: Size, gap = 16, padding = 8): Array<{ x: number; y: number }> {
  const clampX = (x: number): number => Math.max(padding, Math.min(x, viewport.width - card.width - padding));
  const clampY = (y: number): number => Math.max(padding, Math.min(y, viewport.height - card.height - padding));
  const right = target.x + target.width + gap;
  const left = target.x - card.width - gap;
  return [
    { x: right, y: clampY(target.y) },
    { x: left, y: clampY(target.y) },
    { x: clampX(target.x), y: target.y + target.height + gap },
    { x: clampX(target.x), y: target.y - card.height - gap },
    { x: right, y: clampY(target.y + target.height - card.height) },
    { x: left, y: clampY(target.y + target.height - card.height) },
  ];
}

export interface DockChoice {
  x: number;
  y: number;
  /** The card's height limit there (its text scrolls; its buttons stay visible). */
  maxHeight: number;
  side: 'left' | 'right';
  /** How many of the rectangles to keep clear it still covers (0 when it found a free place). */
  covered: number;
  /** How much of the page's other controls (the fields a person fills) it covers: the sum of the covered share of each. */
  others: number;
}

/**
 * The card docked at a window edge (design for issue 10, item 3): the right or left edge, at the top,
 * the bottom, or just past one of the things to keep clear or one of the page's fields, so the page's own
 * layout is untouched and only the spotlight and a small numbered marker sit by the target.
 *
 * Places are ranked by what they cover, then by height: first the fewest of `keepClear` (the target, the
 * controls the step names, the primary buttons: never, when any place allows), then the fewest `controls`
 * (the fields the person is filling in, by how much of each is hidden), then the tallest card. So a card gets shorter, down to
 * `minHeight` (its title, a few lines of text that scroll, and its buttons), rather than cover a field;
 * at equal cost the side away from the target wins. When neither edge has a place that covers nothing, a
 * column beside one of the things to keep clear is tried too. Never taller than the window.
 */
export function dockAtEdge(
  card: Size,
  viewport: Size,
  keepClear: readonly Rect[],
  controls: readonly Rect[],
  target: Rect | null,
  margin = 12,
  minHeight = 260,
): DockChoice {
  const away: Array<'left' | 'right'> =
    target && target.x + target.width / 2 > viewport.width / 2 ? ['left', 'right'] : ['right', 'left'];
  const full = Math.max(0, Math.min(card.height, viewport.height - margin * 2));
  const low = Math.min(full, minHeight);
  const fit = (h: number): number => Math.round(Math.max(low, Math.min(full, h)));
  // Fixed steps down, and the heights that just fill the space above or below something to keep clear.
  const heights = [
    ...new Set([
      full,
      fit(viewport.height * 0.6),
      fit(viewport.height * 0.45),
      low,
      ...keepClear.flatMap((r) => [fit(r.y - 8 - margin), fit(viewport.height - margin - (r.y + r.height + 8))]),
    ]),
  ].sort((a, b) => b - a);
  const width = Math.min(card.width, viewport.width - margin * 2);
  let best: DockChoice | null = null;
  const better = (c: DockChoice): boolean =>
    best === null ||
    c.covered < best.covered ||
    (c.covered === best.covered && (c.others < best.others || (c.others === best.others && c.maxHeight > best.maxHeight)));
  const stops = [...keepClear, ...controls];
  // A place that covers nothing at the tallest height cannot be beaten (and the first of equals wins), so
  // the search stops there: on most pages that is the first place tried, instead of every stop × height.
  const tallest = heights[0];
  const perfect = (): boolean => best !== null && best.covered === 0 && best.others === 0 && best.maxHeight === tallest;
  const tryColumn = (x: number, side: 'left' | 'right'): void => {
    // Only rectangles in this column can be covered there, and only they make useful stops along it.
    const band = (r: Rect): boolean => r.x < x + width && x < r.x + r.width;
    const keep = keepClear.filter(band);
    const fields = controls.filter(band);
    for (const height of heights) {
      const ys = [margin, viewport.height - height - margin];
      for (const r of stops) if (band(r)) ys.push(r.y + r.height + 8, r.y - height - 8);
      for (const rawY of ys) {
        const y = Math.round(Math.max(margin, Math.min(rawY, viewport.height - height - margin)));
        const rect = { x, y, width, height };
        const covered = keep.reduce((n, r) => n + (overlaps(rect, r) ? 1 : 0), 0);
        const others = Math.round(fields.reduce((n, r) => n + coveredShare(rect, r), 0) * 100) / 100;
        const choice: DockChoice = { x, y, maxHeight: height, side, covered, others };
        if (better(choice)) best = choice;
        if (perfect()) return;
      }
    }
  };
  const clampX = (x: number): number => Math.round(Math.max(margin, Math.min(x, viewport.width - width - margin)));
  for (const side of away) if (!perfect()) tryColumn(Math.max(0, side === 'right' ? viewport.width - width - margin : margin), side);
  // No place at either edge, even for a shorter card, covers nothing: the card leaves the edge for an empty
  // column beside something it must keep clear (the middle of a page whose content sits at both edges).
  // At equal cost the edge wins.
  const done = best as DockChoice | null;
  if (done && (done.covered > 0 || done.others > 0)) {
    const xs = new Set<number>();
    for (const r of keepClear) xs.add(clampX(r.x + r.width + 8)).add(clampX(r.x - width - 8));
    for (const x of xs) tryColumn(x, x + width / 2 > viewport.width / 2 ? 'right' : 'left');
  }
  return best!;
}

/**
 * When no place for the card leaves everything it must keep clear uncovered (a page-wide table, a tall
 * modal with the target in the middle), how far to scroll the page so the target sits near the top of the
 * window and the space below it opens for the card: the target's top moved to `margin` plus a little air.
 * 0 when there is nothing to gain: a free place exists, no target, or the target is near the top already.
 * Done once per step (the person's own scrolling is never fought).
 */
export function scrollToOpenSpace(dock: Pick<DockChoice, 'covered'>, target: Rect | null, margin = 12): number {
  if (!target || dock.covered === 0) return 0;
  const top = margin + 8;
  const dy = Math.round(target.y - top);
  return dy > 24 ? dy : 0;
}
