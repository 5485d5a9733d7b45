import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_GUIDE } from '../components/test-fixtures';
import { guideFile } from '../lib/guide/published';
import { checkedGuideNow, loadGuide, resolveHttpUrl, type FetchLike } from './catalog-source';
import { loadIndex } from './index-source';
import { validGuide } from './guide-chunk';
import { checkPrefetched } from './guide-check';
import { serveFolder } from './test-folder';

const OWN = 'https://tinh.example.vn/dvc-guide/';
const TOWN = 'https://xa.example.vn/huong-dan/';
const BASE = 'https://xa.example.vn/thu-tuc/';
const OTHER = { ...TEST_GUIDE, id: 'dang-ky-thuong-tru', title: 'Đăng ký thường trú' };

describe('resolveHttpUrl', () => {
  it('resolves relative addresses and refuses non-http schemes', () => {
    expect(resolveHttpUrl('/index.json', BASE)).toBe('https://xa.example.vn/index.json');
    expect(resolveHttpUrl('javascript:alert(1)', BASE)).toBeNull();
    expect(resolveHttpUrl('data:application/json,{}', BASE)).toBeNull();
  });
});

describe('loadIndex', () => {
  it('reads the index beside the script when there is no src, with GET, no cookies, no referrer', async () => {
    const own = serveFolder(OWN, [TEST_GUIDE, OTHER]);
    const fetch = vi.fn(own.fetch);
    const r = await loadIndex({ src: null, own: `${OWN}index.json`, base: BASE, fetch, warn: () => {} });
    expect(r.kind === 'index' && r.entries.map((e) => e.id)).toEqual([TEST_GUIDE.id, OTHER.id]);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`${OWN}index.json`);
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
    expect(init.body).toBeUndefined();
  });

  it('the index holds no steps: showing the catalog downloads no guide file', async () => {
    const own = serveFolder(OWN, [TEST_GUIDE]);
    await loadIndex({ src: null, own: `${OWN}index.json`, base: BASE, fetch: own.fetch, warn: () => {} });
    expect(own.requests).toEqual([`${OWN}index.json`]);
    expect(own.files.get('index.json')).not.toContain('"steps"');
  });

  it.each([
    ['a network failure', (f: ReturnType<typeof serveFolder>) => (f.down.value = true)],
    ['a missing file', (f: ReturnType<typeof serveFolder>) => f.files.delete('index.json')],
    ['a file that is not JSON', (f: ReturnType<typeof serveFolder>) => f.files.set('index.json', '<html>')],
    ['JSON that is not an index', (f: ReturnType<typeof serveFolder>) => f.files.set('index.json', '{"guides":[]}')],
  ])('falls back to the script folder on %s at src', async (_name, breakIt) => {
    const town = serveFolder(TOWN, [OTHER]);
    const own = serveFolder(OWN, [TEST_GUIDE]);
    breakIt(town);
    const fetch: FetchLike = (url, init) => (url.startsWith(TOWN) ? town.fetch(url, init) : own.fetch(url, init));
    const warn = vi.fn();
    const r = await loadIndex({ src: `${TOWN}index.json`, own: `${OWN}index.json`, base: BASE, fetch, warn });
    expect(r.kind === 'fallback' && r.entries.map((e) => e.id)).toEqual([TEST_GUIDE.id]);
    expect(String(warn.mock.calls[0]?.[0])).toContain(`${TOWN}index.json`);
  });

  it('skips unreadable entries and repeated ids, naming them for the webmaster', async () => {
    const own = serveFolder(OWN, [TEST_GUIDE]);
    const index = JSON.parse(own.files.get('index.json')!) as { guides: unknown[] };
    index.guides.push({ id: 'Sai Dinh Dang' }, index.guides[0]);
    own.files.set('index.json', JSON.stringify(index));
    const warn = vi.fn();
    const r = await loadIndex({ src: null, own: `${OWN}index.json`, base: BASE, fetch: own.fetch, warn });
    expect(r.kind === 'index' && r.entries.map((e) => e.id)).toEqual([TEST_GUIDE.id]);
    expect(String(warn.mock.calls[0]?.[0])).toContain('#2, #3');
  });
});

