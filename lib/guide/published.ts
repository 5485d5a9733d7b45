/**
 * The published guide folder (contract 11): what the widget build writes beside the script, what a town
 * uploads, what the widget and the extension read.
 *
 *   index.json                   { format, guides: [IndexEntry...] }: what the catalog view needs, no steps
 *   guides/<id>.json             one guide (predictable: `<dvc-guide guide="id">` asks for it directly)
 *   guides/<id>.<hash>.json      the same bytes under a content-hashed name (the catalog opens these)
 *
 * Why two names for one guide: a page with `guide="…"` can ask for that guide the moment the script runs,
 * without waiting for the index (no waterfall, and showing one guide costs the same with 14 or 500
 * guides); the town's server revalidates it (the widget asks with `cache: 'no-cache'`). A guide opened from
 * the catalog uses the hashed name from the index, which never changes meaning, so any cache may keep it.
 *
 * Pure and small: the widget's first file carries it. Reading an index is apart (./published-index.ts: only
 * the catalog views load it); each guide file is validated when it loads (lib/guide/load.ts).
 */
import type { Guide } from './schema';

export const PUBLISHED_FORMAT = 'dvc-guide-index/1';
export const INDEX_FILE = 'index.json';
export const GUIDES_DIR = 'guides';
/** A real guide file is under 40 KB; anything this big is not one (read as text and refused). */
export const MAX_GUIDE_FILE_CHARS = 512_000;
/** An index of every procedure of a province (2,000 entries) is well under this. */
export const MAX_INDEX_CHARS = 2_000_000;

export interface IndexEntry {
  id: string;
  title: string;
  en?: { title: string; summary?: string };
  summary: string;
  keywords?: string[];
  /** The national procedure code ("1.001193"), searchable. */
  code?: string;
  /** The procedure's official name (absent when it is the title): searched like in the full guide, so the catalog and the finder agree. */
  procedureName?: string;
  version: number;
  /** Content hash of the guide file (hex): its immutable file name. */
  hash: string;
}

export interface PublishedIndex {
  format: typeof PUBLISHED_FORMAT;
  generatedAt?: string;
  guides: IndexEntry[];
}

/** The file of one guide, relative to the index: hashed when the hash is known. */
export function guideFile(id: string, hash?: string): string {
  return `${GUIDES_DIR}/${id}${hash ? `.${hash}` : ''}.json`;
}

/** The absolute address of a guide file, resolved against the index's address. */
export function guideUrl(indexUrl: string, id: string, hash?: string): string {
  return new URL(guideFile(id, hash), indexUrl).href;
}

/** A guide's index entry (the build writes these). */
export function indexEntryOf(guide: Guide, hash: string): IndexEntry {
  return {
    id: guide.id,
    title: guide.title,
    ...(guide.en ? { en: guide.en.summary ? { title: guide.en.title, summary: guide.en.summary } : { title: guide.en.title } } : {}),
    summary: guide.summary,
    ...(guide.keywords?.length ? { keywords: guide.keywords } : {}),
    ...(guide.procedure?.code ? { code: guide.procedure.code } : {}),
    // Searched below the title (lib/search/guide-fields.ts): the same words as the title add nothing to a
    // search and 2.8 KB gzip to a 500-guide index.
    ...(guide.procedure?.name && guide.procedure.name !== guide.title ? { procedureName: guide.procedure.name } : {}),
    version: guide.version,
    hash,
  };
}

/**
 * The text of a guide file as published: compact, without `$schema` and without `unverified` (notes for
 * the guide's authors, shown by `npm run guides -- check` and by nothing a town's visitor or the
 * extension reads: 0.7 KB gzip of the largest guide, 9 % of its file).
 */
export function guideFileText(guide: Guide): string {
  const { $schema: _schema, unverified: _notes, ...rest } = guide;
  return JSON.stringify(rest);
}

/** JSON text of at most `max` characters (a byte-order mark allowed), or why not. */
export function parseJsonText(body: string, max: number): { ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'not-json'; detail: string } {
  if (body.length > max) return { ok: false, reason: 'too-large', detail: `${body.length} characters` };
  try {
    return { ok: true, value: JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body) };
  } catch (err) {
    return { ok: false, reason: 'not-json', detail: err instanceof Error ? err.message : String(err) };
  }
}
