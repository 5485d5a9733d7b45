/**
 * The few checks the compiled guide validator (widget/generated/guide-validator.ts) is built from. They
 * report issues exactly as zod/mini does for the same schema (same codes, paths, order, and the quirks:
 * lengths in code points, length checks on anything with a `length`, a non-integer stopping later
 * checks), so lib/guide/problems.ts words them the same and the widget needs no zod at run time.
 * tests/unit/compiled-validator.test.ts holds the two to the same answers.
 */
import type { SchemaIssue, SchemaStep } from '../lib/guide/load';
import type { Guide } from '../lib/guide/schema';

type Path = PropertyKey[];
/** Pushes the issues of `v` (at `p`) to `out`; true when one of them stops the enclosing length checks. */
export type Check = (v: unknown, p: Path, out: SchemaIssue[]) => boolean | void;

const typeIssue = (out: SchemaIssue[], path: Path, expected: string): void => {
  out.push({ code: 'invalid_type', expected, path, message: '' });
};

/** zod runs min/max length checks on anything with a `length` (a string, a list, `{ "length": 0 }`). */
const lengths = (v: unknown, p: Path, out: SchemaIssue[], min?: number, max?: number): void => {
  if (v == null || (v as { length?: unknown }).length === undefined) return;
  const origin = typeof v === 'string' ? 'string' : Array.isArray(v) ? 'array' : 'unknown';
  const n = typeof v === 'string' ? [...v].length : (v as { length: number }).length;
  // Negated so a non-numeric `length` fails both, as in zod.
  if (min !== undefined && !(n >= min)) out.push({ code: 'too_small', origin, minimum: min, inclusive: true, path: p, message: '' });
  if (max !== undefined && !(n <= max)) out.push({ code: 'too_big', origin, maximum: max, inclusive: true, path: p, message: '' });
};

/** A string; `name` is the regex's message in schema.ts (slug, date...), the key of its explanation. */
export const S =
  (min?: number, max?: number, pattern?: RegExp, name = ''): Check =>
  (v, p, out) => {
    if (typeof v !== 'string') typeIssue(out, p, 'string');
    lengths(v, p, out, min, max);
    if (typeof v === 'string' && pattern && !pattern.test(v)) {
      out.push({ code: 'invalid_format', format: 'regex', pattern: pattern.source, path: p, message: name });
    }
  };

/** z.url(): whatever `new URL` reads after trimming. */
export const U: Check = (v, p, out) => {
  if (typeof v !== 'string') return typeIssue(out, p, 'string');
  try {
    new URL(v.trim());
  } catch {
    out.push({ code: 'invalid_format', format: 'url', path: p, message: '' });
  }
};

/** A finite number (int: a safe integer) at least, or above, `min`. */
export const F =
  (int: boolean, min?: number, exclusive = false): Check =>
  (v, p, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return typeIssue(out, p, 'number');
    if (int && !Number.isInteger(v)) {
      typeIssue(out, p, 'int');
      return true;
    }
    if (int && !Number.isSafeInteger(v)) {
      out.push(
        v > 0
          ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true, path: p, message: '' }
          : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true, path: p, message: '' },
      );
    }
    if (min !== undefined && (exclusive ? !(v > min) : !(v >= min))) {
      out.push({ code: 'too_small', origin: 'number', minimum: min, inclusive: !exclusive, path: p, message: '' });
    }
  };

export const B: Check = (v, p, out) => {
  if (typeof v !== 'boolean') typeIssue(out, p, 'boolean');
};

/** One of fixed values (an enum or a literal). */
export const E =
  (values: (string | number | boolean | null)[]): Check =>
  (v, p, out) => {
    if (!(values as unknown[]).includes(v)) out.push({ code: 'invalid_value', values, path: p, message: '' });
  };

export const N =
  (inner: Check): Check =>
  (v, p, out) =>
    v === null ? undefined : inner(v, p, out);

/** Marks a property optional in O's table: absent (or undefined) is fine. */
export const opt = (inner: Check): [Check] => [inner];

/** A strict object: every listed property checked in order, then one issue naming all unknown keys. */
export const O =
  (props: Record<string, Check | [Check]>): Check =>
  (v, p, out) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return typeIssue(out, p, 'object');
    const o = v as Record<string, unknown>;
    let stop = false;
    for (const k in props) {
      const c = props[k] as Check | [Check];
      if (Array.isArray(c) && o[k] === undefined) continue;
      if ((Array.isArray(c) ? c[0] : c)(o[k], [...p, k], out)) stop = true;
    }
    const keys: string[] = [];
    for (const k in o) if (!Object.prototype.hasOwnProperty.call(props, k)) keys.push(k);
    if (keys.length) out.push({ code: 'unrecognized_keys', keys, path: p, message: '' });
    return stop;
  };

/** A list of `item`, with at least `min` items (checked unless an item stopped it, as in zod). */
export const A =
  (item: Check, min?: number): Check =>
  (v, p, out) => {
    if (!Array.isArray(v)) typeIssue(out, p, 'array');
    let stop = false;
    if (Array.isArray(v)) v.forEach((x, i) => (item(x, [...p, i], out) ? (stop = true) : 0));
    if (!stop) lengths(v, p, out, min);
    return stop;
  };

/** The schema step: the data itself on success (zod would return a copy with URLs trimmed). */
export const run =
  (root: Check): SchemaStep =>
  (value) => {
    const issues: SchemaIssue[] = [];
    root(value, [], issues);
    return issues.length ? { success: false, issues } : { success: true, data: value as Guide };
  };
