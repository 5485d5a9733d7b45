/**
 * Numbers, the repeat rule and the printed table for `npm run bench`. A figure is the median over runs; a
 * run's own figure may be a percentile over its samples. Nothing here times anything.
 *
 * The repeat rule (one rule for every timed figure, `measureWithRepeats`): a section is measured; if any of
 * its figures misses its target, the whole section is measured again, up to ATTEMPTS times in all. A
 * figure PASSES if it met its target in any attempt (the first passing attempt is printed), and FAILS only
 * if it missed in every attempt (the last attempt is printed). The table's "Tries" column says which
 * attempt is shown out of how many were made. Exact figures (sizes, counts) are measured once: measuring
 * them again cannot change them.
 */

export interface BenchRow {
  section: string;
  measure: string;
  /** Already formatted, e.g. "7.9 KB" or "p50 0.04 / p95 0.12 ms". */
  figure: string;
  /** Empty when the row is context (a baseline, a part of another figure). */
  target: string;
  /** undefined: no target for this row. */
  pass?: boolean;
  /** How it was measured, printed under the table when long. */
  note?: string;
  /** Set by measureWithRepeats: the attempt shown, out of how many were made ("2/3"). */
  tries?: string;
}

/** A timed figure that misses its target is measured up to this many times in all before it fails. */
export const ATTEMPTS = 3;

/**
 * Runs `measure` once, and again (up to `attempts` in all) while any figure with a target fails. Rows are
 * matched across attempts by their measure; see the rule at the top of this file.
 */
export async function measureWithRepeats(measure: () => Promise<BenchRow[]>, attempts = ATTEMPTS): Promise<BenchRow[]> {
  const shown = new Map<string, BenchRow>();
  const order: string[] = [];
  let made = 0;
  for (let i = 1; i <= attempts; i++) {
    const rows = await measure();
    made = i;
    for (const row of rows) {
      if (!order.includes(row.measure)) order.push(row.measure);
      const before = shown.get(row.measure);
      // Keep the first passing attempt; otherwise the latest one.
      if (before?.pass === true) continue;
      shown.set(row.measure, { ...row, tries: String(i) });
    }
    if (![...shown.values()].some((r) => r.pass === false)) break;
  }
  return order.map((m) => {
    const row = shown.get(m) as BenchRow;
    return { ...row, tries: `${row.tries}/${made}` };
  });
}

/** Linear-interpolated percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Median over runs of a per-run figure. */
export function medianOf<T>(runs: readonly T[], pick: (run: T) => number): number {
  return median(runs.map(pick));
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function ms(value: number): string {
  if (value < 0.1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(0)} ms`;
}

export const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

const mark = (row: BenchRow): string => (row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL');

/** A plain-text table (monospace, fits a terminal and a Markdown code block). */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['Measure', 'Figure', 'Target', '', 'Tries'];
  const body = rows.map((r) => [r.measure, r.figure, r.target, mark(r), r.pass === undefined ? '' : (r.tries ?? '1/1')]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] as string).length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  const out: string[] = [];
  let section = '';
  out.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section;
      out.push(`[${section}]`);
    }
    out.push(line(body[i] as string[]));
  });
  const notes = rows.filter((r) => r.note).map((r) => `  - ${r.measure}: ${r.note}`);
  if (notes.length > 0) out.push('', 'How:', ...notes);
  out.push(
    '',
    `Tries: a timed figure that misses its target is measured again, up to ${ATTEMPTS} times in all; it FAILS only if it missed every time.`,
    '  "2/3" = the 2nd attempt is shown, 3 were made (the section is re-measured while any of its figures fails). Sizes and counts are exact: 1/1.',
  );
  return out.join('\n');
}
