/**
 * The resident's guide finder in the built Firefox MV3 extension's sidebar page (real headless Firefox ESR
 * over WebDriver BiDi): resident mode by default, a search without diacritics finds the guide with its
 * papers to tick, and a search with no guide offers the portal's search.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { LANG_KEY } from '../../lib/workspace/lang-pref';
import { fixedExtensionHost, launchFirefoxWithExtension, waitInPage, type FirefoxExtensionBrowser } from './support/firefox';

const UUID = randomUUID();
let server: SandboxServer;
let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  firefox = await launchFirefoxWithExtension({ proxyPort: server.port, prefs: fixedExtensionHost(UUID) });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const text = (p: Page, selector: string): Promise<string[]> => p.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));

describe('the resident finder in the Firefox sidebar', () => {
  it('finds "khai sinh", shows its papers with ticks, and offers the portal search when nothing fits', async () => {
    // WebDriver may not navigate a tab to an extension page; the extension opens its welcome page on
    // install, and from there its own script goes to the sidebar's page.
    const welcome = await firefox.extensionPage(`moz-extension://${UUID}/welcome.html`);
    await welcome.waitForSelector('h1');
    const page = welcome;
    await page.evaluate(() => void (location.href = '/sidepanel.html'));
    await waitInPage(page, (want: string) => location.href === want && document.querySelector('h1') !== null, `moz-extension://${UUID}/sidepanel.html`);
    // Firefox ESR here speaks English; a Vietnamese resident's choice, as the Chrome harness saves it.
    await page.evaluate(
      (key: string) => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ [key]: 'vi' }),
      LANG_KEY,
    );
    await page.waitForSelector('::-p-text(Thủ tục nhiều người làm)', { timeout: 10_000 });
    const helper = await page.waitForSelector('[role=switch]');
    expect(await helper!.evaluate((el) => [(el as HTMLInputElement).checked, (el as HTMLInputElement).labels?.[0]?.textContent])).toEqual([false, 'Tôi là thành viên Tổ hỗ trợ']);
    expect(await page.$$('::-p-text(Phiên mới)')).toHaveLength(0);

    await page.type('input[type=search]', 'khai sinh');
    await waitInPage(page, () => document.querySelector('.dvc-finder__btn')?.textContent === 'Đăng ký khai sinh trực tuyến', undefined);
    await page.click('.dvc-finder__btn');
    await page.waitForSelector('::-p-text(Mở trên Cổng Dịch vụ công)');
    expect(await text(page, 'h2')).toContain('Đăng ký khai sinh trực tuyến');
    expect(await text(page, 'h3')).toEqual(expect.arrayContaining(['Thông tin thủ tục', 'Giấy tờ cần chuẩn bị']));
    const box = await page.waitForSelector('.dvc-doc input[type=checkbox]');
    await box!.click();
    await page.waitForSelector('::-p-text(Đã chuẩn bị 1/)');

    await page.click('::-p-text(Quay về danh sách)');
    const search = await page.waitForSelector('input[type=search]');
    await search!.evaluate((el) => (el as HTMLInputElement).select());
    await page.type('input[type=search]', 'ho chieu pho thong');
    const link = await page.waitForSelector('a.dvc-none__search', { timeout: 10_000 });
    expect(await link!.evaluate((a) => a.getAttribute('href'))).toBe('https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=ho%20chieu%20pho%20thong');
    expect(firefox.errors).toEqual([]);
  });
});
