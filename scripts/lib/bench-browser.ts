/**
 * Browsers for the bench: the built extension (the e2e launcher) and the same Chromium without it (for
 * driver.js and for baselines), both with the portal's host names mapped to the local sandbox; and the
 * "resume" setup that puts a saved khai sinh run at its "Nộp hồ sơ" step, so what is timed is the
 * engine and the UI, not a person's click.
 */
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import { hostResolverRules } from '../../tests/e2e/support/chromium';
import { launchHeadless } from '../../tests/e2e/support/chromium-flags';

export const KHAI_SINH_URL = 'http://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';
export const SUBMIT_STEP_ID = 'bam-nop-ho-so';
export const SUBMIT_LABEL = 'Nộp hồ sơ';

export interface PlainBrowser {
  ctx: BrowserContext;
  close(): Promise<void>;
}

export async function launchPlain(port: number): Promise<PlainBrowser> {
  const browser: Browser = await launchHeadless('--disable-component-update', '--no-first-run', '--disable-background-networking', '--disable-quic', `--host-resolver-rules=${hostResolverRules(port)}`);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return { ctx, close: () => browser.close() };
}

let fakeTab = 900_000;

/**
 * A saved run at step 3 ("Nộp hồ sơ") that the next portal tab adopts: the run store hands "run:last" to
 * a tab without a run of its own when the tab it belonged to no longer exists (a fresh, unused tab id).
 */
export async function seedResume(worker: Worker): Promise<void> {
  fakeTab += 1;
  await worker.evaluate(
    async ({ tabId }) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({
        'run:last': {
          tabId,
          record: { guideId: 'dang-ky-khai-sinh', guideVersion: 1, stepIndex: 2, completed: ['chuan-bi-giay-to', 'chon-co-quan'], updatedAt: Date.now() },
        },
      });
    },
    { tabId: fakeTab },
  );
}

/**
 * In-page test shared by both tools: in layout, not hidden, opacity above 0. Page code is kept as strings
 * because the TypeScript runner may add helpers to compiled functions that do not exist in the page.
 */
export const SHOWN_FN = `(el) => {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
}`;

/** Logged by the watch script once the card is shown: the bench waits for it without polling the page. */
const SHOWN_MESSAGE = 'dvc-bench:shown';

/**
 * Installed before any page script (main world): notes the first animation frame in which our card is
 * shown and the "Nộp hồ sơ" button carries the target mark.
 */
const WATCH_SCRIPT = `(() => {
  const shown = ${SHOWN_FN};
  const tick = () => {
    const card = document.querySelector('dvc-guide-overlay')?.shadowRoot?.querySelector('[role="dialog"]');
    const target = document.querySelector('[data-dvc-target="${SUBMIT_STEP_ID}"]');
    if (target && shown(card) && shown(target)) {
      window.__dvcBenchShownAt = performance.now();
      console.debug(${JSON.stringify(SHOWN_MESSAGE)});
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

// Init scripts can run before <html> exists; the overlay mounts at document_idle, after DOMContentLoaded.
const BENCH_ATTR_SCRIPT = `document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-dvc-bench', ''));`;

/**
 * Opens the khai sinh page resumed at "Nộp hồ sơ" and waits until the step is highlighted. With `watch`
 * the wait is the watch script's console message: a locator's wait would put the test tool's own script
 * and its polling on the page's main thread while the time to first highlight is being measured (driver.js
 * is timed after that wait, on a quiet page).
 */
export async function openResumed(worker: Worker, ctx: BrowserContext, opts: { watch?: boolean; benchAttr?: boolean } = {}): Promise<Page> {
  await seedResume(worker);
  const page = await ctx.newPage();
  if (opts.benchAttr) await page.addInitScript({ content: BENCH_ATTR_SCRIPT });
  if (opts.watch) {
    await page.addInitScript({ content: WATCH_SCRIPT });
    const shown = page.waitForEvent('console', { predicate: (m) => m.text() === SHOWN_MESSAGE, timeout: 15_000 });
    // A failed navigation throws first; the wait then ends with the page, not as an unhandled rejection.
    shown.catch(() => undefined);
    await page.goto(KHAI_SINH_URL);
    await shown;
    return page;
  }
  await page.goto(KHAI_SINH_URL);
  await page.locator(`[data-dvc-target="${SUBMIT_STEP_ID}"]`).waitFor({ timeout: 15_000 });
  return page;
}
