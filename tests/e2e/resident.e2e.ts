/**
 * The resident at home, in the built Chrome extension on a fresh profile: the welcome page once on install,
 * the guide finder in the side panel (resident mode by default), a guide opened on the sandbox portal at
 * step 1, the portal's search when no guide fits, and the helper tools only behind the switch.
 * The extension opens the portal at https://, so the sandbox sits behind a local TLS front.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { launchWithExtension, makeProfileDir, type ExtensionBrowser } from './support/chromium';
import { ROOT } from './support/paths';
import { startTlsFront, type TlsFront } from '../../scripts/lib/tls-front';
import { FinderPage } from './pages/finder';
import { OverlayPage } from './pages/overlay';
import { SidePanelPage } from './pages/sidepanel';

interface GuideFile {
  title: string;
  summary: string;
  documents: Array<{ name: string }>;
  steps: Array<{ title: string }>;
  procedure?: { portalId?: string };
}
const read = (id: string): GuideFile => JSON.parse(readFileSync(path.join(ROOT, `guides/${id}.json`), 'utf8')) as GuideFile;
const khaiSinh = read('dang-ky-khai-sinh');
const COMMON = ['dang-ky-khai-sinh', 'dang-ky-thuong-tru', 'cap-phieu-ly-lich-tu-phap', 'dang-nhap-vneid', 'tra-cuu-ho-so'].map((id) => read(id).title);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: SandboxServer;
let front: TlsFront;
let browser: ExtensionBrowser | null = null;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  front = await startTlsFront(server.port);
});
afterAll(async () => {
  await front?.close();
  await server?.close();
});
afterEach(async () => {
  await browser?.close();
  browser = null;
});

const launch = (profileDir?: string): Promise<ExtensionBrowser> =>
  launchWithExtension({ port: front.port, acceptSelfSigned: true, ...(profileDir ? { profileDir } : {}) });

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The welcome tab the background opened, once it exists. */
async function welcomePage(b: ExtensionBrowser): Promise<Page> {
  const url = FinderPage.welcomeUrl(b.extensionId);
  const open = b.ctx.pages().find((p) => p.url() === url);
  return open ?? b.ctx.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 });
}

async function openPanel(b: ExtensionBrowser): Promise<{ page: Page; finder: FinderPage; panel: SidePanelPage }> {
  const page = await b.newPage();
  await page.goto(SidePanelPage.url(b.extensionId));
  return { page, finder: new FinderPage(page), panel: new SidePanelPage(page) };
}

