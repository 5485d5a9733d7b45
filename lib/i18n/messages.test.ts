import { describe, expect, it } from 'vitest';
import { messages, t } from './messages';

describe('messages', () => {
  it('has the same keys in vi and en, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    for (const key of Object.keys(messages.vi) as (keyof typeof messages.vi)[]) {
      expect(names(messages.en[key]), key).toEqual(names(messages.vi[key]));
    }
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('vi', 'guide.stepOf', { n: 2, m: 5 })).toBe('Bước 2/5');
    expect(t('en', 'guide.stepOf', { n: 2, m: 5 })).toBe('Step 2 of 5');
    expect(t('vi', 'guide.notFound', { what: 'nút “Nộp hồ sơ”' })).toBe('Không tìm thấy nút “Nộp hồ sơ” trên trang này');
    expect(t('vi', 'guide.stepOf', { n: 1 })).toBe('Bước 1/{m}');
    expect(t('vi', 'help.hotline', { phone: '18001096' })).toBe('Tổng đài hỗ trợ 18001096');
  });

  it('has the overlay contract words with correct diacritics', () => {
    expect(t('vi', 'guide.back')).toBe('Bước trước');
    expect(t('vi', 'guide.next')).toBe('Đã xong bước này');
    expect(t('vi', 'guide.close')).toBe('Đóng hướng dẫn');
    expect(t('en', 'guide.next')).toBe('Done with this step');
    expect(t('en', 'guide.back')).toBe('Previous step');
    expect(t('en', 'guide.close')).toBe('Close the guide');
    expect(t('vi', 'guide.start').startsWith('Bắt đầu')).toBe(true);
    expect(t('vi', 'guide.startNamed', { title: 'x' }).startsWith('Bắt đầu')).toBe(true);
    expect(t('vi', 'steps.showAll')).toBe('Hiện tất cả các bước');
  });
});
