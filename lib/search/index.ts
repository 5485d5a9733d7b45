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

/** The best tier of the query in one field: the field's word ids are `words[from..to)`. */
function matchTier(words: Int32Array, from: number, to: number, ranges: readonly TokenRange[]): Tier | 0 {
  const last = ranges.length - 1;
  const lastRange = ranges[last] as TokenRange;
  // Phrase: consecutive words, earlier tokens whole words, the last one a prefix (still being typed).
  for (let start = from; start + last < to; start++) {
    let i = 0;
    while (i < last && words[start + i] === (ranges[i] as TokenRange).exact) i++;
    if (i === last) {
      const id = words[start + last] as number;
      if (id >= lastRange.lo && id < lastRange.hi) return Tier.Phrase;
    }
  }
  if (last === 0) return 0;
  let pos = from;
  let inOrder = true;
  for (const r of ranges) {
    while (pos < to && !((words[pos] as number) >= r.lo && (words[pos] as number) < r.hi)) pos++;
    if (pos === to) {
      inOrder = false;
      break;
    }
    pos++;
  }
  if (inOrder) return Tier.InOrder;
  for (const r of ranges) {
    let found = false;
    for (let p = from; p < to && !found; p++) found = (words[p] as number) >= r.lo && (words[p] as number) < r.hi;
    if (!found) return 0;
  }
  return Tier.Anywhere;
}

/** Field lengths above this rank alike; the cap keeps the packed sort key within 53 bits. */
const MAX_LENGTH = 1023;

/**
 * The `limit` largest of `count` keys, largest first. A small min-heap: a one-letter query matches most
 * of a 5,670-name catalog, and sorting every match to show 50 was most of a keystroke's cost.
 */
function topKeys(keys: Float64Array, count: number, limit: number): Float64Array {
  const heap = new Float64Array(Math.min(limit, count));
  let size = 0;
  const down = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && (heap[l] as number) < (heap[m] as number)) m = l;
      if (r < size && (heap[r] as number) < (heap[m] as number)) m = r;
      if (m === i) return;
      const t = heap[i] as number;
      heap[i] = heap[m] as number;
      heap[m] = t;
      i = m;
    }
  };
  for (let n = 0; n < count; n++) {
    const k = keys[n] as number;
    if (size < heap.length) {
      let i = size++;
      heap[i] = k;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if ((heap[p] as number) <= (heap[i] as number)) break;
        const t = heap[p] as number;
        heap[p] = heap[i] as number;
        heap[i] = t;
        i = p;
      }
    } else if (size > 0 && k > (heap[0] as number)) {
      heap[0] = k;
      down(0);
    }
  }
  return heap.sort().reverse();
}

