/**
 * Where the widget's guides come from: a published folder (lib/guide/published.ts), the script's own by
 * default or a town's index at `src`. The catalog view reads only the index; a guide file is fetched and
 * validated when it is shown, each file on its own: one broken file hides only that guide, with a message.
 * Requests are plain GETs without cookies or anything the person typed (contract 8).
 *
 * Validation (widget/guide-chunk.ts) is the validator compiled from the zod schema at build time: same
 * issues as zod, without shipping zod; it is a chunk fetched together with the first guide file. Detailed
 * wording of problems is for the webmaster's console and loads only when a file is broken (./problem-report.ts).
 * Reading the index is in ./index-source.ts, loaded only by the views that list guides.
 */
import { guideUrl, MAX_GUIDE_FILE_CHARS, parseJsonText, type IndexEntry } from '../lib/guide/published';
import type { Guide } from '../lib/guide/schema';
import type { PrefetchedGuide } from './guide-check';

export type FetchLike = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

export type IndexLoad =
  | { kind: 'index'; url: string; entries: readonly IndexEntry[]; skipped: number[] }
  /** `src` could not be read: the script's own folder is shown instead, with a notice and a retry. */
  | { kind: 'fallback'; url: string; entries: readonly IndexEntry[]; reason: string }
  /** Nothing could be read. */
  | { kind: 'failed'; reason: string };

export type GuideLoad =
  | { kind: 'guide'; guide: Guide }
  /** The file was read but is not a valid guide: the webmaster finds why in the console. */
  | { kind: 'invalid'; id: string }
  | { kind: 'missing'; id: string }
  | { kind: 'failed'; id: string; reason: string };

/** Writes the console details of a broken file (loaded from the script's folder when needed). */
export type ReportProblems = (what: string, value: unknown) => void;

/**
 * The validator, a chunk: asked for before the guide file is fetched, so both travel at once. It returns
 * the guide when `value` is a valid one.
 */
export type ValidateGuide = () => Promise<(value: unknown, url: string) => Guide | null>;

const FETCH_TIMEOUT_MS = 15_000;

/**
 * The guide files widget/loader.ts asked for before this module ran, their bodies already read: each used
 * once, then forgotten.
 */
function takePrefetched(url: string): Promise<PrefetchedGuide> | PrefetchedGuide | undefined {
  const map = prefetched();
  const early = map?.get(url);
  map?.delete(url);
  return early;
}

const prefetched = (): Map<string, Promise<PrefetchedGuide> | PrefetchedGuide> | undefined =>
  (globalThis as unknown as { __dvcGuidePrefetch?: Map<string, Promise<PrefetchedGuide> | PrefetchedGuide> }).__dvcGuidePrefetch;

/**
 * The guide `id` at `url` when the loader's request for it is in and already checked valid
 * (widget/guide-check.ts): taken now, so the widget's first render is the guide. Otherwise undefined and
 * left for {@link loadGuide}, which reads and checks it when it is in.
 */
export function checkedGuideNow(url: string, id: string): Guide | undefined {
  const map = prefetched();
  const early = map?.get(url);
  if (!early || early instanceof Promise || !early.ok || early.guide?.id !== id || (early.chars ?? Infinity) > MAX_GUIDE_FILE_CHARS) return undefined;
  map!.delete(url);
  return early.guide;
}

/** Only http(s) addresses; relative ones resolve against `base`. Null for anything else. */
export function resolveHttpUrl(src: string, base: string): string | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A GET's body text, or why not; `status` 404 is kept apart (a missing guide is not a network failure).
 * `guide`: a guide file the loader asked for was already checked (widget/guide-check.ts).
 */
export async function fetchText(fetch: FetchLike, url: string, noCache: boolean): Promise<{ ok: true; text: string; guide?: Guide | null } | { ok: false; status?: number; reason: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  try {
    const early = takePrefetched(url);
    const res: Pick<PrefetchedGuide, 'ok' | 'status' | 'text' | 'guide'> = early ? await early : await fetch(url, {
      method: 'GET',
      credentials: 'omit',
      mode: 'cors',
      // An index and a predictable guide name change in place: revalidate. A hashed name never changes.
      cache: noCache ? 'no-cache' : 'default',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: abort.signal,
    });
    if (!res.ok) return { ok: false, status: res.status, reason: `HTTP ${res.status}` };
    const text = await res.text();
    return res.guide === undefined ? { ok: true, text } : { ok: true, text, guide: res.guide };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One guide file: `hash` known (opened from the index) → the immutable name; otherwise the predictable
 * one. `pending` is a request already sent for the same address (the script's loader starts it early).
 */
export async function loadGuide(opts: {
  indexUrl: string;
  id: string;
  hash?: string;
  fetch: FetchLike;
  validate: ValidateGuide;
  report: ReportProblems;
  warn: (...args: unknown[]) => void;
}): Promise<GuideLoad> {
  const { id, warn } = opts;
  const url = guideUrl(opts.indexUrl, id, opts.hash);
  const validator = opts.validate();
  const got = await fetchText(opts.fetch, url, !opts.hash);
  if (!got.ok) {
    warn(`[dvc-guide] could not load the guide ${url}: ${got.reason}`);
    return got.status === 404 ? { kind: 'missing', id } : { kind: 'failed', id, reason: got.reason };
  }
  // Checked while the widget's code was still arriving (widget/guide-check.ts): the same answer, sooner.
  if (got.guide && got.guide.id === id && got.text.length <= MAX_GUIDE_FILE_CHARS) return { kind: 'guide', guide: got.guide };
  const json = parseJsonText(got.text, MAX_GUIDE_FILE_CHARS);
  const value = json.ok ? json.value : undefined;
  const guide = json.ok ? (await validator)(value, url) : null;
  if (guide?.id === id) return { kind: 'guide', guide };
  // The wording of each problem is only for the console: it loads now, not with the script.
  opts.report(url, json.ok ? value : got.text);
  return { kind: 'invalid', id };
}
