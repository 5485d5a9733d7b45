import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseGuideJson } from './load';
import type { Guide } from './schema';
import type { KeyValueArea } from '../overlay/run-store';
import { CATALOG_CACHE_KEY, startCatalog, type FetchText } from './catalog-service';
import { guideFile, guideFileText, indexEntryOf, PUBLISHED_FORMAT } from './published';

const TEXT = readFileSync('tests/fixtures/guides/valid/dang-ky-mau.json', 'utf8');
const URL_A = 'https://xa.example.gov.vn/guides.json';

function guide(id: string, version: number, firstTitle = 'Bước đầu'): Guide {
  const r = parseGuideJson(TEXT.replace('"id": "dang-ky-mau"', `"id": "${id}"`), `${id}.json`);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { ...r.guide, version, steps: [{ ...r.guide.steps[0]!, title: firstTitle }, ...r.guide.steps.slice(1)] };
}

function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}

type Reply = { status: number; body: string } | Error;

function fakeFetch(reply: () => Reply): FetchText & { calls: Array<{ url: string; init: RequestInit }> } {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const f = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const r = reply();
    if (r instanceof Error) throw r;
    return { ok: r.status < 400, status: r.status, text: async () => r.body };
  }) as FetchText & { calls: typeof calls };
  f.calls = calls;
  return f;
}

const bundled = [guide('khai-sinh', 1, 'Cũ'), guide('khai-tu', 1)];
const newer = JSON.stringify({ guides: [guide('khai-sinh', 2, 'Mới'), guide('khai-tu', 1, 'Không dùng')] });

async function titles(bg: { getGuides(): Promise<readonly Guide[]> }): Promise<string[]> {
  return (await bg.getGuides()).map((g) => `${g.id}:${g.steps[0]!.title}`);
}

describe('startCatalog', () => {
  it('fetches a saved catalog with a plain GET and uses its newer guides, also after a restart', async () => {
    const area = memoryArea();
    const fetch = fakeFetch(() => ({ status: 200, body: newer }));
    const changed = vi.fn();
    const bg = startCatalog({ area, bundled, fetch, hasPermission: async () => true, onGuidesChanged: changed });
    expect(await titles(bg)).toEqual(['khai-sinh:Cũ', 'khai-tu:Bước đầu']);

    const res = await bg.handle({ type: 'catalog:set-url', url: URL_A });
    expect(res).toMatchObject({ ok: true, view: { url: URL_A, status: { state: 'ok', valid: 2, newer: ['khai-sinh'] }, inUse: 2, fromCatalog: 1 } });
    expect(fetch.calls).toEqual([{ url: URL_A, init: expect.objectContaining({ method: 'GET', credentials: 'omit' }) }]);
    expect(fetch.calls[0]!.init.body).toBeUndefined();
    expect(await titles(bg)).toEqual(['khai-sinh:Mới', 'khai-tu:Bước đầu']);
    expect(changed).toHaveBeenCalledTimes(1);

    // A new service worker reads the cache back without fetching.
    const again = startCatalog({ area, bundled, fetch, hasPermission: async () => true });
    expect(await titles(again)).toEqual(['khai-sinh:Mới', 'khai-tu:Bước đầu']);
    expect(fetch.calls).toHaveLength(1);
  });

  it('keeps the last good copy when the catalog turns bad or unreachable, and says why', async () => {
    const area = memoryArea();
    let reply: Reply = { status: 200, body: newer };
    const bg = startCatalog({ area, bundled, fetch: fakeFetch(() => reply), hasPermission: async () => true, now: () => 42 });
    await bg.handle({ type: 'catalog:set-url', url: URL_A });

    reply = { status: 200, body: '{"guides": "không phải danh sách"}' };
    expect(await bg.refresh()).toMatchObject({ status: { state: 'failed', reason: 'shape', cachedAt: 42 } });
    expect(await titles(bg)).toEqual(['khai-sinh:Mới', 'khai-tu:Bước đầu']);

    reply = new TypeError('Failed to fetch');
    expect(await bg.refresh()).toMatchObject({ status: { state: 'failed', reason: 'network', detail: 'TypeError: Failed to fetch', cachedAt: 42 } });
    reply = { status: 404, body: 'not found' };
    expect(await bg.refresh()).toMatchObject({ status: { state: 'failed', reason: 'http', detail: 'HTTP 404' } });
    expect(await titles(bg)).toEqual(['khai-sinh:Mới', 'khai-tu:Bước đầu']);
  });

  it('does not fetch without the host permission and keeps the bundled guides', async () => {
    const fetch = fakeFetch(() => ({ status: 200, body: newer }));
    const bg = startCatalog({ area: memoryArea(), bundled, fetch, hasPermission: async () => false });
    expect(await bg.handle({ type: 'catalog:set-url', url: URL_A })).toMatchObject({
      ok: true,
      view: { url: URL_A, status: { state: 'failed', reason: 'permission', cachedAt: null } },
    });
    expect(fetch.calls).toHaveLength(0);
    expect(await titles(bg)).toEqual(['khai-sinh:Cũ', 'khai-tu:Bước đầu']);
  });

  it('drops the catalog when the address is cleared or changed to another town', async () => {
    const area = memoryArea();
    let reply: Reply = { status: 200, body: newer };
    const bg = startCatalog({ area, bundled, fetch: fakeFetch(() => reply), hasPermission: async () => true });
    await bg.handle({ type: 'catalog:set-url', url: URL_A });
    reply = new TypeError('Failed to fetch');
    await bg.handle({ type: 'catalog:set-url', url: 'https://khac.example.gov.vn/guides.json' });
    expect(await titles(bg)).toEqual(['khai-sinh:Cũ', 'khai-tu:Bước đầu']);
    expect(area.data.has(CATALOG_CACHE_KEY)).toBe(false);

    reply = { status: 200, body: newer };
    await bg.handle({ type: 'catalog:set-url', url: URL_A });
    expect(await bg.handle({ type: 'catalog:set-url', url: '' })).toMatchObject({ ok: true, view: { url: null, status: { state: 'off' } } });
    expect(await titles(bg)).toEqual(['khai-sinh:Cũ', 'khai-tu:Bước đầu']);
  });
});

