import { describe, expect, it } from 'vitest';
import { besidePositions, choosePosition, dockAwayFrom, overlaps, scrollToOpenSpace, spotlightRect, dockAtEdge, type DockChoice, type Rect, type Size } from './placement';

describe('card placement', () => {
  const viewport = { width: 1280, height: 720 };
  const card = { width: 360, height: 300 };

  it('detects overlap and its absence', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('docks in the corner farthest from a target in the top-left', () => {
    const target = { x: 20, y: 20, width: 120, height: 40 };
    const pos = dockAwayFrom(target, card, viewport);
    expect(pos).toEqual({ x: 1280 - 360 - 12, y: 720 - 300 - 12 });
    expect(overlaps({ ...pos, ...card }, target)).toBe(false);
  });

  it('prefers a free corner over a farther corner that covers a huge target', () => {
    // The target fills the right two thirds of the screen: only the left corners are free.
    const target = { x: 420, y: 0, width: 860, height: 720 };
    const pos = dockAwayFrom(target, card, viewport);
    expect(pos.x).toBe(12);
    expect(overlaps({ ...pos, ...card }, target)).toBe(false);
  });

  it('grows the spotlight ring around the target', () => {
    expect(spotlightRect({ x: 100, y: 50, width: 80, height: 30 }, 6)).toEqual({ x: 94, y: 44, width: 92, height: 42 });
  });
});

describe('choosing among positions', () => {
  const card = { width: 300, height: 200 };
  const target = { x: 400, y: 300, width: 200, height: 40 };

  it('skips a position that covers the page\'s own next button', () => {
    const nextButton = { x: 1100, y: 320, width: 100, height: 40 };
    const right = { x: 616, y: 300 };
    const left = { x: 84, y: 300 };
    expect(choosePosition([right, left], card, target, [nextButton])).toEqual(right);
    const buttonUnderRight = { x: 700, y: 350, width: 100, height: 40 };
    expect(choosePosition([right, left], card, target, [buttonUnderRight])).toEqual(left);
  });

  it('never returns a position over the target', () => {
    expect(choosePosition([{ x: 420, y: 280 }], card, target, [])).toBeNull();
  });
});

describe('positions beside the target', () => {
  it('puts the card right of the target first, shifted into the viewport, and never on it', () => {
    const viewport = { width: 1280, height: 720 };
    const card = { width: 380, height: 300 };
    const target = { x: 400, y: 600, width: 200, height: 40 };
    const [right, left, below, above] = besidePositions(target, card, viewport);
    expect(right).toEqual({ x: 616, y: 720 - 300 - 8 });
    expect(left!.x).toBe(400 - 380 - 16);
    expect(below!.y).toBe(656);
    expect(above!.y).toBe(600 - 300 - 16);
    for (const p of [right!, left!, above!]) expect(overlaps({ ...p, ...card }, target)).toBe(false);
  });
});

describe('dockAtEdge', () => {
  const viewport = { width: 1280, height: 800 };
  const card = { width: 360, height: 500 };

  it('docks on the edge away from the target, at full height when nothing is in the way', () => {
    const target = { x: 1000, y: 300, width: 100, height: 40 };
    const d = dockAtEdge(card, viewport, [target], [], target);
    expect(d).toMatchObject({ side: 'left', x: 12, maxHeight: 500, covered: 0 });
  });

  it('moves along the edge past a named control, and shortens the card before covering anything', () => {
    const target = { x: 100, y: 100, width: 100, height: 40 };
    const named = { x: 1000, y: 100, width: 200, height: 40 };
    const d = dockAtEdge(card, viewport, [target, named], [], target);
    expect(d.side).toBe('right');
    expect(d.covered).toBe(0);
    expect(d.y).toBeGreaterThanOrEqual(148);
    // Named controls on both edges, top and bottom: a shorter card fits between them.
    const crowded = [target, named, { x: 1000, y: 700, width: 200, height: 40 }, { x: 20, y: 700, width: 200, height: 40 }];
    const c = dockAtEdge({ width: 360, height: 700 }, viewport, crowded, [], target);
    expect(c.covered).toBe(0);
    expect(c.maxHeight).toBeLessThan(700);
  });

  it('is never taller than the window', () => {
    const d = dockAtEdge({ width: 360, height: 2000 }, viewport, [], [], null);
    expect(d.maxHeight).toBeLessThanOrEqual(800 - 24);
  });

  it('gets shorter rather than cover the fields the person fills in, and stays tall when it covers none', () => {
    // A two-column form fills the window down to y=570; below it, only empty space.
    const fields: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (let y = 100; y < 570; y += 80) fields.push({ x: 60, y, width: 560, height: 40 }, { x: 650, y, width: 560, height: 40 });
    const target = { x: 990, y: 650, width: 110, height: 50 };
    const d = dockAtEdge(card, viewport, [target], fields, target, 12, 200);
    expect(d).toMatchObject({ covered: 0, others: 0, side: 'left', maxHeight: 200 });
    expect(d.y).toBeGreaterThanOrEqual(570);
    // No fields: the full card.
    expect(dockAtEdge(card, viewport, [target], [], target, 12, 200).maxHeight).toBe(500);
  });

  it('never covers what it must keep clear to spare a field', () => {
    const target = { x: 1000, y: 300, width: 100, height: 40 };
    const named = { x: 12, y: 0, width: 360, height: 800 };
    const field = { x: 900, y: 0, width: 380, height: 250 };
    const d = dockAtEdge(card, viewport, [target, named], [field], target, 12, 200);
    expect(d.covered).toBe(0);
    expect(d.side).toBe('right');
  });

  it('leaves the edge for an empty middle column only when both edges would cover something', () => {
    // A primary button at the right edge and named lines down the left: the middle of the page is empty.
    const target = { x: 60, y: 400, width: 20, height: 20 };
    const keep = [target, { x: 60, y: 300, width: 300, height: 200 }, { x: 1000, y: 200, width: 260, height: 500 }];
    const d = dockAtEdge({ width: 360, height: 600 }, viewport, keep, [], target, 12, 300);
    expect(d.covered).toBe(0);
    expect(d.x).toBeGreaterThan(360);
    expect(d.x + 360).toBeLessThan(1000);
    // One edge free: the card stays docked there.
    const e = dockAtEdge({ width: 360, height: 600 }, viewport, keep.slice(0, 2), [], target, 12, 300);
    expect(e).toMatchObject({ covered: 0, side: 'right', x: 1280 - 360 - 12 });
  });

  it('stops at the first place that covers nothing at full height, with the same choice as trying every place', () => {
    // A seeded generator: the same 600 pages every run, some with a free place and some without.
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const box = (): Rect => ({ x: rnd(1300), y: rnd(760), width: 20 + rnd(500), height: 10 + rnd(200) });
    // A page-wide row or a tall dialog: no place may be free.
    const wide = (): Rect => ({ x: rnd(300), y: rnd(700), width: 300 + rnd(1600), height: 40 + rnd(400) });
    for (let i = 0; i < 600; i++) {
      const view = { width: 900 + rnd(1100), height: 600 + rnd(500) };
      const card = { width: 300 + rnd(120), height: 200 + rnd(600) };
      const target = rnd(5) === 0 ? null : box();
      const keep = [...(target ? [target] : []), ...Array.from({ length: rnd(6) }, () => (rnd(3) === 0 ? wide() : box()))];
      const fields = Array.from({ length: rnd(12) }, box);
      expect(dockAtEdge(card, view, keep, fields, target, 12, 260)).toEqual(everyPlace(card, view, keep, fields, target, 12, 260));
    }
  });

  it('fills the whole space above a wide target rather than a fixed shorter height', () => {
    const target = { x: 60, y: 487, width: 1160, height: 60 };
    const d = dockAtEdge({ width: 360, height: 700 }, viewport, [target], [], target, 12, 250);
    expect(d).toMatchObject({ covered: 0, y: 12, maxHeight: 487 - 8 - 12 });
  });
});

describe('opening space below the target', () => {
  const viewport = { width: 1280, height: 800 };
  const card = { width: 380, height: 420 };

  it('scrolls a target in the middle of a page-wide table to the top when every place covers something', () => {
    // A table row across the whole width, in the middle of the window: every column crosses it.
    const target = { x: 20, y: 380, width: 1240, height: 40 };
    const dock = dockAtEdge(card, viewport, [target, { x: 20, y: 0, width: 1240, height: 800 }], [], target, 12, 200);
    expect(dock.covered).toBeGreaterThan(0);
    const dy = scrollToOpenSpace(dock, target);
    expect(dy).toBe(380 - 20);
    // Once scrolled, the window below the row is free for the card.
    const moved = { ...target, y: target.y - dy };
    const after = dockAtEdge(card, viewport, [moved], [], moved, 12, 200);
    expect(after.covered).toBe(0);
    expect(after.y).toBeGreaterThanOrEqual(moved.y + moved.height);
  });

  it('does not scroll when a free place exists, without a target, or with the target already at the top', () => {
    const target = { x: 20, y: 380, width: 300, height: 40 };
    expect(scrollToOpenSpace(dockAtEdge(card, viewport, [target], [], target), target)).toBe(0);
    expect(scrollToOpenSpace({ covered: 2 }, null)).toBe(0);
    expect(scrollToOpenSpace({ covered: 1 }, { x: 20, y: 30, width: 1240, height: 40 })).toBe(0);
  });
});

/** The search without its early stop (as it was before): every height at every stop of every column. */
function everyPlace(card: Size, viewport: Size, keepClear: Rect[], controls: Rect[], target: Rect | null, margin: number, minHeight: number): DockChoice {
  const share = (c: Rect, r: Rect): number => {
    const w = Math.min(c.x + c.width, r.x + r.width) - Math.max(c.x, r.x);
    const h = Math.min(c.y + c.height, r.y + r.height) - Math.max(c.y, r.y);
    return w > 0 && h > 0 && r.width * r.height > 0 ? (w * h) / (r.width * r.height) : 0;
  };
  const away: Array<'left' | 'right'> = target && target.x + target.width / 2 > viewport.width / 2 ? ['left', 'right'] : ['right', 'left'];
  const full = Math.max(0, Math.min(card.height, viewport.height - margin * 2));
  const low = Math.min(full, minHeight);
  const fit = (h: number): number => Math.round(Math.max(low, Math.min(full, h)));
  const heights = [...new Set([full, fit(viewport.height * 0.6), fit(viewport.height * 0.45), low, ...keepClear.flatMap((r) => [fit(r.y - 8 - margin), fit(viewport.height - margin - (r.y + r.height + 8))])])].sort((a, b) => b - a);
  const width = Math.min(card.width, viewport.width - margin * 2);
  let best: DockChoice | null = null;
  const better = (c: DockChoice): boolean =>
    best === null || c.covered < best.covered || (c.covered === best.covered && (c.others < best.others || (c.others === best.others && c.maxHeight > best.maxHeight)));
  const tryColumn = (x: number, side: 'left' | 'right'): void => {
    const band = (r: Rect): boolean => r.x < x + width && x < r.x + r.width;
    for (const height of heights) {
      const ys = [margin, viewport.height - height - margin];
      for (const r of [...keepClear, ...controls]) if (band(r)) ys.push(r.y + r.height + 8, r.y - height - 8);
      for (const rawY of ys) {
        const y = Math.round(Math.max(margin, Math.min(rawY, viewport.height - height - margin)));
        const rect = { x, y, width, height };
        const covered = keepClear.filter(band).reduce((n, r) => n + (overlaps(rect, r) ? 1 : 0), 0);
        const others = Math.round(controls.filter(band).reduce((n, r) => n + share(rect, r), 0) * 100) / 100;
        const choice: DockChoice = { x, y, maxHeight: height, side, covered, others };
        if (better(choice)) best = choice;
      }
    }
  };
  const clampX = (x: number): number => Math.round(Math.max(margin, Math.min(x, viewport.width - width - margin)));
  for (const side of away) tryColumn(Math.max(0, side === 'right' ? viewport.width - width - margin : margin), side);
  const done = best as DockChoice | null;
  if (done && (done.covered > 0 || done.others > 0)) {
    const xs = new Set<number>();
    for (const r of keepClear) xs.add(clampX(r.x + r.width + 8)).add(clampX(r.x - width - 8));
    for (const x of xs) tryColumn(x, x + width / 2 > viewport.width / 2 ? 'right' : 'left');
  }
  return best!;
}
