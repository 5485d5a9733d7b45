/**
 * Issue 11 in the built extension and widget:
 * - the town help profile set in the options appears in the help of the overlay, the side panel and the widget,
 *   and a broken profile gets a message naming the file and the field while the guides keep working;
 * - on the residence form, a payment window the browser blocks makes the portal say "Gửi hồ sơ thất bại…",
 *   and the guide's help at that step answers exactly that situation;
 * - the guide follows a person from the police portal's procedure page to the residence form.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { KHAI_SINH_URL, OverlayPage } from './pages/overlay';
import { SidePanelPage } from './pages/sidepanel';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { ROOT } from './support/paths';
import { launchHeadless } from './support/chromium-flags';

const EXAMPLE_FILE = path.join(ROOT, 'town/phuong-cua-lo.json');
const TOWN_HEADING = 'Trợ giúp của Phường Cửa Lò (ví dụ)';
const POLICE_THUONG_TRU = 'http://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26360';
const RESIDENCE_FORM = 'http://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-thuong-tru.html';

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe('town help profile in the extension', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension({ port: server.port });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a broken profile is refused with file and field named; the example is then used in the overlay and the side panel', async () => {
    const options = await ext.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const file = options.getByLabel('Hoặc chọn tệp hồ sơ trên máy');
    await file.setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"id":"hong","name":"Xã hỏng","hotline":"gọi tôi"}') });
    const problems = options.getByRole('alert').filter({ hasText: 'hong.json' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('hotline');
    expect(await options.getByText('Chưa có hồ sơ xã/phường', { exact: false }).count()).toBe(1);

    // The guides still work with no profile at all.
    const portal = await ext.newPage();
    await portal.goto(KHAI_SINH_URL);
    const overlay = new OverlayPage(portal);
    await overlay.start();
    await overlay.card.getByRole('button', { name: 'Cần trợ giúp?' }).click();
    await overlay.card.getByRole('link', { name: /1800 ?1096/ }).first().waitFor();
    expect(await overlay.card.getByText(TOWN_HEADING).count()).toBe(0);

    await file.setInputFiles(EXAMPLE_FILE);
    await options.getByText('Đang dùng: Phường Cửa Lò (ví dụ) (hồ sơ ví dụ)').waitFor();

    // Overlay: followed live, in the card's help, marked as an example, local hotline beside 1800 1096.
    await overlay.card.getByText(TOWN_HEADING, { exact: false }).waitFor();
    expect(await overlay.card.getByText('Ví dụ', { exact: true }).count()).toBeGreaterThan(0);
    expect(await overlay.card.getByRole('link', { name: /0238 000 0000/ }).getAttribute('href')).toBe('tel:02380000000');
    expect(await overlay.card.getByRole('link', { name: /1800 ?1096/ }).count()).toBeGreaterThan(0);

    // Side panel: the session's guide shows the same help.
    const panel = await ext.newPage();
    await panel.goto(SidePanelPage.url(ext.extensionId));
    await new SidePanelPage(panel).createSession('Cô Lan', 'thường trú', 'Đăng ký thường trú');
    await panel.getByRole('heading', { name: new RegExp(TOWN_HEADING.replace(/[()]/g, '\\$&')) }).waitFor();
    expect(await panel.getByText('Thứ Bảy tôi có nộp hồ sơ ở phường được không?').count()).toBe(1);
    expect(ext.errors).toEqual([]);
  });

  it('on the residence form a blocked payment window gets the portal’s message, and the guide’s help answers it', async () => {
    const page = await ext.newPage();
    await page.goto(POLICE_THUONG_TRU);
    const overlay = new OverlayPage(page);
    await overlay.start();
    // From the police procedure page to the residence form, as the portal's "Nộp hồ sơ" would take the person.
    await page.goto(RESIDENCE_FORM);
    await page.evaluate(() => {
      // A browser that blocks pop-ups answers window.open with null.
      window.open = () => null;
    });
    await overlay.card.waitFor();
    for (let i = 0; i < 20; i++) {
      if ((await page.locator('[data-dvc-target="nop-ho-so"]').count()) > 0) break;
      await overlay.next.click();
      await page.waitForTimeout(200);
    }
    await page.locator('[data-dvc-target="nop-ho-so"]').waitFor();
    await page.locator('#cboBPROC_CASE_CODE').selectOption('1');
    await page.locator('#txtSUGGEST_ADDRESS').fill('Số 1 đường Bình Minh, phường Cửa Lò, Nghệ An');
    await page.getByRole('button', { name: 'Kiểm tra thông tin lệ phí' }).click();
    expect(await page.locator('#txtTONGPHI').inputValue()).toBe('10.000');
    await page.locator('#chkCHECK_LIABILITY').check();
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    // The portal's own message (the overlay's card quotes it too, so look in the portal's message box).
    await page.locator('#sbx-message', { hasText: 'Gửi hồ sơ thất bại. Lỗi không kết nối được đến trang thanh toán' }).waitFor();
    // The step says it in words, and the help has the situation with what to do.
    expect(await overlay.card.getByText(/cho phép cửa sổ bật lên/).count()).toBeGreaterThan(0);
    await overlay.card.getByRole('button', { name: 'Cần trợ giúp?' }).click();
    // The common problem, as a question the person recognises: the portal's own words.
    const situation = overlay.card.locator('summary', { hasText: 'Báo “Gửi hồ sơ thất bại. Lỗi không kết nối được đến trang thanh toán”' });
    await situation.click();
    await overlay.card.locator('details[open]').getByText(/luôn cho phép cửa sổ bật lên/).waitFor();
  });
});

describe('town help profile in the widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchHeadless();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pageWith = (town: string): string =>
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xã</title></head><body>' +
    `<script src="/widget/dvc-guide.js"></script><dvc-guide guide="thong-bao-luu-tru" town="${town}"></dvc-guide></body></html>`;

  it('shows the published town.json in the guide’s help, with the town’s question for this guide', async () => {
    const ctx = await browser.newContext();
    await ctx.route(`${server.url}/xa.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageWith('/widget/town.json') }));
    const page = await ctx.newPage();
    await page.goto(`${server.url}/xa.html`);
    const host = page.locator('dvc-guide');
    await host.getByText(TOWN_HEADING, { exact: false }).waitFor();
    expect(await host.getByText('Khách đến nhà nghỉ sau 23 giờ thì thông báo lưu trú lúc nào?').count()).toBe(1);
    await ctx.close();
  });

  it('a broken town.json is a console warning naming the file and the field, and the guide still shows', async () => {
    const ctx = await browser.newContext();
    await ctx.route(`${server.url}/xa.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageWith('/hong-town.json') }));
    await ctx.route(`${server.url}/hong-town.json`, (route) => route.fulfill({ contentType: 'application/json', body: '{"id":"x","name":"","offices":[{}]}' }));
    const page = await ctx.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${server.url}/xa.html`);
    await page.locator('dvc-guide').getByRole('heading', { name: /Thông báo lưu trú/ }).first().waitFor();
    // One warning per problem, and the console events reach the test one at a time: wait for each.
    await expect.poll(() => warnings.join('\n')).toContain('hong-town.json');
    await expect.poll(() => warnings.join('\n')).toContain('offices[0].name');
    expect(await page.locator('dvc-guide').getByText(TOWN_HEADING).count()).toBe(0);
    await ctx.close();
  });
});
