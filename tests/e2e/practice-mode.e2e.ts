/**
 * Practice mode in the built Chrome extension (issue 15): the practice portal served over https by a plain
 * static server under a practice domain; "Chế độ luyện tập" in the options asks for that domain (granted the
 * way a person does on chrome://extensions, as in catalog.e2e.ts: headless Chromium cannot answer the
 * prompt); the overlay then offers the khai sinh guide on the practice copy of the procedure page and walks
 * it to its closing card.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkedSteps } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';
import { buildPractice } from '../../scripts/build-practice';
import { startPracticeServer, type PracticeServer } from '../../scripts/lib/practice-static-server';
import { readGuideFiles } from './pages/guide-files';
import { OverlayPage } from './pages/overlay';
import { OverlayWalker } from './pages/overlay-walk';
import { SidePanelPage } from './pages/sidepanel';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

const DOMAIN = 'luyentap.test';
const KHAI_SINH = readGuideFiles().find((g) => g.id === 'dang-ky-khai-sinh')!;

let dir: string;
let server: PracticeServer;
let launched: ExtensionBrowser;
let ctx: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-practice-mode-'));
  const out = path.join(dir, 'site');
  await buildPractice({ domain: DOMAIN, outDir: out });
  // A town serves the practice portal over https; a throwaway self-signed certificate stands in here.
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=*.${DOMAIN}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  server = await startPracticeServer(out, 0, { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') });
  // The practice hosts, not the portal's, go to the local https server; a new profile, so the launch
  // returns once the welcome tab is open and the tabs below are in front (support/chromium.ts).
  launched = await launchWithExtension({ port: server.port, acceptSelfSigned: true, hostRules: `MAP *.${DOMAIN} 127.0.0.1:${server.port}` });
  ({ ctx, extensionId } = launched);
}, 60_000);

afterAll(async () => {
  await launched?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Chế độ luyện tập', () => {
  it('runs the khai sinh guide on the practice portal to its closing card', { timeout: 120_000 }, async () => {
    const pattern = `https://*.${DOMAIN}/*`;
    const ext = await ctx.newPage();
    await ext.goto('chrome://extensions');
    const grantError = await ext.evaluate(
      ([id, host]) =>
        new Promise<string | null>((resolve) => {
          const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string, cb: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome;
          api.developerPrivate.addHostPermission(id!, host!, () => resolve(api.runtime.lastError?.message ?? null));
        }),
      [extensionId, pattern],
    );
    expect(grantError).toBeNull();
    await ext.close();

    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Địa chỉ cổng luyện tập').fill(`https://${DOMAIN}/`);
    await options.getByRole('button', { name: 'Bật chế độ luyện tập' }).click();
    await options.getByText(`Đang bật: hướng dẫn chạy trên ${DOMAIN}.`).waitFor();
    await options.close();

    const page = await ctx.newPage();
    const url = `https://dichvucong-gov-vn.${DOMAIN}:${server.port}/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7`;
    // The background registers the script after the setting is stored: the first load may come before it.
    const overlay = new OverlayPage(page);
    await expect
      .poll(
        async () => {
          await page.goto(url);
          return overlay.startButton.waitFor({ timeout: 3000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    expect(await page.getByRole('note').textContent()).toContain('Bản luyện tập');
    expect(((await overlay.startButton.textContent()) ?? '').trim()).toContain(KHAI_SINH.title);
    await overlay.start();
    const walker = new OverlayWalker(page);
    const result = await walker.walk(KHAI_SINH);
    // One outcome per step of the walked list (main steps and the route taken), and the closing card shown.
    expect(result.outcomes).toHaveLength(walkedSteps(KHAI_SINH as unknown as Guide).length);
    expect(await walker.finishedHeading.isVisible()).toBe(true);
    // Every page's console and uncaught errors, and the service worker's (support/chromium.ts).
    expect(launched.errors).toEqual([]);
  });

  it('a session started while practice mode is on is marked and absent from the report counts', { timeout: 60_000 }, async () => {
    const worker = ctx.serviceWorkers()[0]!;
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'prefs:mode': 'helper' }),
    );
    const page = await ctx.newPage();
    await page.goto(SidePanelPage.url(extensionId));
    await page.getByText('Chế độ luyện tập đang bật').waitFor();
    const panel = new SidePanelPage(page);
    await panel.createSession('Tập huấn tổ 3', 'khai sinh', KHAI_SINH.title);
    await page.getByText('Phiên luyện tập (không tính vào báo cáo).').waitFor();
    await panel.nav('Báo cáo');
    const total = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tổng số', exact: true }) }).first();
    await total.waitFor();
    const cells = await total.getByRole('cell').allInnerTexts();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.map((c) => c.trim())).toEqual(cells.map(() => '0'));
  });
});
