import { describe, expect, it } from 'vitest';
import { fold, foldedWords } from './fold';

describe('fold', () => {
  it('removes diacritics, đ and case, and collapses spaces', () => {
    expect(fold('  ĐĂNG KÝ   Khai\tSinh ')).toBe('dang ki khai sinh');
    expect(fold('Đường Nguyễn Huệ')).toBe('duong nguyen hue');
  });

  it('treats a syllable-final y after consonants like i (ký/kí, lý/lí, mỹ/mĩ, quy/qui)', () => {
    expect(fold('đăng ký')).toBe(fold('đăng kí'));
    expect(fold('lý lịch')).toBe(fold('lí lịch'));
    expect(fold('Hoa Kỳ, Mỹ')).toBe(fold('Hoa Kì, Mĩ'));
    expect(fold('quy định')).toBe(fold('qui định'));
    expect(fold('kỹ thuật')).toBe('ki thuat');
    expect(fold('ký lý mỹ')).toBe('ki li mi');
  });

  it('keeps uy, ay/ây and a standalone y distinct from i', () => {
    expect(fold('thủy lợi')).toBe('thuy loi');
    expect(fold('Ủy ban')).toBe('uy ban');
    expect(fold('ngày')).toBe('ngay');
    expect(fold('đầy đủ')).toBe('day du');
    expect(fold('y tế')).toBe('y te');
    expect(fold('yêu cầu')).toBe('yeu cau');
    expect(fold('huy')).not.toBe(fold('hui'));
    expect(fold('tay')).not.toBe(fold('tai'));
  });

  it('splits folded text into words without punctuation', () => {
    expect(foldedWords(fold('Cấp Phiếu lý lịch (tư pháp), số 1...'))).toEqual([
      'cap', 'phieu', 'li', 'lich', 'tu', 'phap', 'so', '1',
    ]);
  });
});
