/**
 * Guide distribution: a town hosts a catalog (the widget's guides.json), the extension fetches it when a
 * helper sets its address, keeps the last good copy, and uses a catalog guide over the bundled one only
 * when its version is higher. Everything here is pure; the background does the fetching and storing.
 *
 * Only declarative data ever comes in: each entry goes through parseCatalog (the same schema and checks
 * as `npm run guides -- check`), both when fetched and when the cached copy is read back.
 */
import { t, type Lang } from '../i18n/workspace-messages';
import { parseCatalog } from './catalog';
import { msg, problem, type GuideProblem } from './problems';
import { MAX_GUIDE_FILE_CHARS, parseJsonText } from './published';
import type { Guide } from './schema';

// ---------------------------------------------------------------------------------------------------
// Types

/** The last good catalog, as kept in extension storage. */
export interface CatalogCache {
  sourceUrl: string;
  fetchedAt: number;
  guides: Guide[];
}

/** A catalog entry that was left out, with its first problems (enough for a helper to tell the town). */
export interface InvalidEntry {
  /** The entry's id, or its title, or "#n" when it has neither. */
  name: string;
  problems: GuideProblem[];
}

export type CatalogFailure = 'bad-url' | 'permission' | 'network' | 'http' | 'not-json' | 'too-large' | 'shape' | 'empty';

/** What the last attempt did; the options page shows it, including after a browser restart. */
export type CatalogStatus =
  | { state: 'off' }
  | { state: 'ok'; url: string; checkedAt: number; valid: number; newer: string[]; invalid: InvalidEntry[] }
  | {
      state: 'failed';
      url: string;
      checkedAt: number;
      reason: CatalogFailure;
      /** Technical detail in English (HTTP status, browser error), for whoever looks after the town site. */
      detail: string;
      invalid: InvalidEntry[];
      /** When the last good copy of this catalog was fetched; null: the bundled guides are in use. */
      cachedAt: number | null;
    };

export type CatalogOutcome =
  /** warnings: the first MAX_STORED_WARNINGS warnings of the guides kept, stored apart from the cache. */
  | { ok: true; cache: CatalogCache; invalid: InvalidEntry[]; warnings: GuideProblem[] }
  | { ok: false; reason: CatalogFailure; detail: string; invalid: InvalidEntry[] };

// ---------------------------------------------------------------------------------------------------
// Addresses

/** How many problems of one invalid entry are kept: the first ones say what to fix. */
export const FIRST_PROBLEMS = 3;
/** A catalog of every procedure in a province is well under this; anything bigger is not a catalog. */
export const MAX_CATALOG_CHARS = 5_000_000;
/**
 * Warnings kept in storage at most. They were stored inside the cache and grew ~9× the catalog (a
 * 1.2 MB catalog filled extension storage and progress saves failed); now they are few and apart.
 */
export const MAX_STORED_WARNINGS = 50;
/** Invalid entries named in the status at most (each with FIRST_PROBLEMS problems). */
export const MAX_INVALID_ENTRIES = 50;

export interface CatalogAddress {
  url: string;
  host: string;
  /** The host permission asked for. No port: a match pattern without one covers every port of the host. */
  pattern: string;
}

/** An http(s) address with a host, or null. Credentials in the address are refused: requests carry none. */
export function parseCatalogAddress(text: string): CatalogAddress | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  // https only: over plain http anyone on the same network could swap the guides a helper reads out.
  // http is allowed on this computer alone (a town testing its catalog before publishing it).
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
  if (!url.hostname || url.username || url.password) return null;
  url.hash = '';
  return { url: url.href, host: url.host, pattern: `${url.protocol}//${url.hostname}/*` };
}

// ---------------------------------------------------------------------------------------------------
// Reading a fetched catalog

function entryName(raw: unknown, index: number): string {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const short = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : undefined);
  return short(o.id) ?? short(o.title) ?? `#${index + 1}`;
}

const ENTRY_FILE = /guides\[(\d+)\]$/;

/** Entries with errors, named, in catalog order, each with its first problems. */
function invalidEntries(entries: readonly unknown[], problems: readonly GuideProblem[]): InvalidEntry[] {
  const byIndex = new Map<number, GuideProblem[]>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const match = ENTRY_FILE.exec(p.file);
    if (!match) continue;
    const i = Number(match[1]);
    const list = byIndex.get(i) ?? [];
    list.push(p);
    byIndex.set(i, list);
  }
  return [...byIndex.keys()]
    .sort((a, b) => a - b)
    .slice(0, MAX_INVALID_ENTRIES)
    .map((i) => ({ name: entryName(entries[i], i), problems: byIndex.get(i)!.slice(0, FIRST_PROBLEMS) }));
}