export function createSearchIndex<T>(
  items: readonly T[],
  fields: (item: T) => SearchField[],
): SearchIndex<T> {
  const raw = items.map((item) => fields(item).map((f) => ({ words: foldedWords(fold(f.text)), weight: f.weight })));

  const vocabulary = [...new Set(raw.flatMap((fs) => fs.flatMap((f) => f.words)))].sort();
  const idOf = new Map(vocabulary.map((w, i) => [w, i] as const));
  const weights = [...new Set(raw.flatMap((fs) => fs.map((f) => f.weight)))].sort((a, b) => a - b);
  const weightRankOf = new Map(weights.map((w, i) => [w, i] as const));
  const weightSlots = Math.max(1, weights.length);

  // Flat typed arrays, filled once: item i's fields are fieldStart[itemStart[i]..itemStart[i+1]), field f's
  // word ids are words[fieldStart[f]..fieldStart[f+1]). A query then reads memory in order, allocates
  // nothing per item, and leaves the garbage collector idle while someone types.
  const fieldCount = raw.reduce((n, fs) => n + fs.length, 0);
  const wordCount = raw.reduce((n, fs) => n + fs.reduce((m, f) => m + f.words.length, 0), 0);
  const itemStart = new Int32Array(items.length + 1);
  const fieldStart = new Int32Array(fieldCount + 1);
  /** Per field: weight rank and shortness packed, the part of the sort key a query does not change. */
  const fieldBase = new Float64Array(fieldCount);
  const words = new Int32Array(wordCount);
  let f = 0;
  let w = 0;
  raw.forEach((fs, i) => {
    itemStart[i] = f;
    for (const field of fs) {
      fieldStart[f] = w;
      for (const word of field.words) words[w++] = idOf.get(word) as number;
      fieldBase[f] = (weightRankOf.get(field.weight) as number) * (MAX_LENGTH + 1) + MAX_LENGTH - Math.min(field.words.length, MAX_LENGTH);
      f++;
    }
  });
  itemStart[items.length] = f;
  fieldStart[fieldCount] = w;

  // Per vocabulary word, the items containing it (ascending, no duplicates).
  const postingLists: number[][] = vocabulary.map(() => []);
  for (let i = 0; i < items.length; i++) {
    for (let fi = itemStart[i] as number; fi < (itemStart[i + 1] as number); fi++) {
      for (let p = fieldStart[fi] as number; p < (fieldStart[fi + 1] as number); p++) {
        const list = postingLists[words[p] as number] as number[];
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }
  const postings = postingLists.map((l) => Int32Array.from(l));
  // A one-word query (every first keystroke) ranks by this alone: per posting, the item's best field with
  // that word (any field containing it is a phrase match), so the query reads no field at all.
  const postingBase = postings.map((list, v) =>
    Float64Array.from(list, (i) => {
      let best = -1;
      for (let fi = itemStart[i] as number; fi < (itemStart[i + 1] as number); fi++) {
        if ((fieldBase[fi] as number) <= best) continue;
        for (let p = fieldStart[fi] as number; p < (fieldStart[fi + 1] as number); p++) {
          if (words[p] === v) {
            best = fieldBase[fi] as number;
            break;
          }
        }
      }
      return best;
    }),
  );

  // Sort key packing: [tier | weight rank | shortness | reversed input index], larger is better.
  const indexSlots = 2 ** Math.max(1, Math.ceil(Math.log2(items.length + 1)));
  const tierStep = weightSlots * (MAX_LENGTH + 1);
  // Scratch reused by every query (a search never runs inside another).
  const hits = new Uint8Array(items.length);
  const keys = new Float64Array(items.length);

  function oneWord({ lo, hi }: TokenRange, limit: number): T[] {
    keys.fill(-1);
    for (let v = lo; v < hi; v++) {
      const list = postings[v] as Int32Array;
      const base = postingBase[v] as Float64Array;
      for (let p = 0; p < list.length; p++) {
        const i = list[p] as number;
        if ((base[p] as number) > (keys[i] as number)) keys[i] = base[p] as number;
      }
    }
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      const base = keys[i] as number;
      if (base >= 0) keys[count++] = (Tier.Phrase * tierStep + base) * indexSlots + (indexSlots - 1 - i);
    }
    return pick(count, limit);
  }

  function pick(count: number, limit: number): T[] {
    const out: T[] = [];
    for (const key of topKeys(keys, count, limit)) out.push(items[indexSlots - 1 - (key % indexSlots)] as T);
    return out;
  }

  function search(query: string, limit: number = DEFAULT_LIMIT): T[] {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return items.slice(0, limit);
    const ranges = tokens.map((tk) => tokenRange(vocabulary, tk));
    if (ranges.some((r) => r.lo === r.hi)) return [];
    if (ranges.length === 1) return oneWord(ranges[0] as TokenRange, limit);
    // hits[i] = how many query words (in order) item i has matched so far.
    hits.fill(0);
    for (let k = 0; k < ranges.length; k++) {
      const { lo, hi } = ranges[k] as TokenRange;
      for (let v = lo; v < hi; v++) {
        const list = postings[v] as Int32Array;
        for (let p = 0; p < list.length; p++) {
          const i = list[p] as number;
          if (hits[i] === k) hits[i] = k + 1;
        }
      }
    }
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      if (hits[i] !== ranges.length) continue;
      // Words spread over several fields still match, below any single-field match.
      let best = 0;
      for (let fi = itemStart[i] as number; fi < (itemStart[i + 1] as number); fi++) {
        const tier = matchTier(words, fieldStart[fi] as number, fieldStart[fi + 1] as number, ranges);
        if (tier === 0) continue;
        const key = tier * tierStep + (fieldBase[fi] as number);
        if (key > best) best = key;
      }
      keys[count++] = best * indexSlots + (indexSlots - 1 - i);
    }
    return pick(count, limit);
  }

  return { search };
}
