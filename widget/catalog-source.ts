/**
 * Where the widget's guides come from: the guides bundled in the script, or a town's catalog at `src`.
 * A fetched catalog goes through the same validation as `npm run guides -- check`; a guide that fails
 * hides only itself. The request is a plain GET without cookies or anything the person typed (contract 8).
 *
 * The schema step is the validator compiled from the zod schema at build time (generated/guide-validator.ts):
 * same issues and messages as zod, without shipping zod. That is why this reads the catalog itself
 * rather than through lib/guide/catalog.ts parseCatalog, whose validateGuide carries zod; the rules
 * are the same (each entry on its own, the first of two equal ids wins).
 */
import { MAX_CATALOG_GUIDES } from '../lib/guide/catalog';
import { checkGuideSet, type LoadedGuide } from '../lib/guide/check';
import { validateGuideWith } from '../lib/guide/load';
import { msg, problem, type GuideProblem } from '../lib/guide/problems';
import type { Guide } from '../lib/guide/schema';
import { parseGuideSchema } from './generated/guide-validator';

/** A catalog entry that failed validation: enough to name it to residents; details go to the console. */
export interface InvalidEntry {
  /** The entry's id, or its title, or its position when it has neither. */
  name: string;
  id?: string;
  problems: GuideProblem[];
}

export type CatalogLoad =
  | { kind: 'bundled'; guides: readonly Guide[] }
  | { kind: 'remote'; guides: readonly Guide[]; invalid: InvalidEntry[] }
  /** The catalog could not be fetched or read: bundled guides are shown with a notice and a retry. */
  | { kind: 'fallback'; guides: readonly Guide[]; reason: string };

export type FetchLike = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

const FETCH_TIMEOUT_MS = 15_000;

/** Only http(s) catalogs; relative URLs resolve against the page. Null for anything else. */
export function resolveCatalogUrl(src: string, base: string): string | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Keeps the bundled copy when the town's copy of the same guide is not newer (versions only go up). */
export function preferNewer(remote: readonly Guide[], bundled: readonly Guide[]): Guide[] {
  const byId = new Map(bundled.map((g) => [g.id, g]));
  return remote.map((g) => {
    const b = byId.get(g.id);
    return b && b.version > g.version ? b : g;
  });
}

function entryName(raw: unknown, index: number): { name: string; id?: string } {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const id = typeof o.id === 'string' && o.id.length <= 100 ? o.id : undefined;
  const title = typeof o.title === 'string' && o.title.length <= 200 ? o.title : undefined;
  return { name: id ?? title ?? `#${index + 1}`, ...(id ? { id } : {}) };
}

/** Splits a fetched catalog into valid guides and named invalid entries. */
export function readCatalog(value: unknown, source: string): { guides: Guide[]; invalid: InvalidEntry[]; shapeError?: GuideProblem } {
  const envelope = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!envelope || !Array.isArray(envelope.guides)) {
    return { guides: [], invalid: [], shapeError: problem(source, envelope ? ['guides'] : [], 'catalog-shape', msg.catalogNotObject()) };
  }
  const all: unknown[] = envelope.guides;
  // Same bound as the extension (lib/guide/catalog.ts): entries past it are not read.
  const entries = all.length > MAX_CATALOG_GUIDES ? all.slice(0, MAX_CATALOG_GUIDES) : all;
  const loaded: LoadedGuide[] = [];
  const errors = entries.map((raw, i) => {
    const file = `${source} guides[${i}]`;
    const result = validateGuideWith(parseGuideSchema, raw, file, { idFromFile: false });
    if (result.ok) loaded.push({ file, guide: result.guide });
    return result.ok ? [] : result.problems.filter((p) => p.severity === 'error');
  });
  // A later guide with an id already seen is dropped and named, like any invalid entry (one lookup each).
  const duplicates = new Map(checkGuideSet(loaded).map((d) => [d.file, d]));
  const invalid: InvalidEntry[] = [];
  entries.forEach((raw, i) => {
    const dup = duplicates.get(`${source} guides[${i}]`);
    const problems = dup ? [...(errors[i] ?? []), dup] : (errors[i] ?? []);
    if (problems.length > 0) invalid.push({ ...entryName(raw, i), problems });
  });
  return { guides: loaded.filter((l) => !duplicates.has(l.file)).map((l) => l.guide), invalid };
}

export async function loadCatalog(opts: {
  src: string | null;
  base: string;
  bundled: readonly Guide[];
  fetch: FetchLike;
  warn: (...args: unknown[]) => void;
}): Promise<CatalogLoad> {
  const { src, bundled, warn } = opts;
  if (!src) return { kind: 'bundled', guides: bundled };
  const url = resolveCatalogUrl(src, opts.base);
  if (!url) {
    warn(`[dvc-guide] src="${src}" is not an http(s) address; using the built-in guides.`);
    return { kind: 'fallback', guides: bundled, reason: 'bad-url' };
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  let value: unknown;
  try {
    const res = await opts.fetch(url, {
      method: 'GET',
      credentials: 'omit',
      mode: 'cors',
      cache: 'no-cache',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
      signal: abort.signal,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    value = await res.json();
  } catch (err) {
    warn(`[dvc-guide] could not load the catalog ${url}:`, err instanceof Error ? err.message : err);
    return { kind: 'fallback', guides: bundled, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
  const read = readCatalog(value, url);
  if (read.shapeError) {
    warn(`[dvc-guide] ${read.shapeError.file}: ${read.shapeError.vi} / ${read.shapeError.en}`);
    return { kind: 'fallback', guides: bundled, reason: 'catalog-shape' };
  }
  for (const entry of read.invalid) {
    const lines = entry.problems.map((p) => `  ${p.path}: ${p.vi} / ${p.en}`);
    warn(`[dvc-guide] guide "${entry.name}" in ${url} is invalid and is not shown:\n${lines.join('\n')}`);
  }
  return { kind: 'remote', guides: preferNewer(read.guides, bundled), invalid: read.invalid };
}
