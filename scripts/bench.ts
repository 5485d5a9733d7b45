/**
 * `npm run bench` (after `npm run build`): a benchmark, not a test. Prints one table of figures, each the
 * median of at least five runs (sizes are exact), with comparisons as ratios measured in the same run,
 * and each target with PASS/FAIL. A missed target never fails the process; it exits non-zero only when
 * something could not be measured.
 *
 * Sections: sizes (scripts/lib/bench-sizes.ts), town scale and phone profile (bench-scale.ts), time to
 * first highlight against driver.js (bench-highlight.ts), idle cost (bench-idle.ts), search, toggles and
 * export (bench-data.ts). The machine's load (os.loadavg) is printed with the table: on a shared 2-core
 * machine it says how much the figures had to compete for; noisy figures are measured again before they fail.
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
import { formatTable, type BenchRow } from './lib/bench-stats';
import { startSandboxServer } from './lib/sandbox-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
const HIGHLIGHT_RUNS = 7;
const IDLE_SECONDS = 10;

const rows: BenchRow[] = [];
const failures: string[] = [];

async function section(name: string, work: () => Promise<BenchRow[]>): Promise<void> {
  const started = Date.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    rows.push(...(await work()));
    process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
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
  // Node-only work first, while no browser competes for the two cores.
  await section('sizes', () => measureSizes(ROOT));
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
    await section('idle cost', async () => {
      const second = await launchWithExtension({ port: server.port });
      open.push(second);
      return measureIdle(ext, second, plain, RUNS, IDLE_SECONDS);
    });
    await section('checklist', () => measureChecklist(ext, RUNS));
    await section('target finding', () => measureTargets(ROOT));
    if (ext.errors.length > 0) failures.push(`browser errors during the bench:\n    ${ext.errors.join('\n    ')}`);
  } finally {
    for (const b of open.reverse()) await b.close().catch(() => undefined);
    await server.close();
  }

  const loadAfter = os.loadavg();
  const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' / ');
  console.log(`\ndvc-guide bench — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.versions.node}, Chromium at ${CHROME_PATH}`);
  console.log(`Machine: ${os.cpus().length} cores; load average (1 / 5 / 15 min) at start ${load(loadBefore)}, at end ${load(loadAfter)}\n`);
  console.log(formatTable(rows));
  if (failures.length > 0) {
    console.log(`\nCould not measure:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
