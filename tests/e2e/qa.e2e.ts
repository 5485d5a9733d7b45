/**
 * Questions and answers (issue 15): `<dvc-guide view="hoi-dap">` on a town page and the side panel's
 * "Hỏi đáp" tab find "khong nhan duoc ma OTP" typed without diacritics and open the VNeID guide at the
 * step the answer belongs to; axe finds no WCAG 2.1 A/AA violation in the view.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkedSteps } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { launchWithExtension } from './support/chromium';
import { SidePanelPage } from './pages/sidepanel';
import { ROOT } from './support/paths';
import { launchHeadless } from './support/chromium-flags';

interface GuideFile {
  title: string;
  steps: { id: string; title: string }[];
  situations: { id: string; question: string }[];
}
const VNEID = JSON.parse(readFileSync(path.join(ROOT, 'guides/dang-nhap-vneid.json'), 'utf8')) as GuideFile;
const OTP = VNEID.situations.find((s) => s.id === 'khong-nhan-duoc-otp')!;
const CODE_STEP = VNEID.steps.find((s) => s.id === 'nhap-ma-xac-nhan')!;
// Numbered along the walked list, as the card counts (the first route of the login fork comes before it).
const CODE_STEP_N = walkedSteps(VNEID as unknown as Guide).findIndex((s) => s.id === CODE_STEP.id) + 1;
const QUERY = 'khong nhan duoc ma OTP';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

/** The answer item whose question is the VNeID one (the other guides repeat it for their own login step). */
async function findAndOpen(_page: Page, scope: ReturnType<Page['locator']>): Promise<void> {
  await scope.getByRole('searchbox', { name: 'Tìm câu hỏi' }).fill(QUERY);
  const belongs = `Thuộc hướng dẫn “${VNEID.title}”, bước ${CODE_STEP_N}: ${CODE_STEP.title}`;
  const item = scope.getByRole('listitem').filter({ hasText: belongs });
  await expect.poll(() => item.count()).toBe(1);
  // The VNeID guide's own answer ranks first among the guides that repeat the question for their login step.
  await expect.poll(() => scope.getByRole('listitem').first().textContent()).toContain(belongs);
  expect(await item.getByRole('heading', { level: 3 }).or(item.getByRole('heading', { level: 2 })).first().textContent()).toBe(OTP.question);
  await item.getByRole('button', { name: /Mở hướng dẫn ở bước này/ }).click();
}

async function expectOpenAtCodeStep(page: Page, scope: ReturnType<Page['locator']>): Promise<void> {
  await expect.poll(() => scope.getByRole('heading', { name: VNEID.title, exact: true }).isVisible()).toBe(true);
  const toggle = scope.getByRole('button', { name: new RegExp(`^${CODE_STEP.title}`) });
  await expect.poll(() => toggle.getAttribute('aria-expanded', { timeout: 5000 })).toBe('true');
  // Only that step is open, and it has the focus: a keyboard or screen-reader user lands on it.
  expect(await scope.locator('.dvc-step__toggle[aria-expanded="true"]').count()).toBe(1);
  await expect
    .poll(() => toggle.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el, undefined, { timeout: 5000 }))
    .toBe(true);
}

describe('Hỏi đáp', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchHeadless();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on the town site finds the OTP answer without diacritics and opens the VNeID guide at its step; axe 0', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url)) external.push(r.url());
    });
    await page.goto(`${server.url}/hoi-dap.html`);
    const host = page.locator('dvc-guide[view="hoi-dap"]');
    await host.getByRole('heading', { name: 'Hỏi đáp', exact: true }).waitFor();
    const axeList = await new AxeBuilder({ page }).include('dvc-guide').withTags(WCAG).analyze();
    expect(axeList.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

    await findAndOpen(page, host);
    await expectOpenAtCodeStep(page, host);
    const axeGuide = await new AxeBuilder({ page }).include('dvc-guide').withTags(WCAG).analyze();
    expect(axeGuide.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

    // The way back returns to the answers with the search kept.
    await host.getByRole('button', { name: /Về Hỏi đáp/ }).click();
    await expect.poll(() => host.getByRole('searchbox', { name: 'Tìm câu hỏi' }).inputValue()).toBe(QUERY);
    expect(external).toEqual([]); // nothing typed left the page
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('Hỏi đáp in the side panel', () => {
  it('finds the OTP answer and opens the VNeID guide at its step; axe 0', async () => {
    const ext = await launchWithExtension({ port: server.port });
    try {
      const page = await ext.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
      // "Hỏi đáp" is one of the helper's tools (the panel opens in resident mode).
      await new SidePanelPage(page).setHelperMode(true);
      await page.getByRole('navigation').getByRole('button', { name: 'Hỏi đáp', exact: true }).click();
      const main = page.locator('main');
      await main.getByRole('heading', { name: 'Hỏi đáp', exact: true }).waitFor();
      await findAndOpen(page, main);
      await expectOpenAtCodeStep(page, main);
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
