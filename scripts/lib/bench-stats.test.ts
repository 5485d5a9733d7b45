import { describe, expect, it } from 'vitest';
import { ATTEMPTS, measureWithRepeats, type BenchRow } from './bench-stats';

const row = (measure: string, pass: boolean, extra: Partial<BenchRow> = {}): BenchRow => ({ section: 's', measure, figure: pass ? 'fast' : 'slow', target: 't', pass, ...extra });

/** A section whose figures come from a script of attempts. */
function scripted(attempts: Array<(n: number) => BenchRow[]>): { measure: () => Promise<BenchRow[]>; calls: () => number } {
  let n = 0;
  return { measure: async () => (attempts[n] ?? attempts[attempts.length - 1] as (n: number) => BenchRow[])(n++), calls: () => n };
}

describe('the bench repeat rule', () => {
  it('passes a noisy figure that met its target in a later attempt, and says which attempt is shown', async () => {
    const s = scripted([() => [row('a', false)], () => [row('a', true)]]);
    const [a] = await measureWithRepeats(s.measure);
    expect(a?.pass).toBe(true);
    expect(a?.tries).toBe('2/2');
    expect(s.calls()).toBe(2);
  });

  it(`fails a figure only when it missed in all ${ATTEMPTS} attempts`, async () => {
    const s = scripted([() => [row('a', false), row('b', true)]]);
    const [a, b] = await measureWithRepeats(s.measure);
    expect(a?.pass).toBe(false);
    expect(a?.tries).toBe(`${ATTEMPTS}/${ATTEMPTS}`);
    // A figure that passed keeps its first passing attempt while the section is measured again for another.
    expect(b?.tries).toBe(`1/${ATTEMPTS}`);
    expect(s.calls()).toBe(ATTEMPTS);
  });

  it('never measures again for a failing size or count (it cannot change)', async () => {
    const s = scripted([() => [row('bytes', false, { exact: true }), row('time', true)]]);
    const rows = await measureWithRepeats(s.measure);
    expect(rows.map((r) => r.pass)).toEqual([false, true]);
    expect(s.calls()).toBe(1);
  });
});
