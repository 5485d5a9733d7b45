// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  browserOf,
  exportFailureLog,
  failureRecordOf,
  formatFailureSummary,
  mergeInto,
  parseFailureLog,
  summarizeFailures,
  type FailureEvent,
  type FailureRecord,
} from './failures';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7123.45 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';

function event(extra: Partial<FailureEvent> = {}): FailureEvent {
  return {
    guideId: 'dang-ky-khai-sinh',
    guideVersion: 7,
    stepId: 'luu-va-nop',
    kind: 'target-not-found',
    url: 'https://dichvucong.gov.vn/nop-ho-so/123456?formalityCaseId=998877',
    tried: [{ text: 'Lưu và nộp hồ sơ', role: 'button' }, { testId: 'luu-nop' }],
    userAgent: CHROME,
    extensionVersion: '0.1.0',
    at: 1_000,
    ...extra,
  };
}

function record(extra: Partial<FailureEvent> = {}): FailureRecord {
  const r = failureRecordOf(event(extra));
  if (!r) throw new Error('no record');
  return r;
}

describe('failure records', () => {
  it('hold the guide, version, step, kind, page pattern, browser and extension version, strategies tried', () => {
    expect(record()).toEqual({
      key: 'dang-ky-khai-sinh|7|luu-va-nop|target-not-found|dichvucong.gov.vn/nop-ho-so/*|Chrome 156|0.1.0',
      guideId: 'dang-ky-khai-sinh',
      guideVersion: 7,
      stepId: 'luu-va-nop',
      kind: 'target-not-found',
      page: 'dichvucong.gov.vn/nop-ho-so/*',
      tried: [{ text: 'Lưu và nộp hồ sơ', role: 'button' }, { testId: 'luu-nop' }],
      browser: 'Chrome 156',
      extension: '0.1.0',
      count: 1,
      firstAt: 1_000,
      lastAt: 1_000,
    });
    expect(record({ kind: 'help-opened' }).tried).toBeUndefined();
  });

  it('use the guide’s own page pattern when one matches', () => {
    expect(record({ url: 'https://dichvucong.gov.vn/tim/nguyen-van-an', knownPages: ['dichvucong.gov.vn/tim/*'] }).page).toBe('dichvucong.gov.vn/tim/*');
  });

  it('never hold a query, a long digit run from the page, or text typed into the page', () => {
    // A page with a made-up person's data typed into it; the overlay reports only its address.
    document.body.innerHTML = '<input id="name"><input id="cccd"><textarea id="addr"></textarea>';
    const typed = { name: 'Nguyễn Thị Hồng Nhung', cccd: '001198012345', addr: '12 Ngõ 34 Phố Huế' };
    for (const [id, v] of Object.entries(typed)) (document.getElementById(id) as HTMLInputElement).value = v;
    const urls = [
      'https://dichvucong.gov.vn/tra-cuu?ma=001198012345&ten=Nguy%E1%BB%85n',
      'https://dichvucong.gov.vn/ho-so/001198012345/chi-tiet',
      'https://dichvucong.gov.vn/tim/Nguy%E1%BB%85n%20Th%E1%BB%8B%20H%E1%BB%93ng',
      'https://lienthong.dichvucong.gov.vn/#/ke-khai/0912345678?hoTen=Nhung',
      'https://dichvucong.gov.vn/p/12%20Ng%C3%B5%2034',
    ];
    for (const url of urls) {
      for (const kind of ['target-not-found', 'step-passed-over', 'help-opened', 'route-not-recognised'] as const) {
        const text = JSON.stringify(record({ url, kind }));
        expect(text).not.toContain('?');
        expect(text).not.toMatch(/\d{5,}/);
        for (const v of Object.values(typed)) {
          expect(text).not.toContain(v);
          for (const word of v.split(' ').filter((w) => w.length > 3)) expect(text).not.toContain(word);
        }
        expect(text).not.toMatch(/Nguy|Nhung|Ngõ/);
      }
    }
  });

  it('name the browser by engine and major version only', () => {
    expect(browserOf(FIREFOX)).toBe('Firefox 153');
    expect(browserOf('Mozilla/5.0 Chrome/150.0.1.2 Safari/537.36 Edg/150.0.3')).toBe('Edge 150');
    expect(browserOf('curl/8')).toBe('other');
  });

  it('merge by key: counts add up, first and last time widen', () => {
    const merged = mergeInto([record({ at: 5_000 })], [record({ at: 2_000 }), record({ at: 9_000 }), record({ kind: 'help-opened', at: 3_000 })]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ count: 3, firstAt: 2_000, lastAt: 9_000 });
  });
});

describe('failure logs', () => {
  it('round-trip through export and read', () => {
    const log = exportFailureLog([record()], Date.UTC(2026, 11, 1));
    const read = parseFailureLog(JSON.stringify(log));
    expect(read.ok && read.log.records).toEqual([record()]);
  });

  it('refuse a log carrying a full address, a query or an unknown field, with a message in both languages', () => {
    const withUrl = exportFailureLog([{ ...record(), page: 'https://dichvucong.gov.vn/a?x=1' }], 0);
    const withDigits = exportFailureLog([{ ...record(), page: 'dichvucong.gov.vn/ho-so/001198012345' }], 0);
    const extra = exportFailureLog([{ ...record(), typed: 'Nguyễn' } as FailureRecord], 0);
    for (const log of [withUrl, withDigits, extra]) {
      const r = parseFailureLog(JSON.stringify(log));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.vi).toContain('không phải nhật ký');
    }
    expect(parseFailureLog('{').ok).toBe(false);
  });

  it('summarise several helpers’ logs by guide version and step, most failures first, with pages', () => {
    const a = [record(), record({ at: 4_000 }), record({ stepId: 'chon-co-quan', kind: 'step-passed-over' })];
    const b = [record({ userAgent: FIREFOX, url: 'https://dichvucong.gov.vn/nop-ho-so/77777' }), record({ guideVersion: 8 })];
    const rows = summarizeFailures([mergeInto([], a), b]);
    expect(rows.map((r) => `${r.guideId}@${r.guideVersion}/${r.stepId}=${r.total}`)).toEqual([
      'dang-ky-khai-sinh@7/luu-va-nop=3',
      'dang-ky-khai-sinh@7/chon-co-quan=1',
      'dang-ky-khai-sinh@8/luu-va-nop=1',
    ]);
    expect(rows[0]).toMatchObject({ logs: 2, browsers: ['Chrome 156', 'Firefox 153'], pages: [{ page: 'dichvucong.gov.vn/nop-ho-so/*', count: 3 }] });
    const lines = formatFailureSummary(rows);
    expect(lines[0]).toContain('dang-ky-khai-sinh v7 · luu-va-nop: 3 lần / times (không tìm thấy phần tử / target not found: 3); 2 nhật ký');
    expect(lines[1]).toBe('    dichvucong.gov.vn/nop-ho-so/*: 3');
  });
});