/**
 * The fetched catalog's text → a cache record, or why it is refused. A catalog whose entries are all
 * invalid is refused as a whole: replacing a good copy with nothing helps nobody.
 */
export function readFetchedCatalog(text: string, sourceUrl: string, fetchedAt: number): CatalogOutcome {
  if (text.length > MAX_CATALOG_CHARS) return { ok: false, reason: 'too-large', detail: `${text.length} characters`, invalid: [] };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, reason: 'not-json', detail: err instanceof Error ? err.message : String(err), invalid: [] };
  }
  const result = parseCatalog(value, sourceUrl);
  const entries = value !== null && typeof value === 'object' ? (value as { guides?: unknown }).guides : undefined;
  if (!Array.isArray(entries)) {
    const shape = result.problems[0];
    return { ok: false, reason: 'shape', detail: shape ? shape.en : 'not a catalog', invalid: [] };
  }
  const invalid = invalidEntries(entries, result.problems);
  if (result.guides.length === 0) {
    return { ok: false, reason: 'empty', detail: `${entries.length} entries, none valid`, invalid };
  }
  const warnings = result.problems.filter((p) => p.severity === 'warning').slice(0, MAX_STORED_WARNINGS);
  return { ok: true, cache: { sourceUrl, fetchedAt, guides: result.guides }, invalid, warnings };
}

/** One guide file of a published folder (lib/guide/published.ts), as the background fetched it. */
export type FetchedGuideFile = { id: string; url: string; text: string } | { id: string; url: string; failure: string };

/**
 * A published folder (index.json + one file per guide) → the same outcome as a one-file catalog: each
 * file read and validated on its own; a file that could not be fetched or read is named with why.
 */
export function readFetchedFolder(files: readonly FetchedGuideFile[], sourceUrl: string, fetchedAt: number): CatalogOutcome {
  const values: unknown[] = [];
  const unreadable: InvalidEntry[] = [];
  let total = 0;
  for (const f of files) {
    const failure = 'failure' in f ? f.failure : undefined;
    let value: unknown;
    if (failure === undefined && 'text' in f) {
      total += f.text.length;
      if (total > MAX_CATALOG_CHARS) return { ok: false, reason: 'too-large', detail: `guide files over ${MAX_CATALOG_CHARS} characters`, invalid: [] };
      const json = parseJsonText(f.text, MAX_GUIDE_FILE_CHARS);
      if (json.ok) value = json.value;
      else unreadable.push({ name: f.id, problems: [problem(f.url, [], `guide-file-${json.reason}`, msg.guideFileUnreadable(json.detail))] });
    } else unreadable.push({ name: f.id, problems: [problem(f.url, [], 'guide-file-unreadable', msg.guideFileUnreadable(failure ?? ''))] });
    if (value !== undefined) values.push(value);
  }
  const result = parseCatalog({ guides: values }, sourceUrl);
  const invalid = [...unreadable, ...invalidEntries(values, result.problems)].slice(0, MAX_INVALID_ENTRIES);
  if (result.guides.length === 0) return { ok: false, reason: 'empty', detail: `${files.length} guide files, none valid`, invalid };
  const warnings = result.problems.filter((p) => p.severity === 'warning').slice(0, MAX_STORED_WARNINGS);
  return { ok: true, cache: { sourceUrl, fetchedAt, guides: result.guides }, invalid, warnings };
}

// ---------------------------------------------------------------------------------------------------
// The cache, read back

function isProblem(value: unknown): value is GuideProblem {
  if (value === null || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.file === 'string' &&
    typeof p.path === 'string' &&
    typeof p.code === 'string' &&
    typeof p.vi === 'string' &&
    typeof p.en === 'string' &&
    (p.severity === 'error' || p.severity === 'warning')
  );
}

/**
 * A stored cache, trusted only after the same validation as a fetched catalog: storage outlives
 * extension updates (the schema may have changed) and is not ours alone to write. A guide that no
 * longer passes is dropped; a record of the wrong shape, or of another address, is no cache at all.
 */
export function readCache(value: unknown, expectedUrl: string | null): CatalogCache | null {
  if (value === null || typeof value !== 'object' || expectedUrl === null) return null;
  const c = value as Record<string, unknown>;
  if (c.sourceUrl !== expectedUrl || typeof c.fetchedAt !== 'number' || !Number.isFinite(c.fetchedAt) || !Array.isArray(c.guides)) return null;
  const { guides } = parseCatalog({ guides: c.guides }, expectedUrl);
  if (guides.length === 0) return null;
  return { sourceUrl: expectedUrl, fetchedAt: c.fetchedAt, guides };
}

