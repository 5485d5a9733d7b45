/**
 * A long text kept as the chunks it was written in. A 5,000-row page's text is ~700,000 characters;
 * joining it into one string is one copy that cannot pause (5–25 ms on a busy machine, twice per search:
 * shown and normalised), so the content index keeps the chunks and reads across them by offset.
 */
export interface ChunkedText {
  readonly chunks: readonly string[];
  /** Offset of each chunk's first character in the whole text. */
  readonly starts: readonly number[];
  readonly length: number;
}

export function chunkedText(chunks: readonly string[]): ChunkedText {
  const starts: number[] = [];
  let length = 0;
  for (const chunk of chunks) {
    starts.push(length);
    length += chunk.length;
  }
  return { chunks, starts, length };
}

/** Index of the chunk holding offset `at` (the last chunk for offsets at or past the end). */
function chunkAt(text: ChunkedText, at: number): number {
  let lo = 0;
  let hi = text.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((text.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The same as whole.slice(start, end), without building whole. */
export function sliceText(text: ChunkedText, start: number, end: number): string {
  if (end <= start || text.chunks.length === 0) return '';
  let i = chunkAt(text, start);
  const first = text.chunks[i] as string;
  const base = text.starts[i] as number;
  if (end <= base + first.length) return first.slice(start - base, end - base);
  // An element's text spanning chunks: only its own characters are copied.
  let out = first.slice(start - base);
  for (i++; i < text.chunks.length; i++) {
    const chunk = text.chunks[i] as string;
    const s = text.starts[i] as number;
    if (end <= s + chunk.length) return out + chunk.slice(0, end - s);
    out += chunk;
  }
  return out;
}

/** Sorted offsets of every occurrence of `needle` (non-empty) in the whole text, overlapping ones too. */
export function occurrencesIn(text: ChunkedText, needle: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.chunks.length; i++) {
    const chunk = text.chunks[i] as string;
    const base = text.starts[i] as number;
    for (let p = chunk.indexOf(needle); p !== -1; p = chunk.indexOf(needle, p + 1)) out.push(base + p);
    if (needle.length < 2) continue;
    // An occurrence starting in this chunk's last characters and ending in the next ones: searched in a
    // short string of the edge, since chunk + tail would copy the whole chunk once per needle.
    const tail = sliceText(text, base + chunk.length, base + chunk.length + needle.length - 1);
    if (tail === '') continue;
    const headStart = Math.max(0, chunk.length - (needle.length - 1));
    const edge = chunk.slice(headStart) + tail;
    const headLength = chunk.length - headStart;
    for (let p = edge.indexOf(needle); p !== -1 && p < headLength; p = edge.indexOf(needle, p + 1)) out.push(base + headStart + p);
  }
  return out;
}
