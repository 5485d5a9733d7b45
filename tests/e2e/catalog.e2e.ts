/**
 * Guide distribution in the built Chrome extension: a catalog address saved in the options page is fetched
 * from a town website (a tiny local server), its newer guide replaces the bundled one in the portal overlay,
 * and an invalid catalog is refused with a message while the bundled guides stay.
 *
 * The host permission: headless Chromium shows the permissions.request prompt where nobody can answer it
 * (the promise never settles), and Playwright cannot click browser dialogs. So the test grants the site
 * first the way a person can on chrome://extensions (the extension's "Site access", which calls
 * developerPrivate.addHostPermission); Chrome then answers the options page's permissions.request with
 * true without a prompt, exactly as for a site the person already allowed. A refused permission is
 * covered by the unit tests (components/workspace/CatalogSettings.test.tsx).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { launchWithExtension, makeProfileDir, type ExtensionBrowser } from './support/chromium';
import { ROOT } from './support/paths';
import { KHAI_SINH_URL, OverlayPage } from './pages/overlay';

interface GuideFile {
  $schema?: string;
  version: number;
  steps: Array<{ title: string }>;
}
const bundledFile = JSON.parse(readFileSync(path.join(ROOT, 'guides/dang-ky-khai-sinh.json'), 'utf8')) as GuideFile;
const BUNDLED_TITLE = bundledFile.steps[0]!.title;
const NEW_TITLE = 'Chuẩn bị giấy tờ (bản cập nhật của xã)';
const NEWEST_TITLE = 'Chuẩn bị giấy tờ (bản cập nhật lần hai)';

function newerCatalog(bump: number, title: string): string {
  const { $schema: _schema, ...guide } = structuredClone(bundledFile);
  guide.version = bundledFile.version + bump;
  guide.steps[0]!.title = title;
  return JSON.stringify({ generatedAt: '2026-11-26', guides: [guide] });
}

interface SeenRequest {
  method: string;
  url: string;
  cookie: string | undefined;
}

/** The town website: /guides.json (a newer khai sinh guide) and /hong.json (not a catalog). */
function startTownServer(): Promise<{ url: string; seen: SeenRequest[]; routes: Record<string, string>; close(): Promise<void> }> {
  const seen: SeenRequest[] = [];
  const routes: Record<string, string> = {
    '/guides.json': newerCatalog(1, NEW_TITLE),
    '/hong.json': JSON.stringify({ guides: 'đây không phải danh sách' }),
  };
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', cookie: req.headers.cookie });
    const body = routes[req.url ?? ''];
    // No Access-Control-Allow-Origin: only the granted host permission lets the extension read this.
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': 'town=1' });
    res.end(body ?? '{}');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, seen, routes, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** What a person does on chrome://extensions → the extension → Site access → add a site. */
async function allowSite(browser: ExtensionBrowser, pattern: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto('chrome://extensions');
  const error = await page.evaluate(
    ([id, host]) =>
      new Promise<string | null>((resolve) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string, cb: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome;
        api.developerPrivate.addHostPermission(id!, host!, () => resolve(api.runtime.lastError?.message ?? null));
      }),
    [browser.extensionId, pattern],
  );
  expect(error).toBeNull();
  await page.close();
}

async function saveCatalogAddress(options: Page, url: string): Promise<void> {
  const field = options.getByLabel('Địa chỉ danh mục hướng dẫn');
  await field.fill(url);
  await options.getByRole('button', { name: 'Lưu địa chỉ', exact: true }).click();
}

async function firstStepTitle(browser: ExtensionBrowser): Promise<string> {
  const portal = await browser.newPage();
  await portal.goto(KHAI_SINH_URL);
  const overlay = new OverlayPage(portal);
  await overlay.start();
  const title = await overlay.title();
  // Closing clears the run, so the next visit offers the guide afresh instead of resuming this one.
  await overlay.close.click();
  await overlay.card.waitFor({ state: 'hidden' });
  await portal.waitForTimeout(300);
  await portal.close();
  return title;
}

let sandbox: SandboxServer;
let town: Awaited<ReturnType<typeof startTownServer>>;
let browser: ExtensionBrowser;
const profile = makeProfileDir();

beforeAll(async () => {
  sandbox = await startSandboxServer({ port: 0 });
  town = await startTownServer();
  browser = await launchWithExtension({ port: sandbox.port, profileDir: profile.dir });
});
afterAll(async () => {
  await browser?.close();
  await town?.close();
  await sandbox?.close();
  profile.remove();
});

describe('guide catalog from the town website', () => {
  it('uses a newer guide from the catalog set in options, and refuses an invalid catalog keeping the bundled guides', async () => {
    expect(await firstStepTitle(browser)).toBe(BUNDLED_TITLE);
    await allowSite(browser, 'http://127.0.0.1/*');

    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText('Đang dùng các hướng dẫn có sẵn trong tiện ích.').waitFor();

    await saveCatalogAddress(options, `${town.url}/guides.json`);
    await options.getByText(/^Đã tải danh mục lúc .+: 1 hướng dẫn hợp lệ, 1 hướng dẫn từ danh mục được dùng\.$/).waitFor();
    // One plain GET, without the cookie the town site tried to set.
    expect(town.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /guides.json']);
    expect(town.seen[0]!.cookie).toBeUndefined();

    expect(await firstStepTitle(browser)).toBe(NEW_TITLE);

    // "Tải lại" fetches again (the cookie set by the first answer is still not sent).
    await options.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => town.seen.length).toBe(2);
    expect(town.seen[1]!.cookie).toBeUndefined();
    await options.getByText(/^Đã tải danh mục lúc/).waitFor();

    await saveCatalogAddress(options, `${town.url}/hong.json`);
    await options
      .getByText('Không dùng được danh mục: tệp không có dạng { "guides": [...] }. Vẫn dùng các hướng dẫn có sẵn trong tiện ích.')
      .waitFor();
    await options.getByText(/^Chi tiết \(tiếng Anh\): a catalog must be an object/).waitFor();
    expect(await firstStepTitle(browser)).toBe(BUNDLED_TITLE);

    // The address and status survive reopening the options page.
    await options.reload();
    await options.getByText(/^Không dùng được danh mục: tệp không có dạng/).waitFor();
    expect(await options.getByLabel('Địa chỉ danh mục hướng dẫn').inputValue()).toBe(`${town.url}/hong.json`);
    const axe = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('fetches the catalog again at browser start, without anyone opening the options', async () => {
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await saveCatalogAddress(options, `${town.url}/guides.json`);
    await options.getByText(/^Đã tải danh mục lúc/).waitFor();
    await options.close();
    await browser.close();

    // Chromium reloads a --load-extension extension at every launch, so here the restart arrives as
    // runtime.onInstalled; an installed extension gets runtime.onStartup. The background refreshes on both.
    town.routes['/guides.json'] = newerCatalog(2, NEWEST_TITLE);
    const before = town.seen.length;
    browser = await launchWithExtension({ port: sandbox.port, profileDir: profile.dir });
    await expect.poll(() => town.seen.length, { timeout: 10_000 }).toBe(before + 1);
    await expect.poll(() => firstStepTitle(browser), { timeout: 10_000 }).toBe(NEWEST_TITLE);
    expect(browser.errors).toEqual([]);
  });
});
