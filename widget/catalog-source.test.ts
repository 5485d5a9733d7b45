import { describe, expect, it, vi } from 'vitest';
import { TEST_GUIDE } from '../components/test-fixtures';
import { loadCatalog, preferNewer, readCatalog, resolveCatalogUrl, type FetchLike } from './catalog-source';

const BASE = 'https://xa.example.vn/thu-tuc/';
const okFetch = (body: unknown): FetchLike & { mock: { calls: unknown[][] } } =>
  vi.fn(async () => ({ ok: true, status: 200, json: async () => body })) as unknown as FetchLike & { mock: { calls: unknown[][] } };

describe('resolveCatalogUrl', () => {
  it('resolves relative addresses and refuses non-http schemes', () => {
    expect(resolveCatalogUrl('/guides.json', BASE)).toBe('https://xa.example.vn/guides.json');
    expect(resolveCatalogUrl('javascript:alert(1)', BASE)).toBeNull();
    expect(resolveCatalogUrl('data:application/json,{}', BASE)).toBeNull();
  });
});

describe('readCatalog', () => {
  it('keeps valid guides and names each invalid entry with its problems', () => {
    const broken = { id: 'hong', title: 'Hỏng', version: 1 };
    const noId = { title: 'Không có mã' };
    const r = readCatalog({ guides: [TEST_GUIDE, broken, noId, 42] }, 'cat.json');
    expect(r.guides.map((g) => g.id)).toEqual([TEST_GUIDE.id]);
    expect(r.invalid.map((e) => e.name)).toEqual(['hong', 'Không có mã', '#4']);
    expect(r.invalid[0]!.problems.some((p) => p.path === 'steps')).toBe(true);
  });

  it('drops a second guide with the same id as invalid', () => {
    const r = readCatalog({ guides: [TEST_GUIDE, TEST_GUIDE] }, 'cat.json');
    expect(r.guides).toHaveLength(1);
    expect(r.invalid.map((e) => e.name)).toEqual([TEST_GUIDE.id]);
  });

  it('reports a file that is not a catalog at all', () => {
    expect(readCatalog([TEST_GUIDE], 'cat.json').shapeError?.code).toBe('catalog-shape');
  });
});

describe('preferNewer', () => {
  it('keeps the bundled copy when the town copy is older', () => {
    const newer = { ...TEST_GUIDE, version: 3, title: 'Bản đi kèm' };
    expect(preferNewer([{ ...TEST_GUIDE, version: 2 }], [newer])[0]!.title).toBe('Bản đi kèm');
    expect(preferNewer([{ ...TEST_GUIDE, version: 4, title: 'Bản của xã' }], [newer])[0]!.title).toBe('Bản của xã');
  });
});

describe('loadCatalog', () => {
  const bundled = [TEST_GUIDE];

  it('uses the bundled guides without fetching when there is no src', async () => {
    const fetch = okFetch({ guides: [] });
    expect(await loadCatalog({ src: null, base: BASE, bundled, fetch, warn: () => {} })).toEqual({ kind: 'bundled', guides: bundled });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches with GET, no cookies, no referrer and no query added', async () => {
    const fetch = okFetch({ guides: [TEST_GUIDE] });
    const r = await loadCatalog({ src: 'guides.json', base: BASE, bundled: [], fetch, warn: () => {} });
    expect(r.kind).toBe('remote');
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://xa.example.vn/thu-tuc/guides.json');
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init.body).toBeUndefined();
  });

  it('warns (never errors) with the details of an invalid guide', async () => {
    const warn = vi.fn();
    const error = vi.spyOn(console, 'error');
    const r = await loadCatalog({ src: '/c.json', base: BASE, bundled: [], fetch: okFetch({ guides: [{ id: 'hong' }] }), warn });
    expect(r.kind === 'remote' && r.invalid.map((e) => e.name)).toEqual(['hong']);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"hong".*invalid[\s\S]*thiếu trường bắt buộc/);
    expect(error).not.toHaveBeenCalled();
  });

  it.each([
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))],
    ['an HTTP error', vi.fn(async () => ({ ok: false, status: 404, json: async () => ({}) }))],
    ['a file that is not JSON', vi.fn(async () => ({ ok: true, status: 200, json: async () => Promise.reject(new SyntaxError('bad')) }))],
    ['JSON that is not a catalog', vi.fn(async () => ({ ok: true, status: 200, json: async () => [1, 2] }))],
  ])('falls back to the bundled guides on %s', async (_name, fetch) => {
    const r = await loadCatalog({ src: '/c.json', base: BASE, bundled, fetch: fetch as unknown as FetchLike, warn: () => {} });
    expect(r.kind).toBe('fallback');
    expect(r.guides).toBe(bundled);
  });
});
