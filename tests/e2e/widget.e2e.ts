/**
 * The town widget (issue 5, contract 7) in real Chromium: one script tag and `<dvc-guide>` on a plain
 * town page and on a hostile one; a town's published folder at `src` with a broken and a malicious guide
 * file; a folder that cannot be fetched; a generated folder of 500 guides; ticks remembered across
 * reloads; the print view; axe (WCAG 2.1 A/AA).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../scripts/lib/generated-catalog';
import { publishedFolder } from '../../scripts/lib/published-folder';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { widget } from './pages/widget';
import { ROOT } from './support/paths';
import { allSteps } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';
import { launchHeadless } from './support/chromium-flags';

interface GuideFile {
  id: string;
  title: string;
  steps: { title: string }[];
  documents: { id: string; name: string }[];
  [key: string]: unknown;
}

const readGuide = (id: string): GuideFile => JSON.parse(readFileSync(path.join(ROOT, 'guides', `${id}.json`), 'utf8')) as GuideFile;
const KHAI_SINH = readGuide('dang-ky-khai-sinh');
// The search target: "thường trú" once that guide exists, the birth guide until then.
const HAS_THUONG_TRU = existsSync(path.join(ROOT, 'guides/dang-ky-thuong-tru.json'));
const SEARCH = HAS_THUONG_TRU
  ? { query: 'thuong tru', title: readGuide('dang-ky-thuong-tru').title }
  : { query: 'khai sinh', title: KHAI_SINH.title };

let server: SandboxServer;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
/** Everything that should make a test fail: errors, dialogs, unexpected requests. */
let trouble: string[];
let warnings: string[];
let allowedRequests: Set<string>;
/** Folders a test serves (a town's published guides). */
let allowedFolders: string[];

beforeAll(async () => {
  server = await startSandboxServer();
  browser = await launchHeadless();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await ctx.newPage();
  trouble = [];
  warnings = [];
  allowedRequests = new Set([`${server.url}/favicon.ico`]);
  allowedFolders = [`${server.url}/widget/`];
  await page.addInitScript(() => {
    // window.print() would open a dialog in a headed browser; count calls instead.
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed++;
    };
  });
  page.on('pageerror', (err) => trouble.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') trouble.push(`console.error: ${msg.text()}`);
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('dialog', (d) => {
    trouble.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (req) => {
    const url = req.url().split('#')[0] ?? '';
    if (req.method() !== 'GET') trouble.push(`non-GET request: ${req.method()} ${url}`);
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) return;
    // The widget's own folder (script, module, chunks, index, guide files) and whatever a test allows.
    if (!allowedRequests.has(url) && !allowedFolders.some((f) => url.startsWith(f))) trouble.push(`unexpected request: ${url}`);
  });
});

afterEach(async () => {
  await ctx?.close();
});

/** The document ids the widget has committed to the town page's IndexedDB for `guideId`. */
function storedTicks(p: Page, guideId: string): Promise<string[]> {
  return p.evaluate(async (id) => {
    // Never create the database here: an empty version 1 would stop the widget's own upgrade.
    if (!(await indexedDB.databases()).some((d) => d.name === 'dvc-guide-widget')) return [];
    return new Promise<string[]>((resolve) => {
      const req = indexedDB.open('dvc-guide-widget');
      req.onerror = () => resolve([]);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('ticks')) return resolve([]);
        const get = db.transaction('ticks').objectStore('ticks').get(id);
        get.onsuccess = () => {
          db.close();
          resolve((get.result as { ids?: string[] } | undefined)?.ids ?? []);
        };
        get.onerror = () => resolve([]);
      };
    });
  }, guideId);
}

async function open(pathname: string): Promise<void> {
  await page.goto(`${server.url}${pathname}`);
  await widget(page, 'dang-ky-khai-sinh').heading(KHAI_SINH.title).waitFor();
}

