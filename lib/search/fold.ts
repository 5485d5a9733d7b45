/**
 * Vietnamese text folding for search: people type without diacritics ("dang ky"), with the old
 * i/y spelling ("đăng kí", "qui định") or in capitals, and must still find "Đăng ký".
 */

/** A syllable-final y after an onset consonant cluster (or "qu") is the same vowel as i. */
const FINAL_Y_AFTER_ONSET = /(^|[^a-z0-9])(qu|[bcdghklmnprstvx]+)y(?![a-z0-9])/g;

/**
 * Folds text for matching: NFD, combining marks removed, đ→d, lower-case, whitespace collapsed, and
 * a syllable-final y that follows consonants written as i (ký→ki, lý→li, mỹ→mi, quý→qui).
 * "uy" (thuỷ, huy), "ay"/"ây" (ngày, đầy) and a y that is the whole syllable ("y tế") stay as they are,
 * because there the y is not interchangeable with i.
 */
export function fold(s: string): string {
  const base = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  // Two passes: adjacent matches share the separator the regex consumes ("ky ly").
  return base.replace(FINAL_Y_AFTER_ONSET, '$1$2i').replace(FINAL_Y_AFTER_ONSET, '$1$2i');
}

/** Words of already folded text: letters and digits only, punctuation is a separator. */
export function foldedWords(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