function isInvalidEntry(value: unknown): value is InvalidEntry {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e.name === 'string' && Array.isArray(e.problems) && e.problems.every(isProblem);
}

const FAILURES: readonly CatalogFailure[] = ['bad-url', 'permission', 'network', 'http', 'not-json', 'too-large', 'shape', 'empty'];

/** A stored status, or "off" when it is not one (it only drives a message, so nothing is lost). */
export function readStatus(value: unknown): CatalogStatus {
  const off: CatalogStatus = { state: 'off' };
  if (value === null || typeof value !== 'object') return off;
  const s = value as Record<string, unknown>;
  if (typeof s.url !== 'string' || typeof s.checkedAt !== 'number') return off;
  const invalid = Array.isArray(s.invalid) ? s.invalid.slice(0, MAX_INVALID_ENTRIES).filter(isInvalidEntry) : [];
  if (s.state === 'ok' && typeof s.valid === 'number' && Array.isArray(s.newer)) {
    return { state: 'ok', url: s.url, checkedAt: s.checkedAt, valid: s.valid, newer: s.newer.filter((x): x is string => typeof x === 'string'), invalid };
  }
  if (s.state === 'failed' && FAILURES.includes(s.reason as CatalogFailure)) {
    return {
      state: 'failed',
      url: s.url,
      checkedAt: s.checkedAt,
      reason: s.reason as CatalogFailure,
      detail: typeof s.detail === 'string' ? s.detail : '',
      invalid,
      cachedAt: typeof s.cachedAt === 'number' ? s.cachedAt : null,
    };
  }
  return off;
}

// ---------------------------------------------------------------------------------------------------
// Guides in use

export interface MergedGuides {
  guides: Guide[];
  /** Ids whose catalog copy is in use: a newer version of a bundled guide, or a guide only the town has. */
  fromCatalog: string[];
}

/**
 * Per guide id the higher version wins; on a tie the bundled copy stays (it was checked by our build).
 * Bundled guides missing from the catalog stay; guides only in the catalog are added after them.
 */
export function mergeGuides(bundled: readonly Guide[], catalog: readonly Guide[]): MergedGuides {
  const remote = new Map(catalog.map((g) => [g.id, g]));
  const fromCatalog: string[] = [];
  const guides = bundled.map((b) => {
    const r = remote.get(b.id);
    if (r && r.version > b.version) {
      fromCatalog.push(b.id);
      return r;
    }
    return b;
  });
  const known = new Set(bundled.map((b) => b.id));
  for (const r of catalog) {
    if (known.has(r.id)) continue;
    fromCatalog.push(r.id);
    guides.push(r);
  }
  return { guides, fromCatalog };
}

/** The status after an attempt: a failure keeps naming the last good copy, when there is one. */
export function statusOf(url: string, checkedAt: number, outcome: CatalogOutcome, bundled: readonly Guide[], cache: CatalogCache | null): CatalogStatus {
  if (outcome.ok) {
    const { fromCatalog } = mergeGuides(bundled, outcome.cache.guides);
    return { state: 'ok', url, checkedAt, valid: outcome.cache.guides.length, newer: fromCatalog, invalid: outcome.invalid };
  }
  return { state: 'failed', url, checkedAt, reason: outcome.reason, detail: outcome.detail, invalid: outcome.invalid, cachedAt: cache?.fetchedAt ?? null };
}

// ---------------------------------------------------------------------------------------------------
// Messages

const REASON_KEYS = {
  'bad-url': 'catalog.why.badUrl',
  permission: 'catalog.why.permission',
  network: 'catalog.why.network',
  http: 'catalog.why.http',
  'not-json': 'catalog.why.notJson',
  'too-large': 'catalog.why.tooLarge',
  shape: 'catalog.why.shape',
  empty: 'catalog.why.empty',
} as const satisfies Record<CatalogFailure, string>;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function formatTime(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** The one status line the options page shows, in the helper's language. */
export function catalogStatusLine(status: CatalogStatus, lang: Lang): string {
  switch (status.state) {
    case 'off':
      return t(lang, 'catalog.statusOff');
    case 'ok': {
      const line = t(lang, 'catalog.statusOk', { time: formatTime(status.checkedAt, lang), valid: status.valid, newer: status.newer.length });
      return status.invalid.length > 0 ? `${line} ${t(lang, 'catalog.statusSkipped', { n: status.invalid.length })}` : line;
    }
    case 'failed': {
      const why = t(lang, REASON_KEYS[status.reason], { host: hostOf(status.url) });
      const kept = status.cachedAt !== null ? t(lang, 'catalog.keptCache', { time: formatTime(status.cachedAt, lang) }) : t(lang, 'catalog.keptBundled');
      return t(lang, 'catalog.statusFailed', { why, kept });
    }
  }
}
