/**
 * Text normalisation for matching what a guide says against what the portal shows.
 *
 * Both sides go through the same rules, so the output only has to be consistent, never pretty: it is
 * for comparison, not for display. The rules are written as a streaming writer so a whole page's text
 * can be normalised once, piece by piece, with element boundaries recorded as offsets
 * (see accessible-name.ts), instead of re-normalising every element's text on every lookup.
 */

// Zero-width characters the portal's rich-text editor leaves behind; invisible, so never meaningful.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// Vietnamese tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
const TONE = '\u0300\u0301\u0303\u0309\u0323';
// "hòa" and "hoà", "thủy" and "thuỷ" are both in use (old and new tone placement). Move a tone on o/u
// before a/e/y to the second vowel so the two spellings compare equal. No look-ahead at what follows
// ("hòa" vs "hòan"), so the rule gives the same result on a piece of a word as on the whole word; it
// only ever rewrites to a spelling of the same syllable.
const OLD_TONE_PLACEMENT = new RegExp(`([ou])([${TONE}])([aey])`, 'g');
// The portal writes "Tỉnh/ Thành phố" and "Cơ quan thực hiện :", authors write "Tỉnh/Thành phố" and
// "Cơ quan thực hiện:": a space next to these characters is not significant.
const NO_SPACE_BEFORE = new Set(['/', ':', ';', ',', '.', '!', '?', ')', ']']);
const NO_SPACE_AFTER = new Set(['/', '(', '[']);

/** Character-level part of normalisation: safe to apply to any piece of a longer text on its own. */
function normalizePiece(piece: string): string {
  return piece
    .replace(ZERO_WIDTH, '')
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(OLD_TONE_PLACEMENT, '$1$3$2')
    .normalize('NFC');
}

/**
 * Appends text pieces, collapsing whitespace across pieces and never emitting leading or trailing space.
 * `match` mode also lower-cases, unifies diacritics and drops insignificant spaces around punctuation;
 * `raw` mode keeps the text as shown (for names read back to people).
 */
export interface TextWriter {
  write(piece: string): void;
  /** Whitespace between pieces (e.g. a block boundary). */
  space(): void;
  /** Length of the text so far, excluding a pending space: offsets taken here are stable. */
  readonly length: number;
  toString(): string;
}

export function createTextWriter(mode: 'raw' | 'match'): TextWriter {
  const parts: string[] = [];
  let length = 0;
  let pendingSpace = false;
  let last = '';
  return {
    write(piece) {
      const text = mode === 'match' ? normalizePiece(piece) : piece;
      for (const token of text.split(/(\s+)/)) {
        if (token === '') continue;
        if (/^\s/.test(token)) {
          pendingSpace = true;
          continue;
        }
        const needsSpace =
          pendingSpace && length > 0 && (mode === 'raw' || (!NO_SPACE_AFTER.has(last) && !NO_SPACE_BEFORE.has(token.charAt(0))));
        if (needsSpace) {
          parts.push(' ');
          length += 1;
        }
        parts.push(token);
        length += token.length;
        last = token.charAt(token.length - 1);
        pendingSpace = false;
      }
    },
    space() {
      pendingSpace = true;
    },
    get length() {
      return length;
    },
    toString() {
      return parts.join('');
    },
  };
}

/** NFC, one space for any run of whitespace, trimmed, lower-cased (vi), tone placement unified. */
export function normalizeText(input: string): string {
  const w = createTextWriter('match');
  w.write(input);
  return w.toString();
}

/** Whether `haystack` contains `needle` after normalising both (an empty needle never matches). */
export function textIncludes(haystack: string, needle: string): boolean {
  const n = normalizeText(needle);
  return n !== '' && normalizeText(haystack).includes(n);
}

/** Whether the two texts are equal after normalising both. */
export function textEquals(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}
