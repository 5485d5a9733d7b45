/**
 * Time to the first highlighted step, ours against driver.js's `highlight()` of the same "Nộp hồ sơ"
 * button on the same sandbox page, in the same Chromium binary, runs interleaved.
 *
 * Both end at the same event: the first animation frame (checked with performance.now() in a rAF callback)
 * in which the popover/card is shown (in layout, visible, opacity above 0) and, for ours, the button
 * carries data-dvc-target.
 * - ours starts at `dvc-guide:script`, the first statement the content script runs (its first import,
 *   entrypoints/portal.content/script-start.ts), with a saved run at that step (resume): it covers
 *   evaluating the bundle, asking the background for guides and the run, finding the target, rendering
 *   the card. (`dvc-guide:start`, the top of mountOverlay, splits it.)
 * - driver.js starts just before its script and stylesheet are put into the loaded page (inline, no
 *   network): it covers parsing its bundle, `driver().highlight()` and its fade-in's first frame.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/chromium';
import { KHAI_SINH_URL, SHOWN_FN, SUBMIT_LABEL, openResumed, type PlainBrowser } from './bench-browser';
import { median, ms, ratio, type BenchRow } from './bench-stats';

export interface HighlightSample {
  ours: number;
  /** dvc-guide:script → dvc-guide:start: evaluating the content script's modules before mountOverlay. */
  oursEval: number;
  /** dvc-guide:start → dvc-guide:highlight (the target marked, before the frame that shows it). */
  oursEngine: number;
  driver: number;
  /** driver.js: inject + highlight() call, synchronous part. */
  driverSync: number;
}

interface OursRun {
  total: number;
  evaluate: number;
  engine: number;
}

async function oursOnce(ext: ExtensionBrowser): Promise<OursRun> {
  const page = await openResumed(ext.worker, ext.ctx, { watch: true });
  try {
    await page.waitForFunction('window.__dvcBenchShownAt !== undefined', undefined, { timeout: 15_000 });
    const t = await page.evaluate(`(() => {
      const script = performance.getEntriesByName('dvc-guide:script')[0];
      const start = performance.getEntriesByName('dvc-guide:start')[0];
      const hl = performance.getEntriesByName('dvc-guide:highlight')[0];
      return script && start && hl
        ? { total: window.__dvcBenchShownAt - script.startTime, evaluate: start.startTime - script.startTime, engine: hl.startTime - start.startTime }
        : null;
    })()`);
    if (!t) throw new Error('the overlay did not leave its dvc-guide:script / :start / :highlight marks (stale build?)');
    return t as OursRun;
  } finally {
    await page.close();
  }
}

function driverScript(js: string, css: string): string {
  return `(async () => {
    const shown = ${SHOWN_FN};
    const label = ${JSON.stringify(SUBMIT_LABEL)};
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === label);
    if (!button) return null;
    const t0 = performance.now();
    const style = document.createElement('style');
    style.textContent = ${JSON.stringify(css)};
    document.head.append(style);
    const script = document.createElement('script');
    script.textContent = ${JSON.stringify(js)};
    document.head.append(script);
    window.driver.js.driver().highlight({ element: button, popover: { title: label, description: 'Bấm nút này để bắt đầu nộp hồ sơ.' } });
    const sync = performance.now() - t0;
    return new Promise((resolve) => {
      const tick = () => {
        if (shown(document.querySelector('.driver-popover'))) resolve({ total: performance.now() - t0, sync });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  })()`;
}

async function driverOnce(plain: PlainBrowser, script: string): Promise<{ total: number; sync: number }> {
  const page: Page = await plain.ctx.newPage();
  try {
    await page.goto(KHAI_SINH_URL);
    await page.getByRole('button', { name: SUBMIT_LABEL, exact: true }).waitFor({ timeout: 15_000 });
    const t = (await page.evaluate(script)) as { total: number; sync: number } | null;
    if (!t) throw new Error(`no "${SUBMIT_LABEL}" button on the sandbox page for driver.js`);
    return t;
  } finally {
    await page.close();
  }
}

export async function measureHighlight(root: string, ext: ExtensionBrowser, plain: PlainBrowser, runs: number): Promise<BenchRow[]> {
  const dist = path.join(root, 'node_modules/driver.js/dist');
  const script = driverScript(readFileSync(path.join(dist, 'driver.js.iife.js'), 'utf8'), readFileSync(path.join(dist, 'driver.css'), 'utf8'));
  // One warm-up each (first navigation, first service-worker wake) that is not counted.
  await oursOnce(ext);
  await driverOnce(plain, script);
  const samples: HighlightSample[] = [];
  for (let i = 0; i < runs; i++) {
    const ours = await oursOnce(ext);
    const driver = await driverOnce(plain, script);
    samples.push({ ours: ours.total, oursEval: ours.evaluate, oursEngine: ours.engine, driver: driver.total, driverSync: driver.sync });
  }
  const ours = median(samples.map((s) => s.ours));
  const driver = median(samples.map((s) => s.driver));
  const ratios = median(samples.map((s) => s.ours / s.driver));
  const section = `Time to first highlight (median of ${runs} interleaved runs)`;
  return [
    {
      section,
      measure: 'Ours: content script start → card shown',
      // The figure is the median of per-run ratios: each run pairs ours with the driver.js run right after it,
      // so a load spike on the shared machine hits both sides of a ratio instead of one median.
      figure: `${ratios.toFixed(2)}× driver.js (median of per-run ratios; ${ms(ours)} vs ${ms(driver)}, ratio of medians ${ratio(ours, driver)})`,
      target: '≤ 1.00× driver.js',
      pass: ratios <= 1,
      note: 'from performance.mark("dvc-guide:script"), the first statement of portal.js, resuming a saved run at "Nộp hồ sơ", to the first rAF frame where the card is shown and the button has data-dvc-target; includes evaluating the bundle, not the browser compiling it before its first statement',
    },
    { section, measure: '  of which evaluating the bundle: script → mountOverlay', figure: ms(median(samples.map((s) => s.oursEval))), target: '' },
    { section, measure: '  of which engine: mountOverlay → target marked', figure: ms(median(samples.map((s) => s.oursEngine))), target: '' },
    {
      section,
      measure: 'driver.js: inject → popover shown',
      figure: ms(driver),
      target: '',
      note: 'driver.js 1.8.0 iife + css put inline into the loaded sandbox page, driver().highlight() on the same button, to the first rAF frame where .driver-popover is shown; same Chromium without the extension',
    },
    { section, measure: '  of which sync JS (inject + highlight())', figure: ms(median(samples.map((s) => s.driverSync))), target: '' },
  ];
}