describe('a published folder (index.json + one file per guide)', () => {
  const INDEX_URL = 'https://xa.example.gov.vn/dvc-guide/index.json';

  it('reads each guide file beside the index; a broken file is named, the others are used', async () => {
    const good = guide('khai-sinh', 3, 'Từ thư mục');
    const files = new Map([
      ['index.json', JSON.stringify({ format: PUBLISHED_FORMAT, guides: [indexEntryOf(good, 'aaaaaaaaaa'), indexEntryOf(guide('khai-tu', 2), 'bbbbbbbbbb')] })],
      [guideFile('khai-sinh', 'aaaaaaaaaa'), guideFileText(good)],
      [guideFile('khai-tu', 'bbbbbbbbbb'), '{"id":"khai-tu"}'],
    ]);
    const fetch: FetchText & { calls: string[] } = Object.assign(
      async (url: string) => {
        fetch.calls.push(url);
        const body = files.get(url.slice('https://xa.example.gov.vn/dvc-guide/'.length));
        return { ok: body !== undefined, status: body === undefined ? 404 : 200, text: async () => body ?? '' };
      },
      { calls: [] as string[] },
    );
    const area = memoryArea();
    const bg = startCatalog({ area, bundled, fetch, hasPermission: async () => true });
    const res = await bg.handle({ type: 'catalog:set-url', url: INDEX_URL });
    expect(res).toMatchObject({ ok: true, view: { status: { state: 'ok', valid: 1, newer: ['khai-sinh'], invalid: [{ name: 'khai-tu' }] } } });
    expect(await titles(bg)).toEqual(['khai-sinh:Từ thư mục', 'khai-tu:Bước đầu']);
    // The index, then each guide by its content-hashed name.
    expect(fetch.calls[0]).toBe(INDEX_URL);
    expect(fetch.calls.slice(1).sort()).toEqual([`https://xa.example.gov.vn/dvc-guide/guides/khai-sinh.aaaaaaaaaa.json`, `https://xa.example.gov.vn/dvc-guide/guides/khai-tu.bbbbbbbbbb.json`]);
    // Warnings are stored apart from the cached guides, and bounded.
    expect(area.data.get(CATALOG_CACHE_KEY)).not.toHaveProperty('problems');
  });
});
