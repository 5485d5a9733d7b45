/**
 * Issue 7.2, the browser part: the 80 script-injection payloads of tests/unit/xss-payloads.ts, each put
 * twice into a town catalog's guides (titles, summaries, step text, tips, warnings, links, document
 * names...), loaded by `<dvc-guide src>` in real Chromium. Validation refuses some guides and the widget
 * renders the others; nothing may run either way. The test watches dialogs, navigations, new pages,
 * frames and requests, and a `__xss` trap set before the page loads.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedLinkHost, isPortalHost } from '../../lib/engine/hosts';
import { indexEntryOf } from '../../lib/guide/published';
import { readIndexEntry } from '../../lib/guide/published-index';
import type { Guide } from '../../lib/guide/schema';
import { publishedFolder } from '../../scripts/lib/published-folder';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { validateGuideWith } from '../../lib/guide/load';
import { parseGuideSchema } from '../../widget/generated/guide-validator';
import { XSS_PAYLOADS } from '../unit/xss-payloads';
import { baseGuide, buildXssCatalog } from './pages/xss-catalog';
import { launchHeadless } from './support/chromium-flags';

const PAGE = '/xss-town.html';
const FOLDER = '/xa-thu/';
const CATALOG = `${FOLDER}index.json`;
const { catalog, cases } = buildXssCatalog();
const refused = new Set(cases.filter((c, i) => !validateGuideWith(parseGuideSchema, catalog.guides[i], 'xss', { idFromFile: false }).ok).map((c) => c.id));
const accepted = cases.filter((c) => !refused.has(c.id));
/** The town's published folder: index.json and one file per guide. */
const files = publishedFolder(catalog.guides as unknown as Guide[]);
/** Entries the index can list (an entry with an unreadable id or title is left out of the list). */
const listed = catalog.guides.filter((g) => readIndexEntry(indexEntryOf(g as unknown as Guide, 'abcdef0123')) !== null);

let server: SandboxServer;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
/** Everything that means a payload did something. */
const trouble: string[] = [];
let pageUrl = '';

interface ShadowFindings {
  elements: string[];
  handlers: string[];
  hrefs: string[];
}

/** What is inside the widget's shadow root that a payload could have put there. */
async function inspectShadow(p: Page): Promise<ShadowFindings> {
  return p.locator('dvc-guide').evaluate((host) => {
    const root = host.shadowRoot!;
    const all = Array.from(root.querySelectorAll('*'));
    const banned = 'script, img, svg, math, iframe, frame, object, embed, meta, base, link, style, template, video, audio, body';
    return {
      elements: Array.from(root.querySelectorAll(banned)).map((el) => el.outerHTML.slice(0, 120)),
      handlers: all.flatMap((el) => el.getAttributeNames().filter((n) => /^on/i.test(n)).map((n) => `${el.tagName} ${n}`)),
      hrefs: all.flatMap((el) => ['href', 'xlink:href', 'src', 'action', 'formaction'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null)),
    };
  });
}

/**
 * Open every step ("Hiện tất cả các bước" / "Show all steps"). Guides with the same step ids keep the
 * list's open state from one to the next, so the button may already say "hide all".
 */
async function expandAll(p: Page): Promise<void> {
  const host = p.locator('dvc-guide');
  const toggleAll = host.locator('.dvc-steps__controls button');
  if ((await toggleAll.getAttribute('aria-expanded')) !== 'true') await toggleAll.click();
  await expect.poll(() => host.locator('.dvc-step__toggle[aria-expanded="false"]').count()).toBe(0);
}

