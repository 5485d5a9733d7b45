import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  catalogStatusLine,
  FIRST_PROBLEMS,
  mergeGuides,
  parseCatalogAddress,
  readCache,
  readFetchedCatalog,
  readStatus,
  statusOf,
  type CatalogStatus,
} from './distribution';
import { parseGuideJson } from './load';
import type { Guide } from './schema';

const TEXT = readFileSync('tests/fixtures/guides/valid/dang-ky-mau.json', 'utf8');
const URL_A = 'https://xa.example.gov.vn/widget/guides.json';

function guide(id: string, version = 1, firstTitle?: string): Guide {
  const r = parseGuideJson(TEXT.replace('"id": "dang-ky-mau"', `"id": "${id}"`), `${id}.json`);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const g = { ...r.guide, version };
  if (firstTitle) g.steps = [{ ...g.steps[0]!, title: firstTitle }, ...g.steps.slice(1)];
  return g;
}

const catalogText = (guides: unknown[]): string => JSON.stringify({ guides });

describe('mergeGuides', () => {
  it('uses a catalog guide only when its version is higher, keeps bundled-only guides and adds new ones', () => {
    const bundled = [guide('khai-sinh', 1), guide('khai-tu', 3), guide('tam-tru', 2)];
    const catalog = [guide('khai-sinh', 2, 'Bước mới'), guide('khai-tu', 2), guide('tam-tru', 2, 'Cùng phiên bản'), guide('moi', 1)];
    const merged = mergeGuides(bundled, catalog);
    expect(merged.guides.map((g) => `${g.id}@${g.version}`)).toEqual(['khai-sinh@2', 'khai-tu@3', 'tam-tru@2', 'moi@1']);
    expect(merged.guides[0]!.steps[0]!.title).toBe('Bước mới');
    // A tie keeps the bundled copy, which our build checked.
    expect(merged.guides[2]!.steps[0]!.title).not.toBe('Cùng phiên bản');
    expect(merged.fromCatalog).toEqual(['khai-sinh', 'moi']);
  });

  it('is the bundled set when there is no catalog', () => {
    const bundled = [guide('a'), guide('b')];
    expect(mergeGuides(bundled, [])).toEqual({ guides: bundled, fromCatalog: [] });
  });
});

