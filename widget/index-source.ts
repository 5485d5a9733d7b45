/**
 * Reading a guide index (the town's at `src`, or the one beside the script), with the fallback to the
 * script's own. Only the catalog and Hỏi đáp need it: a page showing one guide (`guide="…"`) never loads
 * this file, nor the index reader of lib/guide/published.ts (0.7 KB gzip less on the way to a guide).
 */
import { MAX_INDEX_CHARS, parseJsonText, type IndexEntry } from '../lib/guide/published';
import { readIndex } from '../lib/guide/published-index';
import { fetchText, resolveHttpUrl, type FetchLike, type IndexLoad } from './catalog-source';

async function readIndexAt(fetch: FetchLike, url: string): Promise<{ ok: true; entries: IndexEntry[]; skipped: number[] } | { ok: false; reason: string }> {
  const got = await fetchText(fetch, url, true);
  if (!got.ok) return got;
  const json = parseJsonText(got.text, MAX_INDEX_CHARS);
  if (!json.ok) return { ok: false, reason: `${json.reason}: ${json.detail}` };
  const read = readIndex(json.value);
  return read ? { ok: true, ...read } : { ok: false, reason: 'not a guide index' };
}

export async function loadIndex(opts: { src: string | null; own: string; base: string; fetch: FetchLike; warn: (...args: unknown[]) => void }): Promise<IndexLoad> {
  const { own, warn } = opts;
  const url = opts.src ? resolveHttpUrl(opts.src, opts.base) : own;
  let reason = `src="${opts.src}" is not an http(s) address`;
  if (url) {
    const read = await readIndexAt(opts.fetch, url);
    if (read.ok) {
      if (read.skipped.length > 0) warn(`[dvc-guide] ${url}: entries ${read.skipped.map((i) => `#${i + 1}`).join(', ')} are unreadable or repeat an id and are not shown.`);
      return { kind: 'index', url, entries: read.entries, skipped: read.skipped };
    }
    reason = read.reason;
  }
  warn(`[dvc-guide] could not load the guide index ${url ?? opts.src}: ${reason}`);
  if (url === own) return { kind: 'failed', reason };
  const fallback = await readIndexAt(opts.fetch, own);
  return fallback.ok ? { kind: 'fallback', url: own, entries: fallback.entries, reason } : { kind: 'failed', reason };
}