describe('loadGuide', () => {
  const deps = (folder: ReturnType<typeof serveFolder>) => ({
    indexUrl: `${TOWN}index.json`,
    fetch: folder.fetch,
    warn: () => {},
    report: vi.fn(),
    validate: async () => validGuide,
  });

  it('loads the predictable name without a hash, the immutable one with it', async () => {
    const town = serveFolder(TOWN, [TEST_GUIDE]);
    const index = JSON.parse(town.files.get('index.json')!) as { guides: { hash: string }[] };
    const hash = index.guides[0]!.hash;
    expect(await loadGuide({ ...deps(town), id: TEST_GUIDE.id })).toMatchObject({ kind: 'guide', guide: { id: TEST_GUIDE.id } });
    expect(await loadGuide({ ...deps(town), id: TEST_GUIDE.id, hash })).toMatchObject({ kind: 'guide' });
    expect(town.requests).toEqual([`${TOWN}${guideFile(TEST_GUIDE.id)}`, `${TOWN}${guideFile(TEST_GUIDE.id, hash)}`]);
  });

  it('a broken file is invalid on its own and its details are reported; a missing one is missing', async () => {
    const town = serveFolder(TOWN, [TEST_GUIDE, OTHER], { [guideFile(OTHER.id)]: JSON.stringify({ id: OTHER.id, title: 'Hỏng' }) });
    const d = deps(town);
    expect(await loadGuide({ ...d, id: OTHER.id })).toEqual({ kind: 'invalid', id: OTHER.id });
    expect(d.report).toHaveBeenCalledWith(`${TOWN}${guideFile(OTHER.id)}`, { id: OTHER.id, title: 'Hỏng' });
    expect(await loadGuide({ ...d, id: TEST_GUIDE.id })).toMatchObject({ kind: 'guide' });
    expect(await loadGuide({ ...d, id: 'khong-co' })).toEqual({ kind: 'missing', id: 'khong-co' });
  });

  it('a file holding another guide than its name says is not shown', async () => {
    const town = serveFolder(TOWN, [TEST_GUIDE], { [guideFile('gia-mao')]: JSON.stringify(TEST_GUIDE) });
    expect(await loadGuide({ ...deps(town), id: 'gia-mao' })).toEqual({ kind: 'invalid', id: 'gia-mao' });
  });
});

describe('guide files the loader (dvc-guide.js) asked for', () => {
  const global = globalThis as { __dvcGuidePrefetch?: Map<string, unknown> };
  afterEach(() => {
    delete global.__dvcGuidePrefetch;
  });

  it('are checked as soon as they are in, each downloaded once; a broken one is still reported with its details', async () => {
    const town = serveFolder(TOWN, [TEST_GUIDE, OTHER], { [guideFile(OTHER.id)]: JSON.stringify({ id: OTHER.id, title: 'Hỏng' }) });
    const map = new Map<string, unknown>();
    global.__dvcGuidePrefetch = map;
    for (const id of [TEST_GUIDE.id, OTHER.id]) map.set(`${TOWN}${guideFile(id)}`, town.fetch(`${TOWN}${guideFile(id)}`, {}));
    checkPrefetched();
    const report = vi.fn();
    const d = { indexUrl: `${TOWN}index.json`, fetch: town.fetch, warn: () => {}, report, validate: async () => validGuide };
    // Already checked: the widget's own validator is not asked again (here one that would refuse it).
    expect(await loadGuide({ ...d, validate: async () => () => null, id: TEST_GUIDE.id })).toMatchObject({ kind: 'guide', guide: { id: TEST_GUIDE.id, title: TEST_GUIDE.title } });
    expect(await loadGuide({ ...d, id: OTHER.id })).toEqual({ kind: 'invalid', id: OTHER.id });
    expect(report).toHaveBeenCalledWith(`${TOWN}${guideFile(OTHER.id)}`, { id: OTHER.id, title: 'Hỏng' });
    expect(town.requests).toEqual([`${TOWN}${guideFile(TEST_GUIDE.id)}`, `${TOWN}${guideFile(OTHER.id)}`]);
    expect(map.size).toBe(0);
  });

  it('once one is in and checked valid, it is handed over at once (the first render is the guide), and only once', async () => {
    const town = serveFolder(TOWN, [TEST_GUIDE]);
    const url = `${TOWN}${guideFile(TEST_GUIDE.id)}`;
    const map = new Map<string, unknown>([[url, town.fetch(url, {})]]);
    global.__dvcGuidePrefetch = map;
    checkPrefetched();
    // Not in yet: left for loadGuide.
    expect(checkedGuideNow(url, TEST_GUIDE.id)).toBeUndefined();
    await map.get(url);
    expect(checkedGuideNow(url, 'gia-mao')).toBeUndefined();
    expect(checkedGuideNow(url, TEST_GUIDE.id)).toMatchObject({ id: TEST_GUIDE.id, title: TEST_GUIDE.title });
    expect(checkedGuideNow(url, TEST_GUIDE.id)).toBeUndefined();
    expect(town.requests).toEqual([url]);
  });
});
