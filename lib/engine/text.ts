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
function normalizePieceUncached(piece: string): string {
  return piece
    .replace(ZERO_WIDTH, '')
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(OLD_TONE_PLACEMENT, '$1$3$2')
    .normalize('NFC');
}

// Portal lists repeat the same short texts on every row ("Trạng thái: Đang xử lý", "Nộp trực tuyến"):
// normalising each once is most of the cost of indexing a long page. Bounded, so a page cannot grow it.
const PIECE_CACHE_MAX = 16384;
const PIECE_CACHE_LONGEST = 80;
const pieceCache = new Map<string, string>();

function normalizePiece(piece: string): string {
  if (piece.length > PIECE_CACHE_LONGEST) return normalizePieceUncached(piece);
  let out = pieceCache.get(piece);
  if (out === undefined) {
    out = normalizePieceUncached(piece);
    if (pieceCache.size >= PIECE_CACHE_MAX) pieceCache.clear();
    pieceCache.set(piece, out);
  }
  return out;
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
  /** The text so far as the chunks it was joined in (their concatenation is {@link toString}). */
  chunks(): string[];
}

const SPACES = /\s+/g;
const DROPPED_SPACE_BEFORE = /\s(?=[/:;,.!?)\]])/g;
const DROPPED_SPACE_AFTER = /([/([])\s/g;

/**
 * A piece's words joined by single spaces, in match mode without the spaces next to punctuation: the
 * same as writing its words one by one, in one string (a long page's index then holds one string per
 * text node, not one per word: fewer objects for the garbage collector to copy while the page waits).
 */
function pieceBody(text: string, mode: 'raw' | 'match'): string {
  const words = text.trim().replace(SPACES, ' ');
  return mode === 'raw' ? words : words.replace(DROPPED_SPACE_BEFORE, '').replace(DROPPED_SPACE_AFTER, '$1');
}

const bodyCache = new Map<string, string>();

/** normalizePiece + pieceBody in match mode, cached like normalizePiece. */
function matchBody(piece: string): string {
  if (piece.length > PIECE_CACHE_LONGEST) return pieceBody(normalizePieceUncached(piece), 'match');
  let out = bodyCache.get(piece);
  if (out === undefined) {
    out = pieceBody(normalizePiece(piece), 'match');
    if (bodyCache.size >= PIECE_CACHE_MAX) bodyCache.clear();
    bodyCache.set(piece, out);
  }
  return out;
}

const rawCache = new Map<string, string>();

/** pieceBody in raw mode, cached like matchBody (the same row texts repeat down a long list). */
function rawBody(piece: string): string {
  if (piece.length > PIECE_CACHE_LONGEST) return pieceBody(piece, 'raw');
  let out = rawCache.get(piece);
  if (out === undefined) {
    out = pieceBody(piece, 'raw');
    if (rawCache.size >= PIECE_CACHE_MAX) rawCache.clear();
    rawCache.set(piece, out);
  }
  return out;
}

const isSpace = (ch: string): boolean => ch !== '' && ch.trim() === '';

/** Pieces joined into one string at a time: a fraction of a millisecond of copying. */
const PIECES_PER_CHUNK = 256;

export function createTextWriter(mode: 'raw' | 'match'): TextWriter {
  // Pieces joined once at the end: `out += piece` per text node left a rope of one string object per
  // piece (and per space) alive for the whole build of a long page, which the garbage collector copied
  // between slices (the longest pauses of a search on 5,000 rows).
  const parts: string[] = [];
  // A whole page's pieces (100,000 on 5,000 rows) joined in one go at the end was one step of 15–20 ms
  // that a sliced search could not pause in: join them a chunk at a time as they come, the end then only
  // joins the chunks.
  const chunks: string[] = [];
  let length = 0;
  let pendingSpace = false;
  let last = '';
  return {
    write(piece) {
      if (piece === '') return;
      // Spaces at the ends are read after normalising: U+FEFF is whitespace to a regex, and dropped.
      const text = mode === 'match' ? normalizePiece(piece) : piece;
      if (text === '') return;
      const body = mode === 'match' ? matchBody(piece) : rawBody(piece);
      if (isSpace(text.charAt(0))) pendingSpace = true;
      if (body !== '') {
        const needsSpace =
          pendingSpace && length > 0 && (mode === 'raw' || (!NO_SPACE_AFTER.has(last) && !NO_SPACE_BEFORE.has(body.charAt(0))));
        if (needsSpace) {
          parts.push(' ');
          length++;
        }
        parts.push(body);
        length += body.length;
        last = body.charAt(body.length - 1);
        pendingSpace = false;
        if (isSpace(text.charAt(text.length - 1))) pendingSpace = true;
        if (parts.length >= PIECES_PER_CHUNK) {
          chunks.push(parts.join(''));
          parts.length = 0;
        }
      }
    },
    space() {
      pendingSpace = true;
    },
    get length() {
      return length;
    },
    chunks() {
      if (parts.length > 0) {
        chunks.push(parts.join(''));
        parts.length = 0;
      }
      return chunks.slice();
    },
    toString() {
      if (parts.length > 0) {
        chunks.push(parts.join(''));
        parts.length = 0;
      }
      if (chunks.length > 1) {
        const whole = chunks.join('');
        chunks.length = 0;
        chunks.push(whole);
      }
      return chunks[0] ?? '';
    },
  };
}

/** NFC, one space for any run of whitespace, trimmed, lower-cased (vi), tone placement unified. */
export function normalizeText(input: string): string {
  // What a match writer given this one piece returns (its body, or '' when the piece normalises to
  // nothing), without building a writer: a search calls this for every button and field it ranks.
  return matchBody(input);
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
