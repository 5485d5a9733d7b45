/**
 * `npm run bench` (after `npm run build`): a benchmark, not a test. Prints one table of figures, each the
 * median of at least five runs (sizes are exact), with comparisons as ratios measured in the same run,
 * and each target with PASS/FAIL. A missed target never fails the process; it exits non-zero only when
 * something could not be measured.
 *
 * Sections: sizes (scripts/lib/bench-sizes.ts), town scale and phone profile (bench-scale.ts), time to
 * first highlight against driver.js (bench-highlight.ts), idle cost (bench-idle.ts), search, toggles and
 * export (bench-data.ts). The machine's load (os.loadavg, sampled every 2 s while the bench runs, and per
 * section) is printed with the table: on a shared 2-core machine it says how much the figures had to
 * compete for. A timed figure that misses its target is measured again before it fails: the repeat rule is
 * in scripts/lib/bench-stats.ts (measureWithRepeats), and the table's "Tries" column shows it at work.
 *
 * `npm run bench -- --only highlight,checklist` measures only the sections whose name contains one of
 * those words (for working on one figure; the full table needs every section).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/chromium';
import { CHROME_PATH } from '../tests/e2e/support/paths';
import { launchPlain, type PlainBrowser } from './lib/bench-browser';
import { measureChecklist, measureSearch } from './lib/bench-data';
import { measureHighlight } from './lib/bench-highlight';
import { measureIdle } from './lib/bench-idle';
import { measureScale } from './lib/bench-scale';
import { measureSizes } from './lib/bench-sizes';
import { measureTargets } from './lib/bench-targets';
import { formatTable, measureWithRepeats, median, type BenchRow } from './lib/bench-stats';
import { startSandboxServer } from './lib/sandbox-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
const HIGHLIGHT_RUNS = 7;
const IDLE_SECONDS = 10;

const rows: BenchRow[] = [];
const failures: string[] = [];
const sectionLoads: string[] = [];
const only = ((): string[] | null => {
  const i = process.argv.indexOf('--only');
  return i < 0 ? null : (process.argv[i + 1] ?? '').split(',').filter((w) => w !== '');
})();
const wanted = (name: string): boolean => only === null || only.some((w) => name.includes(w));

/** One section of the table. Timed sections follow the repeat rule; `exact` ones (sizes) are measured once. */
async function section(name: string, work: () => Promise<BenchRow[]>, opts: { exact?: boolean } = {}): Promise<void> {
  if (!wanted(name)) return;
  const started = Date.now();
  const loadAtStart = os.loadavg()[0] as number;
  process.stderr.write(`bench: ${name}…`);
  try {
    rows.push(...(opts.exact ? await work() : await measureWithRepeats(work)));
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(` ${seconds.toFixed(1)} s\n`);
    sectionLoads.push(`${name}: ${seconds.toFixed(0)} s, 1-min load ${loadAtStart.toFixed(2)} → ${(os.loadavg()[0] as number).toFixed(2)}`);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    process.stderr.write(' could not measure\n');
    failures.push(`${name}: ${reason}`);
    rows.push({ section: name, measure: name, figure: 'NOT MEASURED (see below)', target: '' });
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'))) throw new Error('.output/chrome-mv3 is missing: run npm run build');
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);

  const loadBefore = os.loadavg();
  const loadSamples: number[] = [loadBefore[0] as number];
  const sampler = setInterval(() => loadSamples.push(os.loadavg()[0] as number), 2000);
  sampler.unref();
  // Node-only work first, while no browser competes for the two cores.
  await section('sizes', () => measureSizes(ROOT), { exact: true });
  await section('search', () => measureSearch(ROOT, RUNS));
  await section('town scale and phone profile', () => measureScale(ROOT, RUNS));

  const server = await startSandboxServer({ port: 0, root: ROOT });
  const open: Array<{ close(): Promise<void> }> = [];
  try {
    const ext: ExtensionBrowser = await launchWithExtension({ port: server.port });
    open.push(ext);
    const plain: PlainBrowser = await launchPlain(server.port);
    open.push(plain);
    await section('time to first highlight', () => measureHighlight(ROOT, ext, plain, HIGHLIGHT_RUNS));
    let second: ExtensionBrowser | undefined;
    await section('idle cost', async () => {
      if (!second) open.push((second = await launchWithExtension({ port: server.port })));
      return measureIdle(ext, second, plain, RUNS, IDLE_SECONDS);
    });
    await section('checklist', () => measureChecklist(ext, RUNS));
    await section('target finding', () => measureTargets(ROOT));
    if (ext.errors.length > 0) failures.push(`browser errors during the bench:\n    ${ext.errors.join('\n    ')}`);
  } finally {
    for (const b of open.reverse()) await b.close().catch(() => undefined);
    await server.close();
  }

  clearInterval(sampler);
  const loadAfter = os.loadavg();
  const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' / ');
  console.log(`\ndvc-guide bench — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.versions.node}, Chromium at ${CHROME_PATH}`);
  console.log(`Machine: ${os.cpus().length} cores; load average (1 / 5 / 15 min) at start ${load(loadBefore)}, at end ${load(loadAfter)}`);
  console.log(
    `1-min load while it ran (every 2 s): min ${Math.min(...loadSamples).toFixed(2)}, median ${median(loadSamples).toFixed(2)}, max ${Math.max(...loadSamples).toFixed(2)}`,
  );
  console.log(`Sections:\n  ${sectionLoads.join('\n  ')}\n`);
  if (only) console.log(`Only the sections matching: ${only.join(', ')}\n`);
  console.log(formatTable(rows));
  const failed = rows.filter((r) => r.pass === false).length;
  const passed = rows.filter((r) => r.pass === true).length;
  console.log(`\n${passed} PASS, ${failed} FAIL${failed === 0 ? '' : ' (each failed every attempt)'}`);
  if (failures.length > 0) {
    console.log(`\nCould not measure:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
