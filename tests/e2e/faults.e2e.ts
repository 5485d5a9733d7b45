/**
 * Faults that need the real browser (the others are in tests/unit/faults.test.ts): Chrome stopping the
 * MV3 service worker in the middle of a session, and the content script injected a second time into a
 * tab that already has the overlay.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser, useSandbox } from './support/harness';
import { CHROME_EXT, ROOT } from './support/paths';
import { KHAI_SINH_URL, OverlayPage } from './pages/overlay';
import { SidePanelPage } from './pages/sidepanel';
import { walkedFileSteps, type GuideFile } from './pages/guide-files';

const guide = JSON.parse(readFileSync(path.join(ROOT, 'guides/dang-ky-khai-sinh.json'), 'utf8')) as { title: string; steps: unknown[] };
// The side panel counts the steps of the route the session is on (the first route until it moves).
const STEPS = walkedFileSteps(guide as unknown as GuideFile).length;

// Each test stops or re-injects parts of the extension: a browser of its own.
const ext = useExtensionBrowser(useSandbox());

async function openPortal(): Promise<{ page: Page; overlay: OverlayPage }> {
  const overlay = await ext.openPortal(KHAI_SINH_URL);
  await overlay.startButton.waitFor();
  return { page: overlay.page, overlay };
}

/** The overlay's "could not save" line (overlay.storageError), anywhere in its shadow root. */
const saveProblem = (overlay: OverlayPage) => overlay.host.getByText(/^Không lưu được tiến độ/);

describe('faults in the real browser', () => {
  it('the service worker stopped mid-session: the next step still saves and the side panel still reads it', async () => {
    const browser = await ext.launch();
    const { page: portal, overlay } = await openPortal();
    const panelPage = await browser.newPage();
    await panelPage.goto(SidePanelPage.url(browser.extensionId));
    const panel = new SidePanelPage(panelPage);
    await panel.createSession('Chị Hoa', 'khai sinh', guide.title);
    await overlay.card.waitFor();
    await overlay.next.click();
    await overlay.waitForStep(2);
    await expect.poll(() => panel.stepsDone().textContent(), { timeout: 10_000 }).toBe(`Đã làm 1/${STEPS} bước`);

    // What Chrome does to an idle MV3 worker after 30 s, now: every in-memory variable of the background is gone.
    await browser.worker.evaluate(() => {
      (globalThis as { __beforeStop?: boolean }).__beforeStop = true;
    });
    const cdp = await browser.ctx.newCDPSession(panelPage);
    type Versions = { versions: Array<{ runningStatus: string; scriptURL: string }> };
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
        if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;

    await overlay.next.click();
    await overlay.waitForStep(3);
    // The message woke a new worker, which saved the run and ticked the session's step.
    await expect.poll(() => panel.stepsDone().textContent(), { timeout: 10_000 }).toBe(`Đã làm 2/${STEPS} bước`);
    const fresh = await Promise.all(browser.ctx.serviceWorkers().map((w) => w.evaluate(() => (globalThis as { __beforeStop?: boolean }).__beforeStop !== true).catch(() => false)));
    expect(fresh, 'a new worker answered').toContain(true);
    await cdp.detach();
    expect(await saveProblem(overlay).count()).toBe(0);

    // Read back fresh, not from what the panel held: a reloaded panel and a reloaded portal tab.
    await panelPage.reload();
    await panel.openSession('Chị Hoa');
    expect(await panel.stepsDone().textContent()).toBe(`Đã làm 2/${STEPS} bước`);
    await portal.reload();
    await overlay.waitForStep(3);
    expect(browser.errors).toEqual([]);
  });

  it('the content script injected twice: one overlay remains, on the same step, still saving', async () => {
    const browser = await ext.launch();
    const { page, overlay } = await openPortal();
    await overlay.start();
    await overlay.next.click();
    await overlay.waitForStep(2);
    await overlay.host.evaluate((el) => el.setAttribute('data-first-instance', ''));

    // Run the built content script again in the extension's own isolated world of this tab (what a
    // second chrome.scripting injection or an update re-injection does), found through CDP.
    const cdp = await browser.ctx.newCDPSession(page);
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const isolated = contexts.find((c) => c.origin === `chrome-extension://${browser.extensionId}` && c.auxData?.type === 'isolated');
    expect(isolated, 'the extension content script world of this tab').toBeDefined();
    const source = readFileSync(path.join(CHROME_EXT, 'content-scripts/portal.js'), 'utf8');
    const result = (await cdp.send('Runtime.evaluate', { expression: source, contextId: isolated!.id })) as { exceptionDetails?: { text: string } };
    expect(result.exceptionDetails).toBeUndefined();
    await cdp.detach();

    // The newer instance replaced the older one and picked up the saved run.
    await overlay.waitForStep(2);
    await expect.poll(() => page.locator('dvc-guide-overlay').count()).toBe(1);
    expect(await page.locator('dvc-guide-overlay[data-first-instance]').count()).toBe(0);
    expect(await page.locator('[data-dvc-target]').count()).toBeLessThanOrEqual(1);
    await overlay.next.click();
    await overlay.waitForStep(3);
    expect(await page.locator('dvc-guide-overlay').count()).toBe(1);
    expect(await saveProblem(overlay).count()).toBe(0);
    await page.reload();
    await overlay.waitForStep(3);
    expect(browser.errors).toEqual([]);
  });
});