describe('readFetchedCatalog', () => {
  it('keeps the valid guides and names each invalid one with its first problems', () => {
    const broken = { ...guide('hong'), steps: [], summary: '', reviewedAt: 'hôm qua', sources: 'x' };
    const outcome = readFetchedCatalog(catalogText([guide('mot', 2), broken, { title: 'Không có mã' }]), URL_A, 1000);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.cache.guides.map((g) => g.id)).toEqual(['mot']);
    expect(outcome.cache).toMatchObject({ sourceUrl: URL_A, fetchedAt: 1000 });
    expect(outcome.invalid.map((e) => e.name)).toEqual(['hong', 'Không có mã']);
    expect(outcome.invalid[0]!.problems.length).toBe(FIRST_PROBLEMS);
    expect(outcome.invalid[0]!.problems[0]!.vi).toBeTruthy();
  });

  it('refuses text that is not JSON, the wrong shape, or a catalog with no valid guide', () => {
    expect(readFetchedCatalog('<html>', URL_A, 1)).toMatchObject({ ok: false, reason: 'not-json' });
    expect(readFetchedCatalog('[1,2]', URL_A, 1)).toMatchObject({ ok: false, reason: 'shape' });
    expect(readFetchedCatalog('null', URL_A, 1)).toMatchObject({ ok: false, reason: 'shape' });
    expect(readFetchedCatalog('{"guide": []}', URL_A, 1)).toMatchObject({ ok: false, reason: 'shape' });
    const empty = readFetchedCatalog(catalogText([{ id: 'x' }]), URL_A, 1);
    expect(empty).toMatchObject({ ok: false, reason: 'empty' });
    expect(empty.invalid.map((e) => e.name)).toEqual(['x']);
  });

  it('refuses executable-looking extras: a guide with a field the schema does not know is invalid', () => {
    const withScript = { ...guide('mot', 2), onStart: 'fetch("https://evil.example")' };
    expect(readFetchedCatalog(catalogText([withScript]), URL_A, 1)).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('readCache', () => {
  const good = { sourceUrl: URL_A, fetchedAt: 5, guides: [guide('mot', 2)] };

  it('reads back a cache of the configured address', () => {
    expect(readCache(good, URL_A)?.guides.map((g) => g.id)).toEqual(['mot']);
  });

  it('is no cache for another address, no address, or a record of the wrong shape', () => {
    expect(readCache(good, 'https://khac.example/guides.json')).toBeNull();
    expect(readCache(good, null)).toBeNull();
    expect(readCache({ ...good, fetchedAt: 'hôm nay' }, URL_A)).toBeNull();
    expect(readCache({ ...good, guides: 'x' }, URL_A)).toBeNull();
    expect(readCache('x', URL_A)).toBeNull();
  });

  it('drops a guide that no longer passes validation and keeps the others', () => {
    const tampered = { ...good, guides: [guide('mot', 2), { ...guide('hai', 2), steps: 'x' }], problems: [{ nonsense: true }] };
    const cache = readCache(tampered, URL_A);
    expect(cache?.guides.map((g) => g.id)).toEqual(['mot']);
    expect(cache).not.toHaveProperty('problems');
  });
});

describe('readStatus', () => {
  it('round-trips the statuses it writes and falls back to "off" otherwise', () => {
    const outcome = readFetchedCatalog('[]', URL_A, 1);
    const failed = statusOf(URL_A, 9, outcome, [], null);
    expect(readStatus(JSON.parse(JSON.stringify(failed)))).toEqual(failed);
    const ok = statusOf(URL_A, 9, readFetchedCatalog(catalogText([guide('mot')]), URL_A, 9), [], null);
    expect(readStatus(JSON.parse(JSON.stringify(ok)))).toEqual(ok);
    expect(readStatus({ state: 'failed', url: URL_A, checkedAt: 1, reason: 'eval' })).toEqual({ state: 'off' });
    expect(readStatus(undefined)).toEqual({ state: 'off' });
  });
});

describe('parseCatalogAddress', () => {
  it('accepts http(s) addresses and asks for the host on every port', () => {
    expect(parseCatalogAddress(' https://xa.example.gov.vn/widget/guides.json#top ')).toEqual({
      url: URL_A,
      host: 'xa.example.gov.vn',
      pattern: 'https://xa.example.gov.vn/*',
    });
    expect(parseCatalogAddress('http://127.0.0.1:8080/g.json')?.pattern).toBe('http://127.0.0.1/*');
  });

  it('refuses plain http except on this computer (a café network could swap the guides)', () => {
    expect(parseCatalogAddress('http://xa.example.gov.vn/guides.json')).toBeNull();
    expect(parseCatalogAddress('http://localhost:8790/guides.json')?.pattern).toBe('http://localhost/*');
  });

  it('refuses other schemes, relative text and addresses with credentials', () => {
    for (const bad of ['ftp://x.example/g.json', 'guides.json', 'javascript:alert(1)', 'https://user:pw@x.example/g.json', '']) {
      expect(parseCatalogAddress(bad)).toBeNull();
    }
  });
});

describe('catalogStatusLine', () => {
  it('says in Vietnamese (or English) what is in use and why', () => {
    expect(catalogStatusLine({ state: 'off' }, 'vi')).toBe('Đang dùng các hướng dẫn có sẵn trong tiện ích.');
    const refused: CatalogStatus = { state: 'failed', url: URL_A, checkedAt: 1, reason: 'permission', detail: '', invalid: [], cachedAt: null };
    expect(catalogStatusLine(refused, 'vi')).toBe(
      'Không dùng được danh mục: bạn chưa cho phép tiện ích đọc trang xa.example.gov.vn. Vẫn dùng các hướng dẫn có sẵn trong tiện ích.',
    );
    expect(catalogStatusLine(refused, 'en')).toBe(
      'The catalog cannot be used: the extension is not allowed to read xa.example.gov.vn. The built-in guides stay in use.',
    );
    const cached = { ...refused, reason: 'network' as const, cachedAt: Date.UTC(2026, 0, 2, 3, 4) };
    expect(catalogStatusLine(cached, 'vi')).toMatch(/^Không dùng được danh mục: không kết nối được tới xa\.example\.gov\.vn\. Vẫn dùng danh mục đã tải lúc .+\.$/);
  });

  it('counts the guides used from the catalog and the ones left out', () => {
    const outcome = readFetchedCatalog(catalogText([guide('mot', 2), { id: 'hong' }]), URL_A, 1);
    const status = statusOf(URL_A, 1, outcome, [guide('mot', 1), guide('hai', 1)], null);
    expect(catalogStatusLine(status, 'vi')).toMatch(/1 hướng dẫn hợp lệ, 1 hướng dẫn từ danh mục được dùng\. 1 hướng dẫn không hợp lệ bị bỏ qua\.$/);
  });
});