/** Nothing wider than the window: no sideways scrolling. */
const overflowX = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the resident at home (Chromium)', () => {
  it('opens the welcome page once on install, readable at 200 % zoom, and not again after a restart', async () => {
    const profile = makeProfileDir();
    try {
      browser = await launch(profile.dir);
      const welcome = await welcomePage(browser);
      await welcome.getByRole('heading', { level: 1, name: 'Tiện ích Hướng dẫn Dịch vụ công đã sẵn sàng' }).waitFor();
      // What it does, how to start, the shortcut, the privacy promise, the hotline; nothing asked.
      await welcome.getByText('Bắt đầu thế nào?').waitFor();
      expect(await welcome.locator('kbd').allTextContents()).toEqual(['Alt', 'Shift', 'G']);
      await welcome.getByText(/Những gì bạn gõ không bao giờ rời khỏi máy tính này/).waitFor();
      expect(await welcome.getByRole('link', { name: /1800 1096/ }).getAttribute('href')).toBe('tel:18001096');
      expect(await welcome.getByRole('radio', { name: 'Tiếng Việt' }).isChecked()).toBe(true);
      expect(await welcome.getByRole('switch', { name: 'Tôi là thành viên Tổ hỗ trợ' }).isChecked()).toBe(false);
      expect(await welcome.getByRole('textbox').count()).toBe(0);
      // The finder is on the page too.
      const finder = new FinderPage(welcome);
      await finder.commonHeading.waitFor();
      expect(await axeViolations(welcome)).toEqual([]);

      // 1280 px at 200 % zoom is a 640 CSS px wide window: everything reflows, nothing scrolls sideways.
      await welcome.setViewportSize({ width: 640, height: 400 });
      expect(await overflowX(welcome)).toBeLessThanOrEqual(0);
      // And at 400 % (320 CSS px), the reflow criterion of WCAG 1.4.10.
      await welcome.setViewportSize({ width: 320, height: 256 });
      expect(await overflowX(welcome)).toBeLessThanOrEqual(0);

      // English when chosen, for every extension page.
      await welcome.setViewportSize({ width: 1280, height: 720 });
      await welcome.getByRole('radio', { name: 'English' }).check();
      await welcome.getByRole('heading', { level: 1, name: 'The public service guide is ready' }).waitFor();
      await welcome.getByRole('radio', { name: 'Tiếng Việt' }).check();
      expect(browser.errors).toEqual([]);
      await browser.close();

      // Same profile, browser started again: the extension is not newly installed, no welcome page.
      browser = await launch(profile.dir);
      const { finder: again } = await openPanel(browser);
      await again.commonHeading.waitFor();
      const welcomeUrl = FinderPage.welcomeUrl(browser.extensionId);
      // The background answered the panel, so its install listener had its chance; give a tab time to appear.
      await new Promise((r) => setTimeout(r, 1000));
      expect(browser.ctx.pages().map((p) => p.url())).not.toContain(welcomeUrl);
    } finally {
      await browser?.close();
      browser = null;
      profile.remove();
    }
  });

  it('finds "khai sinh" in the side panel and opens it on the portal at step 1, the panel following the card', async () => {
    browser = await launch();
    const { page, finder, panel } = await openPanel(browser);
    // Resident mode by default: the finder, not the helper's workspace.
    await finder.commonHeading.waitFor();
    expect(await panel.helperSwitch.isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Phiên mới' }).count()).toBe(0);
    expect(await finder.commonTitles()).toEqual(COMMON);
    expect(await axeViolations(page)).toEqual([]);

    await finder.find('khai sinh');
    expect((await finder.listedTitles())[0]).toBe(khaiSinh.title);
    await finder.guideButton(khaiSinh.title).click();
    await finder.guideHeading(khaiSinh.title).waitFor();
    await page.getByText(khaiSinh.summary).waitFor();
    await page.getByRole('heading', { name: 'Giấy tờ cần chuẩn bị' }).waitFor();
    await page.getByRole('columnheader', { name: 'Lệ phí', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Thời hạn giải quyết', exact: true }).waitFor();
    await finder.documentBox(khaiSinh.documents[0]!.name).check();
    await page.getByText(`Đã chuẩn bị 1/${khaiSinh.documents.length}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const [portal] = await Promise.all([browser.ctx.waitForEvent('page'), finder.openOnPortal.click()]);
    await portal.waitForURL(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${khaiSinh.procedure!.portalId}`);
    const overlay = new OverlayPage(portal);
    // Step 1 at once: no "Bắt đầu" offer to press a second time.
    await overlay.waitForStep(1);
    expect(await overlay.startButton.count()).toBe(0);
    expect(await overlay.title()).toBe(khaiSinh.steps[0]!.title);
    await page.getByText('Đã mở trang thủ tục trong một thẻ mới. Hướng dẫn đã bắt đầu ở bước 1.').waitFor();

    // The panel shows the running guide's steps, in step with the card: the same "Bước N/M" and title.
    const { m } = await overlay.position();
    await page.getByText(`Bước 1/${m}: ${await overlay.title()}`).waitFor();
    await overlay.next.click();
    await overlay.waitForStep(2);
    await page.getByText(`Bước 2/${m}: ${await overlay.title()}`).waitFor();
    expect(await page.locator('[aria-current="step"]').getByRole('button').first().textContent()).toContain(await overlay.title());

    // The ticks stay with the guide.
    await page.reload();
    await finder.find('khai sinh');
    await finder.guideButton(khaiSinh.title).click();
    expect(await finder.documentBox(khaiSinh.documents[0]!.name).isChecked()).toBe(true);
    expect(browser.errors).toEqual([]);
  });

  it('offers the portal search and the hotline when no guide fits the words', async () => {
    browser = await launch();
    const { page, finder } = await openPanel(browser);
    await finder.commonHeading.waitFor();
    await finder.find('ho chieu pho thong');
    await page.getByRole('heading', { name: 'Chưa có hướng dẫn từng bước cho “ho chieu pho thong”' }).waitFor();
    await page.getByText('Tiện ích chưa có hướng dẫn từng bước cho thủ tục này.', { exact: false }).waitFor();
    expect(await finder.portalSearchLink.getAttribute('href')).toBe('https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=ho%20chieu%20pho%20thong');
    expect(await finder.portalSearchLink.getAttribute('target')).toBe('_blank');
    expect(await finder.hotlineLink.getAttribute('href')).toBe('tel:18001096');
    expect(await axeViolations(page)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('shows the helper workspace only with the switch on, and keeps the sessions when it is off', async () => {
    browser = await launch();
    const { page, finder, panel } = await openPanel(browser);
    await finder.commonHeading.waitFor();
    await panel.setHelperMode(true);
    await panel.createSession('Bà Lan tổ 5', 'khai sinh', khaiSinh.title);
    await panel.nav('Phiên hỗ trợ');
    await page.getByRole('button', { name: 'Bà Lan tổ 5', exact: true }).first().waitFor();

    await panel.setHelperMode(false);
    await finder.commonHeading.waitFor();
    expect(await page.getByRole('button', { name: 'Bà Lan tổ 5', exact: true }).count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);

    // Kept across a reload of the panel, and the session is still there when helper mode is back.
    await page.reload();
    await finder.commonHeading.waitFor();
    await panel.setHelperMode(true);
    await page.getByRole('button', { name: 'Bà Lan tổ 5', exact: true }).first().waitFor();
    expect(browser.errors).toEqual([]);
  });
});
