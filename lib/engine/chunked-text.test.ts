import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkedText, occurrencesIn, sliceText } from './chunked-text';

function occurrencesOf(whole: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = whole.indexOf(needle); i !== -1; i = whole.indexOf(needle, i + 1)) out.push(i);
  return out;
}

describe('chunked text', () => {
  it('slices and finds across chunk boundaries as the joined string would', () => {
    const text = chunkedText(['mã h', 'ồ', '', ' sơ: 1 mã hồ sơ', ': 2']);
    const whole = text.chunks.join('');
    expect(text.length).toBe(whole.length);
    expect(sliceText(text, 0, whole.length)).toBe(whole);
    expect(sliceText(text, 2, 9)).toBe(whole.slice(2, 9));
    expect(occurrencesIn(text, 'mã hồ sơ')).toEqual(occurrencesOf(whole, 'mã hồ sơ'));
    expect(occurrencesIn(text, 'ồ')).toEqual(occurrencesOf(whole, 'ồ'));
  });

  it('matches the joined string for any chunks, ranges and needles', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab ]{0,6}$/), { maxLength: 8 }), fc.stringMatching(/^[ab ]{1,4}$/), fc.nat(40), fc.nat(40), (chunks, needle, x, y) => {
        const text = chunkedText(chunks);
        const whole = chunks.join('');
        expect(sliceText(text, Math.min(x, y), Math.max(x, y))).toBe(whole.slice(Math.min(x, y), Math.max(x, y)));
        expect(occurrencesIn(text, needle)).toEqual(occurrencesOf(whole, needle));
      }),
    );
  });

  it('is empty with no chunks', () => {
    const text = chunkedText([]);
    expect(sliceText(text, 0, 3)).toBe('');
    expect(occurrencesIn(text, 'a')).toEqual([]);
  });
});
