/**
 * A small in-memory search over Vietnamese names (the 5,670-procedure catalog, a town's guides).
 * Everything is folded and split once at build time; a query walks a sorted vocabulary with binary
 * search, so one keystroke costs well under a millisecond even on a slow laptop.
 */
import { fold, foldedWords } from './fold';

export interface SearchField {
  text: string;
  /** Higher weight fields (a title) rank before lower ones (keywords) at the same match quality. */
  weight: number;
}

export interface SearchIndex<T> {
  /** Items whose fields contain every query word as a word prefix, best first; input order breaks ties. */
  search(query: string, limit?: number): T[];
}

/**
 * Words people add to a query that say nothing about which procedure they mean. Folded. Phrases are
 * dropped only as a whole because their words alone carry meaning ("thu" in "thu hồi", "the" in "thẻ").
 */
const STOP_WORDS: ReadonlySet<string> = new Set(['va', 'cua', 'cac', 'nhung', 'la', 've', 'gi', 'cach']);
const STOP_PHRASES: readonly (readonly string[])[] = [
  ['thu', 'tuc'],
  ['nhu', 'the', 'nao'],
  ['o', 'dau'],
  ['lam', 'sao'],
];

const DEFAULT_LIMIT = 50;
/** More query words than this are ignored: they cannot narrow a catalog of names any further. */
const MAX_TOKENS = 16;

const enum Tier {
  Anywhere = 1,
  InOrder = 2,
  Phrase = 3,
}

interface IndexedField {
  /** Word ids: positions in the sorted vocabulary, so a prefix is a contiguous id range. */
  ids: Int32Array;
  /** Rank of the field's weight among all distinct weights (0 = lightest). */
  weightRank: number;
}

/** A query word as vocabulary ids: words it is a prefix of, and the id of the word it equals (or -1). */
interface TokenRange {
  lo: number;
  hi: number;
  exact: number;
}

/** Splits a query into folded words, dropping stop-words only when other words remain. */
export function queryTokens(query: string): string[] {
  const all = foldedWords(fold(query)).slice(0, MAX_TOKENS);
  const keep = all.map((w) => !STOP_WORDS.has(w));
  for (const phrase of STOP_PHRASES) {
    for (let start = 0; start + phrase.length <= all.length; start++) {
      if (phrase.every((w, i) => all[start + i] === w)) keep.fill(false, start, start + phrase.length);
    }
  }
  const meaningful = all.filter((_, i) => keep[i]);
  return meaningful.length > 0 ? meaningful : all;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenRange(vocabulary: readonly string[], tk: string): TokenRange {
  const lo = lowerBound(vocabulary, tk);
  let hi = lo;
  while (hi < vocabulary.length && (vocabulary[hi] as string).startsWith(tk)) hi++;
  return { lo, hi, exact: vocabulary[lo] === tk ? lo : -1 };
}

function matchTier(ids: Int32Array, ranges: readonly TokenRange[]): Tier | 0 {
  const last = ranges.length - 1;
  const lastRange = ranges[last] as TokenRange;
  // Phrase: consecutive words, earlier tokens whole words, the last one a prefix (still being typed).
  for (let start = 0; start + last < ids.length; start++) {
    let i = 0;
    while (i < last && ids[start + i] === (ranges[i] as TokenRange).exact) i++;
    if (i === last) {
      const id = ids[start + last] as number;
      if (id >= lastRange.lo && id < lastRange.hi) return Tier.Phrase;
    }
  }
  let pos = 0;
  let inOrder = true;
  for (const r of ranges) {
    while (pos < ids.length && !((ids[pos] as number) >= r.lo && (ids[pos] as number) < r.hi)) pos++;
    if (pos === ids.length) {
      inOrder = false;
      break;
    }
    pos++;
  }
  if (inOrder) return Tier.InOrder;
  return ranges.every((r) => ids.some((id) => id >= r.lo && id < r.hi)) ? Tier.Anywhere : 0;
}

/** Field lengths above this rank alike; the cap keeps the packed sort key within 53 bits. */
const MAX_LENGTH = 1023;

export function createSearchIndex<T>(
  items: readonly T[],
  fields: (item: T) => SearchField[],
): SearchIndex<T> {
  const raw = items.map((item) => fields(item).map((f) => ({ words: foldedWords(fold(f.text)), weight: f.weight })));

  const vocabulary = [...new Set(raw.flatMap((fs) => fs.flatMap((f) => f.words)))].sort();
  const idOf = new Map(vocabulary.map((w, i) => [w, i] as const));
  const weights = [...new Set(raw.flatMap((fs) => fs.map((f) => f.weight)))].sort((a, b) => a - b);
  const weightRankOf = new Map(weights.map((w, i) => [w, i] as const));

  const itemFields: IndexedField[][] = raw.map((fs) =>
    fs.map((f) => ({
      ids: Int32Array.from(f.words, (w) => idOf.get(w) as number),
      weightRank: weightRankOf.get(f.weight) as number,
    })),
  );

  // Per vocabulary word, the items containing it (ascending, no duplicates).
  const postings: number[][] = vocabulary.map(() => []);
  itemFields.forEach((fs, index) => {
    for (const f of fs) {
      for (const id of f.ids) {
        const list = postings[id] as number[];
        if (list[list.length - 1] !== index) list.push(index);
      }
    }
  });

  // Sort key packing: [tier | weight rank | shortness | reversed input index], larger is better.
  const indexSlots = 2 ** Math.max(1, Math.ceil(Math.log2(items.length + 1)));
  const weightSlots = Math.max(1, weights.length);

  function candidates(ranges: readonly TokenRange[]): number[] {
    // hits[i] = how many query words (in order) item i has matched so far.
    const hits = new Uint8Array(items.length);
    for (let k = 0; k < ranges.length; k++) {
      const { lo, hi } = ranges[k] as TokenRange;
      for (let v = lo; v < hi; v++) {
        for (const i of postings[v] as number[]) if (hits[i] === k) hits[i] = k + 1;
      }
    }
    const out: number[] = [];
    for (let i = 0; i < hits.length; i++) if (hits[i] === ranges.length) out.push(i);
    return out;
  }

  function search(query: string, limit: number = DEFAULT_LIMIT): T[] {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return items.slice(0, limit);
    const ranges = tokens.map((tk) => tokenRange(vocabulary, tk));
    if (ranges.some((r) => r.lo === r.hi)) return [];
    const found = candidates(ranges);
    const keys = new Float64Array(found.length);
    found.forEach((index, n) => {
      // Words spread over several fields still match, below any single-field match.
      let best = 0;
      for (const f of itemFields[index] as IndexedField[]) {
        const tier = matchTier(f.ids, ranges);
        if (tier === 0) continue;
        const shortness = MAX_LENGTH - Math.min(f.ids.length, MAX_LENGTH);
        const key = (tier * weightSlots + f.weightRank) * (MAX_LENGTH + 1) + shortness;
        if (key > best) best = key;
      }
      keys[n] = best * indexSlots + (indexSlots - 1 - index);
    });
    keys.sort();
    const out: T[] = [];
    for (let n = keys.length - 1; n >= 0 && out.length < limit; n--) {
      const index = indexSlots - 1 - ((keys[n] as number) % indexSlots);
      out.push(items[index] as T);
    }
    return out;
  }

  return { search };
}
