import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, queryTokens } from './index';

interface Proc {
  code: string;
  name: string;
}

const PROCS: Proc[] = [
  { code: '1.000656', name: 'Thủ tục đăng ký khai tử' },
  { code: '1.004222', name: 'Đăng ký thường trú' },
  { code: '1.004194', name: 'Đăng ký tạm trú' },
  { code: '2.000986', name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi' },
  { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  { code: '2.000488', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam' },
  { code: '1.004884', name: 'Thủ tục đăng ký lại khai sinh' },
  { code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh' },
];

const index = createSearchIndex(PROCS, (p) => [{ text: p.name, weight: 1 }]);
const codes = (q: string, limit?: number): string[] => index.search(q, limit).map((p) => p.code);

describe('createSearchIndex', () => {
  it.each(['Đăng ký khai sinh', 'dang ky khai sinh', 'KHAI SINH', 'đăng kí khai sinh', 'thủ tục khai sinh', 'thu tuc dang ki khai sinh'])(
    '"%s" puts the birth registration first',
    (q) => {
      expect(codes(q)[0]).toBe('1.001193');
    },
  );

  it('"đăng kí" finds the birth registration among all đăng ký procedures', () => {
    expect(codes('đăng kí')).toContain('1.001193');
    expect(codes('đăng kí')).not.toContain('2.000488');
  });

  it('"thuong tru" finds "Đăng ký thường trú" first, not "tạm trú"', () => {
    expect(codes('thuong tru')[0]).toBe('1.004222');
    expect(codes('thuong tru')).not.toContain('1.004194');
  });

  it('every word must match the start of a word', () => {
    expect(codes('ly lich tu phap')).toEqual(['2.000488']);
    expect(codes('khai sinhx')).toEqual([]);
    // "inh" is inside "sinh", not the start of a word.
    expect(codes('inh')).toEqual([]);
  });

  it('the last word may be unfinished while typing', () => {
    expect(codes('khai s')).toContain('1.001193');
    expect(codes('tạm t')).toEqual(['1.004194']);
  });

  it('ranks an exact phrase above words in order above words anywhere', () => {
    const items = [
      { id: 'anywhere', text: 'sinh con và khai báo' },
      { id: 'in-order', text: 'khai báo khi sinh con' },
      { id: 'phrase', text: 'tờ khai sinh cho con' },
    ];
    const idx = createSearchIndex(items, (i) => [{ text: i.text, weight: 1 }]);
    expect(idx.search('khai sinh').map((i) => i.id)).toEqual(['phrase', 'in-order', 'anywhere']);
  });

  it('ranks a higher-weight field first at the same match quality, and is stable otherwise', () => {
    const items = [
      { id: 'kw', title: 'Làm giấy tờ cho con', keywords: 'khai sinh' },
      { id: 'a', title: 'Giấy khai sinh bản sao', keywords: '' },
      { id: 'b', title: 'Giấy khai sinh bản chính', keywords: '' },
    ];
    const idx = createSearchIndex(items, (i) => [
      { text: i.title, weight: 2 },
      { text: i.keywords, weight: 1 },
    ]);
    expect(idx.search('khai sinh').map((i) => i.id)).toEqual(['a', 'b', 'kw']);
  });

  it('drops stop-words only when other words remain', () => {
    expect(queryTokens('thủ tục đăng ký khai sinh')).toEqual(['dang', 'ki', 'khai', 'sinh']);
    expect(queryTokens('thủ tục')).toEqual(['thu', 'tuc']);
    // "thu" alone is meaningful ("thu hồi").
    expect(queryTokens('thu hồi')).toEqual(['thu', 'hoi']);
    expect(codes('thu tuc')).toContain('1.001193');
  });

  it('a one-word query ranks like a longer one: a field holding the word whole or as a prefix, shorter first', () => {
    const items = [
      { id: 'long', title: 'Cấp lại giấy khai sinh cho người đã có hồ sơ', keywords: '' },
      { id: 'kw', title: 'Trích lục', keywords: 'khai' },
      { id: 'short', title: 'Khai sinh', keywords: '' },
      { id: 'none', title: 'Kết hôn', keywords: '' },
    ];
    const idx = createSearchIndex(items, (i) => [
      { text: i.title, weight: 2 },
      { text: i.keywords, weight: 1 },
    ]);
    expect(idx.search('kha').map((i) => i.id)).toEqual(['short', 'long', 'kw']);
    expect(idx.search('kha', 2).map((i) => i.id)).toEqual(['short', 'long']);
  });

  it('returns the first items in input order for an empty query, and respects the limit', () => {
    expect(codes('   ', 2)).toEqual(['1.000656', '1.004222']);
    expect(codes('đăng ký', 2)).toHaveLength(2);
  });
});

// The repository's sibling folder ../shared (vitest runs from the repository root).
const CATALOG = resolve(process.cwd(), '../shared/portal/catalog.jsonl');
const hasCatalog = existsSync(CATALOG);
if (!hasCatalog) console.warn(`[search] skipping catalog tests: ${CATALOG} not found (shared portal material absent)`);

describe.skipIf(!hasCatalog)('createSearchIndex over the national catalog (../shared/portal/catalog.jsonl)', () => {
  const load = (): Proc[] =>
    readFileSync(CATALOG, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Proc);

  it('"khai sinh" finds 1.001193 in the top 5, "thuong tru" finds 1.004222', () => {
    const all = load();
    const idx = createSearchIndex(all, (p) => [{ text: p.name, weight: 1 }]);
    expect(idx.search('khai sinh', 5).map((p) => p.code)).toContain('1.001193');
    expect(idx.search('dang ki khai sinh', 5).map((p) => p.code)).toContain('1.001193');
    expect(idx.search('thuong tru', 5).map((p) => p.code)).toContain('1.004222');
  });

  it('the first 50 of a query are the first 50 of all its matches (the one-letter keystroke included)', () => {
    const idx = createSearchIndex(load(), (p) => [
      { text: p.name, weight: 2 },
      { text: p.code, weight: 1 },
    ]);
    for (const q of ['k', 'th', 'giay phep', 'cap giay', '1.00']) expect(idx.search(q, 50)).toEqual(idx.search(q, 100_000).slice(0, 50));
  });

  // Speed (p50/p95 per query over these 5,670 names) is measured by `npm run bench`, not asserted here:
  // a timed unit test fails on a busy machine without anything being wrong.
});
