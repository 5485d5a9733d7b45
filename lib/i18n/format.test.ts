import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatProcessingTime, formatVnd } from './format';

describe('formatVnd', () => {
  it('writes đồng the Vietnamese way', () => {
    expect(formatVnd(10000, 'vi')).toBe('10.000 đồng');
    expect(formatVnd(1500000, 'vi')).toBe('1.500.000 đồng');
    expect(formatVnd(500, 'vi')).toBe('500 đồng');
    expect(formatVnd(10000, 'en')).toBe('10,000 VND');
  });
  it('says free for 0 and "set locally" for null', () => {
    expect(formatVnd(0, 'vi')).toBe('Miễn phí');
    expect(formatVnd(0, 'en')).toBe('Free');
    expect(formatVnd(null, 'vi')).toBe('Theo quy định của địa phương');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma in Vietnamese', () => {
    expect(formatNumber(0.5, 'vi')).toBe('0,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('formatProcessingTime', () => {
  it('formats each unit', () => {
    expect(formatProcessingTime({ qty: 7, unit: 'working-day' }, 'vi')).toBe('7 ngày làm việc');
    expect(formatProcessingTime({ qty: 1, unit: 'working-day' }, 'en')).toBe('1 working day');
    expect(formatProcessingTime({ qty: 3, unit: 'working-day' }, 'en')).toBe('3 working days');
    expect(formatProcessingTime({ qty: 0.5, unit: 'day' }, 'vi')).toBe('0,5 ngày');
    expect(formatProcessingTime({ qty: 8, unit: 'hour' }, 'vi')).toBe('8 giờ');
    expect(formatProcessingTime({ qty: 1, unit: 'month' }, 'en')).toBe('1 month');
    expect(formatProcessingTime({ qty: 0, unit: 'same-day' }, 'vi')).toBe('Trong ngày');
  });
  it('shows the guide text for an irregular time', () => {
    expect(formatProcessingTime({ qty: 0, unit: 'other' }, 'vi', 'Ngay trong ngày nếu nhận hồ sơ trước 15 giờ')).toBe(
      'Ngay trong ngày nếu nhận hồ sơ trước 15 giờ',
    );
    expect(formatProcessingTime({ qty: 0, unit: 'other' }, 'vi')).toBe('Theo quy định');
  });
});

describe('formatDate', () => {
  it('formats a calendar date without a time-zone shift', () => {
    expect(formatDate('2026-07-18', 'vi')).toBe('18/07/2026');
    expect(formatDate('2026-01-02', 'en')).toBe('2 January 2026');
  });
  it('formats a timestamp in local time, optionally with the time', () => {
    const d = new Date(2026, 6, 18, 9, 5);
    expect(formatDate(d, 'vi', { withTime: true })).toBe('09:05 18/07/2026');
    expect(formatDate(d.getTime(), 'en', { withTime: true })).toBe('09:05, 18 July 2026');
  });
  it('returns an unreadable input unchanged rather than "Invalid Date"', () => {
    expect(formatDate('soon', 'vi')).toBe('soon');
  });
});

describe('plurals through Intl.PluralRules', () => {
  it('says "Imported 1 session" and "Imported 2 sessions", and Vietnamese has one form', async () => {
    const { t } = await import('./workspace-messages');
    expect(t('en', 'report.imported', { n: 1 })).toBe('Imported 1 session');
    expect(t('en', 'report.imported', { n: 2 })).toBe('Imported 2 sessions');
    expect(t('vi', 'report.imported', { n: 1 })).toBe('Đã nhập 1 phiên');
    expect(t('en', 'ws.purged', { n: 1 })).toBe('Saved. 1 old session deleted.');
  });
});