describe.each([
  ['the plain town page', '/'],
  ['the hostile town page', '/hostile.html'],
])('<dvc-guide> on %s', (_name, pathname) => {
  it('renders the birth guide in Vietnamese inside an open shadow root, in its own styles', async () => {
    await open(pathname);
    const w = widget(page, 'dang-ky-khai-sinh');
    expect(await w.host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    await expect.poll(() => w.host.getByRole('button', { name: KHAI_SINH.steps[0]!.title }).isVisible()).toBe(true);
    const steps = await w.host.locator('.dvc-step__toggle').allInnerTexts();
    // Main steps and every route's steps, each route after "hoặc" (lib/guide/routes.ts allSteps).
    const listed = allSteps(KHAI_SINH as unknown as Guide);
    expect(steps.length).toBe(listed.length);
    listed.forEach((step, i) => expect(steps[i]).toContain(step.title));
    await expect.poll(() => w.heading('Các bước thực hiện').isVisible()).toBe(true);
    await expect.poll(() => w.host.getByRole('link', { name: 'Mở trên Cổng Dịch vụ công' }).getAttribute('href')).toBe(
      'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
    );
    await expect.poll(() => w.host.getByRole('link', { name: /Tổng đài hỗ trợ/ }).count()).toBeGreaterThan(0);
    expect(await w.host.textContent()).toBe(''); // nothing in the light DOM: all of it is in the shadow root
    const looks = await w.printButton.evaluate((b) => {
      const s = getComputedStyle(b);
      return { font: s.fontFamily, transform: s.textTransform, size: s.fontSize, border: s.borderStyle };
    });
    expect(looks.font).not.toMatch(/Comic|Courier|Times/);
    expect(looks.transform).toBe('none');
    expect(looks.size).toBe('16px');
    expect(looks.border).toBe('solid');
    const hostDisplay = await w.host.evaluate((el) => getComputedStyle(el).display);
    expect(hostDisplay).toBe('block');
    expect(trouble).toEqual([]);
  });

  it(`finds "${SEARCH.title}" by typing "${SEARCH.query}" without diacritics, opens it and comes back`, async () => {
    await open(pathname);
    const w = widget(page);
    await w.search.fill(SEARCH.query);
    await w.result(SEARCH.title).click();
    await expect.poll(() => w.heading(SEARCH.title).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).toBe(SEARCH.title);
    await w.backButton.click();
    await expect.poll(() => w.search.inputValue()).toBe(SEARCH.query);
    await w.search.fill('khong co thu tuc nay');
    await expect.poll(() => w.host.getByText(/Không có kết quả/).isVisible()).toBe(true);
    expect(trouble).toEqual([]); // typing sent nothing anywhere
  });

  it('remembers ticked documents on this device across a reload', async () => {
    await open(pathname);
    const first = KHAI_SINH.documents[0]!.name;
    const box = widget(page, 'dang-ky-khai-sinh').document(first);
    await box.check();
    await expect.poll(() => widget(page, 'dang-ky-khai-sinh').host.getByText(/Đã chuẩn bị 1\//).isVisible()).toBe(true);
    // The count shows at once; the write commits a moment later. Reload only once it is stored, as a
    // person would (a reload within milliseconds of the tick is not what this test is about).
    await expect.poll(() => storedTicks(page, 'dang-ky-khai-sinh')).toEqual([KHAI_SINH.documents[0]!.id]);
    await page.reload();
    await widget(page, 'dang-ky-khai-sinh').heading(KHAI_SINH.title).waitFor();
    await expect.poll(() => widget(page, 'dang-ky-khai-sinh').document(first).isChecked()).toBe(true);
    expect(await widget(page, 'dang-ky-khai-sinh').document(KHAI_SINH.documents[1]!.name).isChecked()).toBe(false);
    expect(trouble).toEqual([]);
  });

  it('prints the list of documents', async () => {
    await open(pathname);
    const w = widget(page, 'dang-ky-khai-sinh');
    await w.document(KHAI_SINH.documents[0]!.name).check();
    await w.printButton.click();
    // The print view has its own file, loaded after the steps: a click before it arrived prints once it has.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    expect(await w.printView.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => w.printView.isVisible()).toBe(true);
    expect(await w.screenView.isVisible()).toBe(false);
    const printed = await w.printView.innerText();
    expect(printed).toContain(`Giấy tờ cần chuẩn bị: ${KHAI_SINH.title}`);
    for (const doc of KHAI_SINH.documents) expect(printed).toContain(doc.name);
    expect(printed).toContain(`☑ ${KHAI_SINH.documents[0]!.name}`);
    expect(printed).toContain(`☐ ${KHAI_SINH.documents[1]!.name}`);
    expect(printed).not.toContain(KHAI_SINH.steps[1]!.title);
  });

  it('has no WCAG 2.1 A/AA violations (axe), guide and catalog', async () => {
    await open(pathname);
    await widget(page).search.waitFor();
    const result = await new AxeBuilder({ page }).include('dvc-guide').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('<dvc-guide src="..."> with a town\'s published folder', () => {
  const FOLDER = '/xa/huong-dan/';
  const INDEX = `${FOLDER}index.json`;
  const PAGE = '/test-src.html';
  const { $schema: _schema, ...khaiSinh } = KHAI_SINH;
  const valid = { ...khaiSinh, id: 'khai-sinh-cua-xa', title: 'Khai sinh (bản của xã)' } as unknown as Guide;
  const broken = { ...valid, id: 'huong-dan-hong', title: 'Hướng dẫn hỏng', steps: 'chưa viết' } as unknown as Guide;
  const xss = {
    ...valid,
    id: 'thu-xss',
    title: '<img src=x onerror="alert(1)">Thử',
    steps: [
      { id: 'buoc-1', title: 'Bước một', body: 'Bấm [vào đây](javascript:alert(2)) để tiếp tục.' },
      { id: 'buoc-2', title: 'Bước hai', links: [{ text: 'Liên kết', url: 'javascript:alert(3)' }] },
    ],
  } as unknown as Guide;
  const townPage = (attrs: string): string =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thử src</title></head><body><main><h1>Xã</h1>` +
    `<dvc-guide ${attrs}></dvc-guide></main><script src="/widget/dvc-guide.js"></script></body></html>`;

  /** Serves `files` under FOLDER (or aborts every request while `down()`), and the town page. */
  async function serve(attrs: string, files: Map<string, string>, down: () => boolean = () => false, headers: Record<string, string> = {}): Promise<void> {
    allowedFolders.push(`${server.url}${FOLDER}`);
    await page.route(`${server.url}${PAGE}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', headers, body: townPage(attrs) }));
    await page.route(`${server.url}${FOLDER}**`, async (route) => {
      const rel = new URL(route.request().url()).pathname.slice(FOLDER.length);
      if (down()) return route.abort('internetdisconnected');
      const body = files.get(rel);
      return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ contentType: 'application/json', body });
    });
  }

  it('lists the index, shows a valid guide, says which file is broken while the others work, and runs nothing', async () => {
    const requests: { method: string; cookie: string | undefined; path: string }[] = [];
    page.on('request', (req) => {
      if (req.url().includes(FOLDER)) requests.push({ method: req.method(), cookie: req.headers().cookie, path: new URL(req.url()).pathname });
    });
    await ctx.addCookies([{ name: 'session', value: 'secret', url: server.url }]);
    const files = publishedFolder([valid, broken, xss]);
    await serve(`src="${INDEX}"`, files);
    await page.goto(`${server.url}${PAGE}`);
    const w = widget(page);
    await w.result(valid.title).waitFor();
    expect(await w.host.getByRole('listitem').count()).toBe(3);
    // The catalog needs the index only.
    expect(requests.map((r) => r.path)).toEqual([INDEX]);

    await w.result(broken.title).click();
    await expect.poll(() => w.host.getByText('Hướng dẫn “huong-dan-hong” có lỗi nên chưa hiển thị được.').isVisible()).toBe(true);
    await expect.poll(() => warnings.some((m) => m.includes('huong-dan-hong') && m.includes('steps'))).toBe(true);
    await w.backButton.click();
    await w.result(xss.title).click();
    await expect.poll(() => w.host.getByText('Hướng dẫn “thu-xss” có lỗi nên chưa hiển thị được.').isVisible()).toBe(true);
    await expect.poll(() => warnings.some((m) => m.includes('thu-xss') && m.includes('javascript:'))).toBe(true);
    await w.backButton.click();

    await w.search.fill('khai sinh');
    await w.result(valid.title).click();
    await expect.poll(() => w.heading(valid.title).isVisible()).toBe(true);
    expect(await w.host.evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, iframe, [onerror]').length)).toBe(0);
    expect(await w.host.evaluate((el) => [...el.shadowRoot!.querySelectorAll('a')].filter((a) => !/^(https:|tel:)/.test(a.href)).length)).toBe(0);
    expect(page.url()).toBe(`${server.url}${PAGE}`);
    // Each guide file once, by its content-hashed name, as it was opened; GETs without cookies.
    expect(requests.map((r) => r.path)).toEqual([INDEX, ...[broken, xss, valid].map((g) => expect.stringMatching(new RegExp(`^${FOLDER}guides/${g.id}\\.[0-9a-f]{8,64}\\.json$`)))]);
    expect(requests.every((r) => r.method === 'GET' && r.cookie === undefined)).toBe(true);
    expect(trouble).toEqual([]);
  });

  it('with guide="…" fetches only that guide file; a broken one says so, another works', async () => {
    const titled = { ...valid, id: 'tieu-de-doc', title: '<img src=x onerror="alert(1)">Tiêu đề độc' } as unknown as Guide;
    const requests: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes(FOLDER)) requests.push(new URL(req.url()).pathname);
    });
    await serve(`src="${INDEX}" guide="huong-dan-hong"`, publishedFolder([titled, broken]));
    await page.goto(`${server.url}${PAGE}`);
    const w = page.locator('dvc-guide');
    await expect.poll(() => w.getByText('Hướng dẫn “huong-dan-hong” có lỗi nên chưa hiển thị được.').isVisible()).toBe(true);
    expect(requests).toEqual([`${FOLDER}guides/huong-dan-hong.json`]);
    await w.evaluate((el) => el.setAttribute('guide', 'tieu-de-doc'));
    await expect.poll(() => w.getByRole('heading', { name: titled.title }).isVisible()).toBe(true);
    expect(await w.evaluate((el) => el.shadowRoot!.querySelectorAll('img').length)).toBe(0);
    expect(trouble).toEqual([]);
  });

  it('falls back to the guides beside the script with a notice when the town folder cannot be fetched, and retries', async () => {
    let fail = true;
    await serve(`src="${INDEX}"`, publishedFolder([valid]), () => fail);
    await page.goto(`${server.url}${PAGE}`);
    const w = widget(page);
    await expect.poll(() => w.notice.innerText()).toContain('Không tải được danh mục hướng dẫn của trang này');
    await w.result(KHAI_SINH.title).waitFor();
    fail = false;
    await w.retryButton.click();
    await w.result(valid.title).waitFor();
    expect(await w.notice.count()).toBe(0);
    // The failed fetch is a network error the browser itself logs; nothing from the widget is an error.
    expect(trouble.filter((m) => !m.includes('net::ERR_INTERNET_DISCONNECTED') && !m.includes('Failed to load resource'))).toEqual([]);
  });

  it('works under a strict Content-Security-Policy (no inline styles, no eval)', async () => {
    const csp = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'";
    await serve(`src="${INDEX}" guide="khai-sinh-cua-xa"`, publishedFolder([valid]), () => false, { 'content-security-policy': csp });
    await page.goto(`${server.url}${PAGE}`);
    const w = widget(page, 'khai-sinh-cua-xa');
    await w.heading(valid.title).waitFor();
    expect(await w.printButton.evaluate((b) => getComputedStyle(b).borderStyle)).toBe('solid');
    expect(trouble).toEqual([]);
  });

  it('a town of 500 guides: search, open one, ticks kept after a reload', async () => {
    const real = ['dang-ky-khai-sinh', 'dang-ky-khai-tu', 'xac-nhan-tinh-trang-hon-nhan'].map((id) => {
      const { $schema: _s, ...g } = readGuide(id);
      return g as unknown as Guide;
    });
    const { guides } = generateCatalog(real, 500);
    const target = guides[317]!;
    await serve(`src="${INDEX}"`, publishedFolder(guides));
    await page.goto(`${server.url}${PAGE}`);
    const w = widget(page);
    await w.search.waitFor();
    await w.search.fill(target.title);
    await w.result(target.title).first().click();
    await expect.poll(() => w.heading(target.title).isVisible()).toBe(true);
    const doc = target.documents[0]!.name;
    await w.document(doc).check();
    await expect.poll(() => w.host.getByText(/Đã chuẩn bị 1\//).isVisible()).toBe(true);
    // A tick is shown at once and stored in turn (widget/ticks-model.ts): reload once it is stored.
    await expect.poll(() => storedTicks(page, target.id)).toEqual([target.documents[0]!.id]);
    await page.reload();
    await w.search.fill(target.title);
    await w.result(target.title).first().click();
    await expect.poll(() => w.document(doc).isChecked()).toBe(true);
    expect(trouble).toEqual([]);
  });

  it('follows attribute changes: lang, guide', async () => {
    await page.goto(`${server.url}/`);
    // The town page's second widget is the catalog; an nth() locator stays valid as attributes change.
    const w = page.locator('dvc-guide').nth(1);
    await w.getByRole('searchbox').waitFor();
    await w.evaluate((el) => el.setAttribute('lang', 'en'));
    await expect.poll(() => w.getByRole('searchbox', { name: 'Search procedures' }).isVisible()).toBe(true);
    await w.evaluate((el) => el.setAttribute('guide', 'dang-ky-khai-sinh'));
    await expect.poll(() => w.getByRole('heading', { name: 'Steps', exact: true }).isVisible()).toBe(true);
    await w.evaluate((el) => el.removeAttribute('guide'));
    await expect.poll(() => w.getByRole('searchbox').isVisible()).toBe(true);
    expect(trouble).toEqual([]);
  });
});

describe('the webmaster page', () => {
  it('shows the live examples, one of them themed through the documented custom properties', async () => {
    await page.goto(`${server.url}/webmaster/`);
    await expect.poll(() => page.getByRole('heading', { name: /Gắn hướng dẫn thủ tục/ }).isVisible()).toBe(true);
    const themed = page.locator('dvc-guide[guide="dang-nhap-vneid"]');
    await themed.getByRole('heading', { level: 2 }).waitFor();
    const look = await themed.getByRole('button', { name: 'Hiện tất cả các bước' }).evaluate((b) => {
      const s = getComputedStyle(b);
      return { color: s.color, font: s.fontFamily };
    });
    expect(look.color).toBe('rgb(0, 107, 60)');
    expect(look.font).toMatch(/Georgia/);
    await page.locator('dvc-guide:not([guide])').getByRole('searchbox').waitFor();
    expect(trouble).toEqual([]);
  });
});
