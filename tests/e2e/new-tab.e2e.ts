/**
 * A new portal tab never silently continues another resident's run (issue 13, item 5): on a page of a
 * guide a helper's session runs (in a tab now closed, or in another open tab), the overlay asks
 * "Tiếp tục hướng dẫn “…” cho phiên “…”?". Continue takes the session's place and keeps the session in
 * step; start afresh leaves the session as it was.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { ROOT } from './support/paths';
import { KHAI_SINH_URL, OverlayPage } from './pages/overlay';
import { SidePanelPage } from './pages/sidepanel';
import { walkedSteps } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';

const guide = JSON.parse(readFileSync(path.join(ROOT, 'guides/dang-ky-khai-sinh.json'), 'utf8')) as Guide;
const total = walkedSteps(guide).length;
const LABEL = 'Bà Lan tổ 5';
// The session is named by when it started, never by its label (often the resident's name): the question
// is in the portal's page, whose own scripts can read our open shadow root.
const STARTED = String.raw`\d{2}:\d{2} \d{2}/\d{2}/\d{4}`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUESTION = new RegExp(`^Tiếp tục hướng dẫn “${escape(guide.title)}” cho phiên bắt đầu lúc ${STARTED}\\?$`);

let server: SandboxServer;
let browser: ExtensionBrowser | null = null;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await browser?.close();
  browser = null;
});

async function portalTab(b: ExtensionBrowser): Promise<OverlayPage> {
  const page = await b.newPage();
  await page.goto(KHAI_SINH_URL);
  return new OverlayPage(page);
}

const question = (overlay: OverlayPage) => overlay.host.getByRole('region', { name: QUESTION });

async function axeViolations(page: Page): Promise<unknown[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  return (await new AxeBuilder({ page }).include('dvc-guide-overlay').withTags(tags).analyze()).violations;
}

describe('a new portal tab and a helper’s session', () => {
  it('asks before continuing another tab’s session run; continue keeps the session in step, start afresh leaves it alone', async () => {
    browser = await launchWithExtension({ port: server.port });
    const first = await portalTab(browser);
    await first.startButton.waitFor();
    const panelPage = await browser.newPage();
    await panelPage.goto(SidePanelPage.url(browser.extensionId));
    const panel = new SidePanelPage(panelPage);
    await panel.createSession(LABEL, 'khai sinh', guide.title);

    // The session's guide runs in the first tab: two steps done there.
    await first.card.waitFor();
    await first.next.click();
    await first.waitForStep(2);
    await first.next.click();
    await first.waitForStep(3);
    await expect.poll(() => panel.stepsDone().textContent(), { timeout: 10_000 }).toBe(`Đã làm 2/${total} bước`);
    await first.page.close();

    // A new tab on the guide's page: the question, not the plain offer and not the run.
    const second = await portalTab(browser);
    await question(second).waitFor();
    expect(await question(second).getByText(`Phiên này đang ở bước 3/${total}.`).count()).toBe(1);
    expect(await second.card.count()).toBe(0);
    expect(await axeViolations(second.page)).toEqual([]);
    expect(await second.host.evaluate((el) => el.shadowRoot?.textContent ?? '')).not.toContain(LABEL);
    expect(await second.page.content()).not.toContain(LABEL);

    // From the keyboard: "Tiếp tục" continues at the session's step, in step with the side panel.
    const continueButton = question(second).getByRole('button', { name: new RegExp(`^Tiếp tục phiên lúc ${STARTED}$`) });
    await continueButton.focus();
    await second.page.keyboard.press('Enter');
    await second.waitForStep(3);
    await second.next.click();
    await second.waitForStep(4);
    await expect.poll(() => panel.stepsDone().textContent(), { timeout: 10_000 }).toBe(`Đã làm 3/${total} bước`);

    // A third tab while the second runs the session: asked again; "Bắt đầu mới" starts at step 1 and the
    // session keeps its 3 steps and its tab.
    const third = await portalTab(browser);
    await question(third).waitFor();
    await question(third).getByRole('button', { name: 'Bắt đầu mới', exact: true }).click();
    await third.waitForStep(1);
    await third.next.click();
    await third.waitForStep(2);
    await second.page.bringToFront();
    await second.next.click();
    await second.waitForStep(5);
    await expect.poll(() => panel.stepsDone().textContent(), { timeout: 10_000 }).toBe(`Đã làm 4/${total} bước`);

    // The third tab's own run is its own: reloading it resumes it without asking.
    await third.page.reload();
    await third.waitForStep(2);
    expect(await question(third).count()).toBe(0);
  });
});
