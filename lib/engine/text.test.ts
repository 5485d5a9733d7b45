import { describe, expect, it } from 'vitest';
import { createTextWriter, normalizeText, textEquals, textIncludes } from './text';

describe('normalizeText', () => {
  it('tolerates the portal spacing around slashes and colons', () => {
    expect(textEquals('Tỉnh/ Thành phố', 'Tỉnh/Thành phố')).toBe(true);
    expect(textEquals('Tỉnh / Thành  phố', 'tỉnh/thành phố')).toBe(true);
    expect(textIncludes('Cơ quan thực hiện : UBND xã', 'cơ quan thực hiện: ubnd')).toBe(true);
  });

  it('collapses whitespace, non-breaking spaces and zero-width characters', () => {
    expect(normalizeText('  Nộp\u00a0hồ\n\t sơ\u200b ')).toBe('nộp hồ sơ');
  });

  it('unifies composed/decomposed diacritics and old/new tone placement', () => {
    expect(textEquals('Nộp hồ sơ'.normalize('NFD'), 'Nộp hồ sơ')).toBe(true);
    expect(textEquals('Hòa Bình', 'Hoà Bình')).toBe(true);
    expect(textEquals('Thủy', 'Thuỷ')).toBe(true);
    // Different words stay different.
    expect(textEquals('Hoàn thành', 'Hoán thành')).toBe(false);
    expect(textEquals('Sở', 'Số')).toBe(false);
  });

  it('an empty needle matches nothing', () => {
    expect(textIncludes('Nộp hồ sơ', '  ')).toBe(false);
  });
});

describe('createTextWriter', () => {
  it('gives the same text and length when a long page is joined a chunk at a time', () => {
    const w = createTextWriter('match');
    const expected: string[] = [];
    for (let i = 0; i < 1000; i++) {
      w.write(` Mã hồ sơ: ${i} `);
      w.space();
      expected.push(`mã hồ sơ: ${i}`);
      if (i === 500) expect(w.length).toBe(w.toString().length);
    }
    const text = expected.join(' ');
    expect(w.toString()).toBe(text);
    expect(w.length).toBe(text.length);
    w.write('Nộp');
    expect(w.toString()).toBe(`${text} nộp`);
  });
});

describe('normalizeText as one piece', () => {
  it('is what a match writer gives for the same single piece', () => {
    const samples = ['', '   ', '\u200b', ' Tỉnh / Thành  phố ', 'Hòa Bình (cũ)', 'x'.repeat(100) + ' Nộp :', 'Cơ quan thực hiện : UBND\u00a0xã'];
    for (const s of samples) {
      const w = createTextWriter('match');
      w.write(s);
      expect(normalizeText(s)).toBe(w.toString());
    }
  });
});
