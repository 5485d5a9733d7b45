/**
 * The practice portal (issue 15): the build publishes the sandbox as static files; a plain static server
 * serves them one folder per host under a practice domain; every page says it is a practice copy, and the
 * login round trip (portal -> VNeID sign-in -> back) stays on the practice site.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER_TEXT, buildPractice, PRACTICE_ICON_PATH } from '../../scripts/build-practice';
import { startPracticeServer, type PracticeServer } from '../../scripts/lib/practice-static-server';
import { launchHeadless } from './support/chromium-flags';

const DOMAIN = 'luyentap.test';
const KHAI_SINH_ID = '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

let outDir: string;
let server: PracticeServer;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'dvc-practice-'));
  await buildPractice({ domain: DOMAIN, outDir });
  server = await startPracticeServer(outDir);
  browser = await launchHeadless(`--host-resolver-rules=MAP *.${DOMAIN} 127.0.0.1:${server.port}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const at = (label: string, p: string): string => `http://${label}.${DOMAIN}:${server.port}${p}`;

async function watched(): Promise<{ page: Page; trouble: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const trouble: string[] = [];
  page.on('pageerror', (e) => trouble.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Also "Failed to load resource": the browser's own requests (the tab's icon) reach no response listener.
    if (m.type() === 'error') trouble.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) trouble.push(`${r.status()} ${r.url()}`);
  });
  // Nothing may leave the practice site, and nothing is ever sent (no POST).
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!host.endsWith(`.${DOMAIN}`) && r.url() !== 'about:blank') trouble.push(`left the practice site: ${r.url()}`);
    if (r.method() !== 'GET') trouble.push(`${r.method()} ${r.url()}`);
  });
  return { page, trouble };
}

/** The first published page of a host without a home page (its path inside the host's folder). */
function firstPage(dir: string, rel = ''): string {
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const inner = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory() && e.name !== '__sandbox') {
      const found = firstPage(dir, inner);
      if (found) return found;
    } else if (/\.(html|aspx)$/.test(e.name)) return inner;
  }
  return '';
}

async function expectBanner(page: Page): Promise<void> {
  const banner = page.getByRole('note').filter({ hasText: BANNER_TEXT });
  await banner.waitFor();
  expect(await banner.isVisible()).toBe(true);
  expect(await page.title()).toMatch(/^\[Luyện tập\]/);
}

describe('practice portal', () => {
  it('every published page carries the banner, and no page names a real portal host', () => {
    const html: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(html|aspx|js)$/.test(e.name)) html.push(full);
      }
    };
    walk(outDir);
    const pages = html.filter((f) => /\.(html|aspx)$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const f of pages) expect(readFileSync(f, 'utf8')).toContain(BANNER_TEXT);
    // Each page names the practice icon, and its host's folder has it (no 404 for the tab's icon).
    for (const f of pages) {
      expect(readFileSync(f, 'utf8')).toContain(`href="${PRACTICE_ICON_PATH}"`);
      const host = path.relative(outDir, f).split(path.sep)[0]!;
      expect(existsSync(path.join(outDir, host, PRACTICE_ICON_PATH))).toBe(true);
    }
    for (const f of html) expect(readFileSync(f, 'utf8')).not.toMatch(/(?<![\w.-])(dichvucong\.gov\.vn|sso\.dancuquocgia\.gov\.vn)(?![\w-])/);
  });

  it('the khai sinh procedure page and the sign-in round trip stay on the practice site, banner on every page', async () => {
    const { page, trouble } = await watched();
    await page.goto(at('dichvucong-gov-vn', `/thu-tuc-hanh-chinh/${KHAI_SINH_ID}`));
    await expectBanner(page);
    await page.getByRole('link', { name: 'Đăng nhập', exact: true }).first().click();
    await page.waitForURL((u) => u.hostname === `sso-dancuquocgia-gov-vn.${DOMAIN}`);
    await expectBanner(page);
    expect(trouble).toEqual([]);
  });

  it('each practice host serves its pages with the banner', async () => {
    const { page, trouble } = await watched();
    for (const label of readdirSync(outDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      // The residence portal and HkdOnline have no home page in the sandbox, only their forms.
      const home = existsSync(path.join(outDir, label, 'index.html')) ? '/' : `/${firstPage(path.join(outDir, label))}`;
      await page.goto(at(label, home));
      await expectBanner(page);
    }
    expect(trouble).toEqual([]);
  });
});
