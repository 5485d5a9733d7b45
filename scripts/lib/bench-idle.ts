/**
 * What the overlay costs while a person reads a step: a window of `seconds` right after the step shows.
 * - long tasks: a PerformanceObserver('longtask') in the page (tasks over 50 ms on its main thread,
 *   whichever world ran them);
 * - script time: CDP Performance.getMetrics ScriptDuration, end minus start of the window;
 * - our MutationObserver: each batch timed by the watcher itself (`dvc-guide:batch` measures, opt-in
 *   through data-dvc-bench), on a page that adds 1,000 nodes a second (and removes as many).
 * The mutating page is measured with and without the extension at the same time, in two browsers.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/chromium';
import { KHAI_SINH_URL, SUBMIT_LABEL, openResumed, type PlainBrowser } from './bench-browser';
import { median, medianOf, ms, percentile, ratio, type BenchRow } from './bench-stats';

export interface IdleRun {
  longTasks: number[];
  scriptMs: number;
  batches: number[];
}

/** 20 batches a second, each removing the previous 50 nodes and adding 50 one by one. */
const MUTATOR = `(() => {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;left:-9999px;top:0';
  document.body.append(box);
  let n = 0;
  const timer = setInterval(() => {
    box.replaceChildren();
    for (let i = 0; i < 50; i++) {
      const item = document.createElement('span');
      item.className = 'bench-item';
      item.textContent = 'Mục ' + (n++);
      box.append(item);
    }
  }, 50);
  window.__benchStopMutate = () => clearInterval(timer);
})()`;

const START_WINDOW = `(() => {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration);
  }).observe({ type: 'longtask' });
  performance.clearMeasures('dvc-guide:batch');
})()`;

const END_WINDOW = `(() => {
  window.__benchStopMutate?.();
  return { longTasks: window.__benchLongTasks, batches: performance.getEntriesByName('dvc-guide:batch').map((e) => e.duration) };
})()`;

function scriptSeconds(metrics: { metrics: Array<{ name: string; value: number }> }): number {
  const found = metrics.metrics.find((m) => m.name === 'ScriptDuration');
  if (!found) throw new Error('CDP Performance.getMetrics has no ScriptDuration');
  return found.value;
}

export async function idleWindow(page: Page, seconds: number, mutate: boolean): Promise<IdleRun> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(START_WINDOW);
  if (mutate) await page.evaluate(MUTATOR);
  const before = await scriptSeconds(await cdp.send('Performance.getMetrics'));
  await page.waitForTimeout(seconds * 1000);
  const after = await scriptSeconds(await cdp.send('Performance.getMetrics'));
  const end = (await page.evaluate(END_WINDOW)) as { longTasks: number[]; batches: number[] };
  await cdp.detach();
  return { ...end, scriptMs: (after - before) * 1000 };
}

async function extRuns(ext: ExtensionBrowser, runs: number, seconds: number, mutate: boolean): Promise<IdleRun[]> {
  const out: IdleRun[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openResumed(ext.worker, ext.ctx, { benchAttr: true });
    try {
      out.push(await idleWindow(page, seconds, mutate));
    } finally {
      await page.close();
    }
  }
  return out;
}

async function plainRuns(plain: PlainBrowser, runs: number, seconds: number): Promise<IdleRun[]> {
  const out: IdleRun[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await plain.ctx.newPage();
    try {
      await page.goto(KHAI_SINH_URL);
      await page.getByRole('button', { name: SUBMIT_LABEL, exact: true }).waitFor({ timeout: 15_000 });
      out.push(await idleWindow(page, seconds, true));
    } finally {
      await page.close();
    }
  }
  return out;
}

const countText = (runs: readonly IdleRun[]): string => {
  const counts = runs.map((r) => r.longTasks.length);
  const longest = Math.max(0, ...runs.flatMap((r) => r.longTasks));
  return `${median(counts)} (max ${Math.max(...counts)} in a run${longest > 0 ? `, longest ${ms(longest)}` : ''})`;
};

/** Quiet page and mutating page with the extension (two browsers) and the mutating page without it. */
export async function measureIdle(quietExt: ExtensionBrowser, busyExt: ExtensionBrowser, plain: PlainBrowser, runs: number, seconds: number): Promise<BenchRow[]> {
  const [quiet, busy, bare] = await Promise.all([extRuns(quietExt, runs, seconds, false), extRuns(busyExt, runs, seconds, true), plainRuns(plain, runs, seconds)]);
  const batches = busy.map((r) => r.batches).filter((b) => b.length > 0);
  if (batches.length === 0) throw new Error('no dvc-guide:batch measures on the mutating page (stale build, or data-dvc-bench not seen)');
  const busyScript = medianOf(busy, (r) => r.scriptMs);
  const bareScript = medianOf(bare, (r) => r.scriptMs);
  const noLongTasks = [...quiet, ...busy].every((r) => r.longTasks.length === 0);
  const section = `Idle for ${seconds} s after the step shows (median of ${runs} runs; long tasks: any in any run fails)`;
  return [
    { section, measure: 'Long tasks, quiet page', figure: countText(quiet), target: 'none', pass: quiet.every((r) => r.longTasks.length === 0) },
    { section, measure: 'Script time, quiet page', figure: `${ms(medianOf(quiet, (r) => r.scriptMs))} in ${seconds} s`, target: '' },
    { section, measure: 'Long tasks, page adding 1,000 nodes/s', figure: countText(busy), target: 'none', pass: busy.every((r) => r.longTasks.length === 0) && noLongTasks },
    { section, measure: '  same page without the extension', figure: countText(bare), target: '' },
    {
      section,
      measure: 'Our observer per batch (20 batches/s)',
      figure: `p50 ${ms(median(batches.map((b) => percentile(b, 50))))} / p95 ${ms(median(batches.map((b) => percentile(b, 95))))} (${median(batches.map((b) => b.length))} batches)`,
      target: '',
      note: 'dvc-guide:batch measures from lib/engine/dom-watcher.ts (only on pages marked data-dvc-bench): the callback, its listeners and the microtask check they schedule',
    },
    {
      section,
      measure: 'Script time, mutating page: with / without',
      figure: `${ms(busyScript)} / ${ms(bareScript)} (${ratio(busyScript, bareScript)}, +${ms(Math.max(0, busyScript - bareScript))})`,
      target: '',
      note: 'CDP ScriptDuration delta over the window; without = the same Chromium without the extension, measured at the same time',
    },
  ];
}
