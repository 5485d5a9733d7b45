import { describe, expect, it } from 'vitest';
import { residentMessages, t } from './resident-messages';

describe('resident messages', () => {
  it('has the same keys and placeholders in vi and en, none empty', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    expect(Object.keys(residentMessages.en).sort()).toEqual(Object.keys(residentMessages.vi).sort());
    for (const key of Object.keys(residentMessages.vi) as (keyof typeof residentMessages.vi)[]) {
      expect(residentMessages.vi[key].trim(), key).not.toBe('');
      expect(names(residentMessages.en[key]), key).toEqual(names(residentMessages.vi[key]));
    }
  });

  it('names the helper switch exactly as the support teams call themselves', () => {
    expect(t('vi', 'mode.helperSwitch')).toBe('Tôi là thành viên Tổ hỗ trợ');
    expect(t('vi', 'finder.open')).toBe('Mở trên Cổng Dịch vụ công');
  });

  it('falls back to the shared table for the guide texts', () => {
    expect(t('vi', 'docs.heading')).toBe('Giấy tờ cần chuẩn bị');
  });
});