/** An address a guide may send a resident to: the allow-listed hosts over https (http only for portals), or the hotline. */
function safeHref(raw: string): boolean {
  if (/^tel:[0-9+]+$/.test(raw)) return true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return isAllowedLinkHost(url.hostname);
  return url.protocol === 'http:' && isPortalHost(url.hostname);
}

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  pageUrl = `${server.url}${PAGE}`;
  browser = await launchHeadless();
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await ctx.newPage();
  ctx.on('page', (p) => trouble.push(`new page: ${p.url()}`));
  await page.addInitScript(() => {
    (window as unknown as { __xss: unknown[] }).__xss = [];
  });
  const allowed = new Set([pageUrl, `${server.url}/favicon.ico`]);
  page.on('dialog', (d) => {
    trouble.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (req) => {
    const url = req.url().split('#')[0] ?? '';
    // The widget's folder and the town's folder of guides; anything else is a payload's doing.
    if (!allowed.has(url) && !url.startsWith(`${server.url}/widget/`) && !url.startsWith(`${server.url}${FOLDER}`)) trouble.push(`request: ${req.method()} ${req.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) trouble.push(`frame navigated: ${frame.url()}`);
    else if (frame.url() !== pageUrl) trouble.push(`navigated away: ${frame.url()}`);
  });
  page.on('frameattached', (frame) => trouble.push(`frame attached: ${frame.url()}`));
  page.on('pageerror', (err) => trouble.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') trouble.push(`console.error: ${msg.text()}`);
  });
  await page.route(pageUrl, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body:
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xã thử</title></head><body><main><h1>Xã</h1>' +
        `<dvc-guide src="${CATALOG}"></dvc-guide></main><script src="/widget/dvc-guide.js"></script></body></html>`,
    }),
  );
  await page.route(`${server.url}${FOLDER}**`, (route) => {
    const body = files.get(new URL(route.request().url()).pathname.slice(FOLDER.length));
    return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ contentType: 'application/json', body });
  });
  await page.goto(pageUrl);
});

afterAll(async () => {
  console.info(
    `[xss] ${XSS_PAYLOADS.length} payloads in ${cases.length} guides: ${accepted.length} accepted and rendered, ${refused.size} refused by validation`,
  );
  await browser?.close();
  await server?.close();
});

describe('script-injection payloads in a town catalog, in real Chromium', () => {
  it('covers at least 50 payloads, in both paths: some guides accepted, some refused', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((c) => c.payload)).size).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
    // The base guide alone is valid: a refusal below is the payload's doing, not a broken test guide.
    expect(validateGuideWith(parseGuideSchema, baseGuide('co-so'), 'base', { idFromFile: false }).ok).toBe(true);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.size).toBeGreaterThan(0);
  });

  it('lists every guide of the index as text, says of each refused one that it has errors, and nothing runs', async () => {
    const host = page.locator('dvc-guide');
    await expect.poll(() => host.getByRole('listitem').count(), { timeout: 15_000 }).toBe(listed.length);
    // The list shows each title as the text it is.
    const titles = await host.locator('.dvc-result__btn').allTextContents();
    expect(titles).toEqual(listed.map((g) => g.title));
    // A refused guide is refused when it is opened: its own message, the others unaffected.
    for (const id of [...refused].filter((id) => listed.some((g) => g.id === id)).slice(0, 10)) {
      await host.evaluate((el, gid) => el.setAttribute('guide', gid), id);
      await expect.poll(() => host.locator('.dvc-notice').innerText()).toContain(`“${id}” có lỗi`);
    }
    await host.evaluate((el) => el.removeAttribute('guide'));
    await host.getByRole('searchbox').waitFor();
    const found = await inspectShadow(page);
    expect(found.elements).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.hrefs.filter((h) => !safeHref(h))).toEqual([]);
    expect(trouble).toEqual([]);
  });

  it('opens every accepted guide (all steps shown, in Vietnamese and English): nothing runs, every link is safe', async () => {
    const host = page.locator('dvc-guide');
    const unsafe: string[] = [];
    for (const c of accepted) {
      const guide = catalog.guides.find((g) => g.id === c.id)!;
      for (const lang of guide.en ? (['vi', 'en'] as const) : (['vi'] as const)) {
        await host.evaluate((el, [id, l]) => {
          el.setAttribute('lang', l);
          el.setAttribute('guide', id);
        }, [c.id, lang] as const);
        const title = lang === 'en' ? guide.en!.title : guide.title;
        const heading = host.locator('h2.dvc-guide__title');
        await expect.poll(() => heading.textContent()).toBe(title);
        await expandAll(page);
        const found = await inspectShadow(page);
        if (found.elements.length + found.handlers.length > 0) unsafe.push(`${c.id} (${c.place}): ${[...found.elements, ...found.handlers].join(' | ')}`);
        for (const h of found.hrefs) if (!safeHref(h)) unsafe.push(`${c.id} (${c.place}): href ${h}`);
      }
    }
    expect(unsafe).toEqual([]);
    // Give a delayed payload (a timer, a load event) the time to fire before looking at the traps.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __xss: unknown[] }).__xss)).toEqual([]);
    expect(page.url()).toBe(pageUrl);
    expect(page.frames().length).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, object, embed').length)).toBe(1);
    expect(trouble).toEqual([]);
  }, 120_000);

  it('clicks links the accepted guides show without leaving the page or running anything', async () => {
    // Links open in a new tab (target=_blank): a click must not navigate this page nor run script; the new
    // tab would ask an allow-listed host, which the request watch reports, so block them and count them.
    const opened: string[] = [];
    await ctx.route((url) => !url.href.startsWith(server.url), (route) => {
      opened.push(route.request().url());
      return route.abort();
    });
    const host = page.locator('dvc-guide');
    const before = trouble.length;
    // Each click opens a tab; a sample keeps the file fast (every href was already checked above).
    const MAX_CLICKS = 8;
    let clicked = 0;
    for (const c of accepted.filter((x) => /url|link/.test(x.place))) {
      await host.evaluate((el, id) => {
        el.setAttribute('lang', 'vi');
        el.setAttribute('guide', id);
      }, c.id);
      await host.locator('h2.dvc-guide__title').waitFor();
      await expandAll(page);
      const links = host.locator('a[href^="http"]');
      for (let i = 0; i < (await links.count()) && clicked < MAX_CLICKS; i++) {
        await links.nth(i).click();
        clicked++;
      }
      if (clicked >= MAX_CLICKS) break;
    }
    await page.waitForTimeout(300);
    for (const p of ctx.pages()) if (p !== page) await p.close();
    expect(clicked).toBeGreaterThan(0);
    expect(opened.every((u) => safeHref(u))).toBe(true);
    // New tabs to allow-listed hosts are what a link is for; anything else would be trouble.
    expect(trouble.slice(before).filter((t) => !t.startsWith('new page:'))).toEqual([]);
    expect(page.url()).toBe(pageUrl);
    expect(await page.evaluate(() => (window as unknown as { __xss: unknown[] }).__xss)).toEqual([]);
  }, 120_000);
});
