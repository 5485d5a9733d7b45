import { describe, expect, it } from 'vitest';
import { bundledGuides } from '../guide/bundled';
import { guideStartUrl, portalSearchUrl } from './start-page';

const byId = (id: string) => bundledGuides.find((g) => g.id === id)!;

describe('guideStartUrl', () => {
  it("opens a procedure's own page on the national portal", () => {
    expect(guideStartUrl(byId('dang-ky-khai-sinh'))).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7');
  });

  it('opens the first exact start page of a guide without a procedure page', () => {
    expect(guideStartUrl(byId('tra-cuu-ho-so'))).toBe('https://dichvucong.gov.vn/tra-cuu-ho-so');
  });

  it('has nothing to open when every start page is a pattern for many pages', () => {
    expect(guideStartUrl({ startPages: ['dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/**', 'lienthong.dichvucong.gov.vn/#/ke-khai/1.006714/**'] })).toBeNull();
    expect(guideStartUrl({})).toBeNull();
  });

  it('gives every common guide a page to open', () => {
    for (const id of ['dang-ky-khai-sinh', 'dang-ky-thuong-tru', 'cap-phieu-ly-lich-tu-phap', 'dang-nhap-vneid', 'tra-cuu-ho-so']) {
      expect(guideStartUrl(byId(id)), id).toMatch(/^https:\/\/[a-z.]+\.gov\.vn\//);
    }
  });
});

describe('portalSearchUrl', () => {
  it("puts the words in the portal's search address, spaces as %20", () => {
    expect(portalSearchUrl('  hộ   chiếu ')).toBe('https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=h%E1%BB%99%20chi%E1%BA%BFu');
    expect(new URL(portalSearchUrl('a&b=c#d')).searchParams.get('keyword')).toBe('a&b=c#d');
  });
});
