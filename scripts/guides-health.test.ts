// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runHealth } from './guides';
import { checkGuideFiles, listGuideFiles } from './lib/guide-files';
import { parseSavedPage, resolveSavedPages, type ParsedPage } from './lib/health-files';
import { matchesAny } from '../lib/engine/url-pattern';
import {
  checkPageHealth,
  effectiveStepPages,
  formatStepResult,
  isBroken,
  isVisibleByMarkup,
  type StepHealth,
} from '../lib/guide/health';
import { parseGuideJson } from '../lib/guide/load';
import type { Guide } from '../lib/guide/schema';

const FIXTURES = 'tests/fixtures/health';
const PAGES = `${FIXTURES}/pages`;
const GUIDES = `${FIXTURES}/guides`;
const PROCEDURE_URL = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/00000000-0000-4000-8000-000000000001';
const CAPTURES = '../lib/shared/portal/captures';

const opened: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

async function fixtureGuide(): Promise<Guide> {
  const file = `${GUIDES}/thu-nghiem-suc-khoe.json`;
  const result = parseGuideJson(await readFile(file, 'utf8'), file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.guide;
}

async function openPage(file: string, url: string): Promise<Document> {
  const page = parseSavedPage(await readFile(file, 'utf8'), url);
  opened.push(page);
  return page.document;
}

function byStep(steps: readonly StepHealth[]): Record<string, StepHealth> {
  return Object.fromEntries(steps.map((s) => [s.stepId, s]));
}

async function cli(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runHealth(args, { log: (l) => lines.push(l) });
  return { code, lines };
}

describe('checkPageHealth on a saved page', () => {
  it('finds each applicable target with the strategy that matched, and leaves out steps for other pages', async () => {
    const doc = await openPage(`${PAGES}/thu-tuc.html`, PROCEDURE_URL);
    const health = checkPageHealth(doc, PROCEDURE_URL, [await fixtureGuide()]);
    const s = byStep(health.steps);
    expect(Object.keys(s)).toEqual(['doc-huong-dan', 'bam-nop-ho-so', 'nop-truc-tuyen', 'nhap-so-dien-thoai']);
    expect(s['doc-huong-dan']?.status).toBe('no-target');
    expect(s['bam-nop-ho-so']?.status).toBe('found');
    expect(s['bam-nop-ho-so']?.found?.index).toBe(0);
    expect(s['bam-nop-ho-so']?.found?.element.hasAttribute('hidden')).toBe(false);
    expect(formatStepResult(s['bam-nop-ho-so'] as StepHealth)).toBe('tìm thấy / found (chiến lược 1: nút “Nộp hồ sơ”)');
    // The first strategy points into an inline display:none block, so the label fallback wins.
    expect(s['nhap-so-dien-thoai']?.found?.index).toBe(1);
    expect(s['nhap-so-dien-thoai']?.found?.element.getAttribute('name')).toBe('soDienThoai');
    expect(health.steps.some(isBroken)).toBe(false);
  });

  it('does not run the page scripts: a button a script would add is reported as coming after the earlier step', async () => {
    const doc = await openPage(`${PAGES}/thu-tuc.html`, PROCEDURE_URL);
    const s = byStep(checkPageHealth(doc, PROCEDURE_URL, [await fixtureGuide()]).steps);
    expect(doc.body.textContent).not.toContain('script ran');
    expect(s['nop-truc-tuyen']).toMatchObject({ status: 'after-step', after: { stepIndex: 1, stepId: 'bam-nop-ho-so' } });
    expect(isBroken(s['nop-truc-tuyen'] as StepHealth)).toBe(false);
  });

  it('reports a target the portal renamed as NOT FOUND, naming the strategies tried', async () => {
    const doc = await openPage(`${PAGES}/thu-tuc-doi-moi.html`, PROCEDURE_URL);
    const s = byStep(checkPageHealth(doc, PROCEDURE_URL, [await fixtureGuide()]).steps);
    const broken = s['bam-nop-ho-so'] as StepHealth;
    expect(isBroken(broken)).toBe(true);
    // The old id is still there but inside aria-hidden: a resident cannot see it, so it does not count.
    expect(formatStepResult(broken)).toBe('KHÔNG TÌM THẤY / NOT FOUND (đã thử / tried: nút “Nộp hồ sơ”; phần tử cần chỉ [id: nut-nop])');
  });

  it('reports nothing for a page no step applies to', async () => {
    const doc = await openPage(`${PAGES}/trang-khac.html`, 'https://example.org/');
    expect(checkPageHealth(doc, 'https://example.org/', [await fixtureGuide()]).steps).toEqual([]);
  });
});

describe('effectiveStepPages', () => {
  it('gives a step without page the page of the step before it, and the first ones the start pages', async () => {
    const pages = effectiveStepPages(await fixtureGuide());
    expect(pages[0]).toEqual(['dichvucong.gov.vn/thu-tuc-hanh-chinh/*']);
    expect(pages[3]).toEqual(['dichvucong.gov.vn/thu-tuc-hanh-chinh/*']);
    expect(pages[4]).toEqual(['dichvucong.gov.vn/tra-cuu-ho-so']);
    expect(effectiveStepPages({ steps: [{ id: 'a', title: 'A' }] })).toEqual([undefined]);
  });
});

describe('isVisibleByMarkup', () => {
  it('hides only what markup hides; class names cannot hide anything in a saved page', () => {
    document.body.innerHTML = `
      <div id="a" hidden><p id="a1">x</p></div>
      <div aria-hidden="true"><p id="b1">x</p></div>
      <div style="margin:0;DISPLAY : none !important"><p id="c1">x</p></div>
      <p id="d" style="visibility:hidden">x</p>
      <div inert><p id="e1">x</p></div>
      <p id="f" class="hidden invisible">x</p>
      <p id="g" style="display:block">x</p>`;
    const visible = (id: string): boolean => isVisibleByMarkup(document.getElementById(id) as Element);
    expect(['a1', 'b1', 'c1', 'd', 'e1'].map(visible)).toEqual([false, false, false, false, false]);
    expect(['f', 'g'].map(visible)).toEqual([true, true]);
    const detached = document.createElement('p');
    expect(isVisibleByMarkup(detached)).toBe(false);
  });
});

describe('npm run guides -- health', { timeout: 30_000 }, () => {
  it('prints one row per step and exits 1 when a target is broken', async () => {
    const { code, lines } = await cli('--guides', GUIDES, PAGES);
    expect(code).toBe(1);
    const row = (page: string, step: string): string | undefined =>
      lines.find((l) => l.startsWith(`${page} `) && l.includes(` ${step} `));
    expect(row('thu-tuc.html', '2. bam-nop-ho-so')).toContain('tìm thấy / found (chiến lược 1: nút “Nộp hồ sơ”)');
    expect(row('thu-tuc-doi-moi.html', '2. bam-nop-ho-so')).toContain('KHÔNG TÌM THẤY / NOT FOUND');
    expect(lines.find((l) => l.startsWith('trang-khac.html'))).toContain('no step applies to this URL');
    expect(lines.at(-1)).toContain('3 page(s), 8 step(s): 3 found, 1 NOT FOUND, 2 after an earlier step, 2 without target.');
  });

  it('exits 0 for a page where every target is found, with the URL given by --url', async () => {
    const { code, lines } = await cli('--guides', `${GUIDES}/thu-nghiem-suc-khoe.json`, '--url', PROCEDURE_URL, `${PAGES}/thu-tuc.html`);
    expect(code).toBe(0);
    expect(lines.at(-1)).toContain('0 NOT FOUND');
  });

  it('reads the URL from --map, resolved beside the map file', async () => {
    const pages = await resolveSavedPages([`${PAGES}/thu-tuc.html`], { map: `${PAGES}/urls.json` });
    expect(pages).toEqual([{ file: `${PAGES}/thu-tuc.html`, url: PROCEDURE_URL }]);
  });

  it('exits 2 with a message naming the file when a page has no URL, and on bad arguments', async () => {
    const noUrl = await cli('--guides', GUIDES, '--map', `${GUIDES}/../pages/urls.json`, 'README.md');
    expect(noUrl.code).toBe(2);
    expect(noUrl.lines[0]).toContain('no URL for README.md');
    expect((await cli('--guides', GUIDES)).code).toBe(2);
    expect((await cli('--bogus', PAGES)).code).toBe(2);
    expect((await cli('--url', PROCEDURE_URL, PAGES)).code).toBe(2);
    expect((await cli('khong-co-thu-muc')).code).toBe(2);
  });

  it('exits 1 when a guide does not load, printing its problem', async () => {
    const { code, lines } = await cli('--guides', 'tests/fixtures/guides/truncated', PAGES);
    expect(code).toBe(1);
    expect(lines[0]).toContain('cat-ngang.json');
  });
});

describe('the real captured portal pages', { timeout: 60_000 }, () => {
  const present = existsSync(CAPTURES);
  if (!present) {
    it.skip(`skipped: ${path.resolve(CAPTURES)} is absent (the shared portal captures are not in this checkout)`, () => {});
    return;
  }

  it('finds the first target of every guide on its captured start page (khai sinh, thường trú when present)', async () => {
    const loaded = await checkGuideFiles(await listGuideFiles('guides'));
    const guides = loaded.guides.map((g) => g.guide);
    const pages = await resolveSavedPages([CAPTURES]);
    const checked: string[] = [];
    for (const page of pages) {
      const doc = await openPage(page.file, page.url);
      const health = checkPageHealth(doc, page.url, guides);
      for (const guide of guides) {
        if (!guide.startPages || !matchesAny(guide.startPages, page.url)) continue;
        const first = health.steps.find((s) => s.guideId === guide.id && s.status !== 'no-target');
        expect(first, `${guide.id} on ${path.basename(page.file)}`).toBeDefined();
        expect(first?.status, `${guide.id} on ${path.basename(page.file)}: ${first && formatStepResult(first)}`).toBe('found');
        checked.push(`${guide.id}@${path.basename(page.file)}`);
      }
    }
    expect(checked).toContain('dang-ky-khai-sinh@detail-khai-sinh.html');
    if (guides.some((g) => g.id === 'dang-ky-thuong-tru')) expect(checked).toContain('dang-ky-thuong-tru@detail-thuong-tru.html');
  });

  it('runs over the captures folder from the command line and prints a row per step', async () => {
    const { lines } = await cli(CAPTURES);
    expect(lines.some((l) => /^detail-khai-sinh\.html +dang-ky-khai-sinh +1\. \S+ +tìm thấy \/ found \(chiến lược 1: /.test(l))).toBe(true);
    // One summary over every capture urls.json names (a capture without its URL would be skipped silently).
    const pages = Object.keys(JSON.parse(await readFile(path.join(CAPTURES, 'urls.json'), 'utf8')) as Record<string, string>).length;
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(lines.at(-1)).toMatch(new RegExp(`^${pages} trang, \\d+ bước`));
  });
});
