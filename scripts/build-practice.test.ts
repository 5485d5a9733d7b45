// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addBanner, BANNER_TEXT, PRACTICE_ICON_PATH } from './build-practice';

describe('addBanner (practice pages)', () => {
  it('puts the banner first in <body> and names the practice icon in <head>', () => {
    const html = addBanner('<!doctype html><html><head lang="vi"><title>Cổng</title></head><body class="x"><main>Trang</main></body></html>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.body.firstElementChild?.textContent).toBe(BANNER_TEXT);
    expect(doc.head.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(PRACTICE_ICON_PATH);
    expect(doc.querySelectorAll('link[rel="icon"]')).toHaveLength(1);
  });

  it('a page without <head> still names the icon once, before the banner', () => {
    const html = addBanner('<body><p>Trang</p></body>');
    expect(html.match(/rel="icon"/g)).toHaveLength(1);
    expect(html.indexOf('rel="icon"')).toBeLessThan(html.indexOf(BANNER_TEXT));
  });
});
