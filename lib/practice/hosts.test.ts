import { describe, expect, it } from 'vitest';
import { PORTAL_HOSTS } from '../engine/hosts';
import { guideAddress, parsePracticeDomain, practiceHost, practiceMatchPattern, practiceUrlOf, realHostOf, realUrlOf } from './hosts';

const D = 'luyentap.phuong-mau.vn';

describe('practice portal hosts', () => {
  it('maps every portal host to one label under the practice domain and back', () => {
    for (const h of PORTAL_HOSTS) {
      const p = practiceHost(h, D);
      expect(p.endsWith(`.${D}`)).toBe(true);
      expect(p.slice(0, -D.length - 1)).not.toContain('.'); // one wildcard certificate covers it
      expect(realHostOf(p, D)).toBe(h);
    }
    expect(practiceHost('lienthong.dichvucong.gov.vn', D)).toBe('lienthong-dichvucong-gov-vn.luyentap.phuong-mau.vn');
  });

  it('turns a practice address into the real one the guides know, keeping path, query and hash', () => {
    expect(realUrlOf(`https://dichvucong-gov-vn.${D}:8443/thu-tuc-hanh-chinh/abc?x=1#top`, D)).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc?x=1#top');
    expect(realUrlOf(`https://lienthong-dichvucong-gov-vn.${D}/#/ke-khai/2.000987`, D)).toBe('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000987');
    expect(practiceUrlOf('https://sso.dancuquocgia.gov.vn/auth?a=b', D)).toBe(`https://sso-dancuquocgia-gov-vn.${D}/auth?a=b`);
  });

  it('gives the overlay the real address on a practice page and the page address elsewhere', () => {
    expect(guideAddress({ href: `http://dichvucong-gov-vn.${D}:8080/thu-tuc-hanh-chinh/x`, hostname: `dichvucong-gov-vn.${D}` })).toBe('http://dichvucong.gov.vn/thu-tuc-hanh-chinh/x');
    expect(guideAddress({ href: 'https://dichvucong.gov.vn/a', hostname: 'dichvucong.gov.vn' })).toBe('https://dichvucong.gov.vn/a');
    expect(guideAddress({ href: 'https://example.com/a', hostname: 'example.com' })).toBe('https://example.com/a');
  });

  it('refuses hosts that are not ours', () => {
    expect(realHostOf(`vi-du.${D}`, D)).toBeNull();
    expect(realHostOf('dichvucong-gov-vn.other.vn', D)).toBeNull();
    expect(realUrlOf('not a url', D)).toBeNull();
    expect(practiceUrlOf('https://example.com/', D)).toBeNull();
  });

  it('reads the practice address as people type it and refuses a real portal host', () => {
    expect(parsePracticeDomain(' https://LuyenTap.Phuong-Mau.vn/ ')).toBe(D);
    expect(parsePracticeDomain(D)).toBe(D);
    expect(parsePracticeDomain('dichvucong.gov.vn')).toBeNull();
    expect(parsePracticeDomain('localhost')).toBeNull();
    expect(parsePracticeDomain('')).toBeNull();
    expect(practiceMatchPattern(D)).toBe(`https://*.${D}/*`);
  });
});
