/**
 * Author mode in the built Firefox MV3 extension (real headless Firefox ESR over WebDriver BiDi): from the
 * sidebar's page, record steps by picking on the sandbox (a button inside an open shadow root, a plain
 * button) without the page seeing the clicks, and export the draft as a file `guides check` passes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/guides';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { fixedExtensionHost, inOverlay, launchFirefoxWithExtension, waitInPage, type FirefoxExtensionBrowser } from './support/firefox';

const UUID = randomUUID();
const FIXTURE = 'http://dichvucong.nghean.gov.vn/author-fixture.html';
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

const hasTitle = (panel: Page, title: string): Promise<unknown> =>
  waitInPage(panel, (t: string) => Array.from(document.querySelectorAll('input[type=text]')).some((e) => (e as HTMLInputElement).value === t), title);

async function record(panel: Page, portal: Page, selector: string, title: string): Promise<void> {
  await panel.click('::-p-text(Ghi bước)');
  await portal.waitForSelector(inOverlay('.dvc-picker-hint'), { timeout: 10_000 });
  await portal.click(selector);
  await hasTitle(panel, title);
}

describe('author mode in Firefox', () => {
  it('records by picking (one element in an open shadow root) and exports a file that passes the check', async () => {
    const portal = await firefox.newPage();
    await portal.goto(FIXTURE);
    const panel = await firefox.extensionPage(`moz-extension://${UUID}/welcome.html`);
    await panel.waitForSelector('h1');
    await panel.evaluate(() =>
      (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({
        'prefs:mode': 'helper',
        'prefs:workspace-lang': 'vi',
        'author:enabled': true,
      }),
    );
    await panel.evaluate(() => void (location.href = '/sidepanel.html'));
    await panel.waitForSelector('::-p-text(Tên hướng dẫn mới)', { timeout: 15_000 });
    await panel.type('.dvc-author form input[type=text]', 'Tra cứu trên Firefox');
    await panel.click('::-p-text(Tạo bản nháp)');
    await panel.waitForSelector('::-p-text(Ghi bước)');

    await record(panel, portal, 'sbx-upload >>> button', 'Bấm “Tải lên file”');
    await record(panel, portal, '#btnTraCuu', 'Bấm “Tra cứu”');
    expect(await portal.$eval('#ketQua', (el) => (el as HTMLElement).hidden)).toBe(true);

    // Export: catch the file the panel hands to the browser's downloads.
    await panel.evaluate(() => {
      const w = window as unknown as { __files: { name: string; href: string }[] };
      w.__files = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__files.push({ name: this.download, href: this.href });
      };
    });
    await panel.click('::-p-text(Xuất tệp hướng dẫn)');
    const { name, href } = await waitInPage(panel, () => (window as unknown as { __files: Array<{ name: string; href: string }> }).__files[0], undefined);
    const text = await panel.evaluate((u: string) => fetch(u).then((r) => r.text()), href);
    expect(name).toBe('tra-cuu-tren-firefox.json');
    const guide = JSON.parse(text);
    expect(guide.steps.map((s: { target: unknown[] }) => s.target[0])).toEqual([
      { text: 'Tải lên file', role: 'button' },
      { text: 'Tra cứu', role: 'button' },
    ]);
    const dir = await mkdtemp(path.join(tmpdir(), 'author-ff-'));
    try {
      await writeFile(path.join(dir, name), text);
      const lines: string[] = [];
      expect(await runCheck([path.join(dir, name)], { log: (l) => lines.push(l) }), lines.join('\n')).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(firefox.errors).toEqual([]);
  });
});
