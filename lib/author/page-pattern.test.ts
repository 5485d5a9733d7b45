import { describe, expect, it } from 'vitest';
import { compileUrlPattern, matchesAny } from '../engine/url-pattern';
import { pagePatternFromUrl, sampleUrlForPattern } from './page-pattern';

describe('pagePatternFromUrl', () => {
  const cases: [string, string][] = [
    ['https://dichvucong.gov.vn/nop-ho-so/12345', 'dichvucong.gov.vn/nop-ho-so/*'],
    ['https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=123456&x=Nguy%E1%BB%85n', 'dichvucong.gov.vn/nop-ho-so'],
    ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/3f2a9c1e-1b2c-4d5e-8f90-0123456789ab', 'dichvucong.gov.vn/thu-tuc-hanh-chinh/*'],
    ['https://lienthong.dichvucong.gov.vn/#/ke-khai/778899/buoc-2?tab=3', 'lienthong.dichvucong.gov.vn/#/ke-khai/*/buoc-2'],
    ['https://DichVuCong.gov.vn:8443/p/home/dvc-trang-chu.html#top', 'dichvucong.gov.vn/p/home/dvc-trang-chu.html'],
    ['https://dichvucong.gov.vn/', 'dichvucong.gov.vn'],
    ['https://dichvucong.bocongan.gov.vn/ho-so/G22.99.08-250101-0001/', 'dichvucong.bocongan.gov.vn/ho-so/*'],
    ['https://dichvucong.gov.vn/tim/Nguy%E1%BB%85n%20V%C4%83n', 'dichvucong.gov.vn/tim/*'],
  ];
  it.each(cases)('%s → %s', (url, pattern) => {
    expect(pagePatternFromUrl(url)).toBe(pattern);
    // A valid guide pattern that matches the very page it came from.
    expect(compileUrlPattern(pattern).ok).toBe(true);
    expect(matchesAny([pattern], url)).toBe(true);
  });

  it('keeps no query, no digit run longer than 2 and no encoded text', () => {
    const p = pagePatternFromUrl('https://dichvucong.gov.vn/a/0912345678/b?cccd=001234567890#/x/12345?y=1') ?? '';
    expect(p).not.toMatch(/\?|\d{3}|%/);
  });

  it('is undefined for addresses that are not web pages', () => {
    expect(pagePatternFromUrl('about:blank')).toBeUndefined();
    expect(pagePatternFromUrl('not a url')).toBeUndefined();
  });

  it('gives a sample address the pattern matches, for the health check', () => {
    const pattern = 'lienthong.dichvucong.gov.vn/#/ke-khai/*/buoc-2';
    expect(matchesAny([pattern], sampleUrlForPattern(pattern))).toBe(true);
  });
});
