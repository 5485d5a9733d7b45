/**
 * The size bounds of one guide, apart from load.ts so the widget's yes/no validation (widget/guide-chunk.ts)
 * checks them first without the rest of load.ts.
 */
import type { PathSegment } from './problem-core';

/**
 * Bounds on one guide's shape, checked before anything else reads it: the largest real guide has about
 * 1,500 values, lists of at most 20 items and a depth of 8. The schema step and the checks are linear,
 * but their issue lists are built with spreads and recursion, so a list of 100,000 items could
 * exhaust the stack; one early "too large" is the clear answer.
 */
export const GUIDE_LIMITS = { values: 30_000, list: 500, depth: 24 } as const;

/** The first limit `value` exceeds, with where; undefined when within every limit. Stops at the limit. */
export function measureGuide(value: unknown): { path: PathSegment[]; limit: string } | undefined {
  let values = 0;
  const stack: { v: unknown; path: PathSegment[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (++values > GUIDE_LIMITS.values) return { path: [], limit: `${GUIDE_LIMITS.values} values` };
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= GUIDE_LIMITS.depth) return { path, limit: `${GUIDE_LIMITS.depth} levels` };
    if (Array.isArray(v)) {
      if (v.length > GUIDE_LIMITS.list) return { path, limit: `${GUIDE_LIMITS.list} items` };
      for (let i = 0; i < v.length; i++) stack.push({ v: v[i], path: [...path, i] });
    } else {
      let keys = 0;
      for (const k in v) {
        if (++keys > GUIDE_LIMITS.list) return { path, limit: `${GUIDE_LIMITS.list} fields` };
        stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
      }
    }
  }
  return undefined;
}
