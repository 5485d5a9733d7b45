/**
 * Reading a published index (lib/guide/published.ts): each entry checked on its own, so a broken entry
 * hides only itself. Apart from published.ts so a page showing one guide never loads it (the widget's
 * catalog views do, widget/index-source.ts).
 */
import { PUBLISHED_FORMAT, type IndexEntry } from './published';

/** Entries past this are not read (the same bound as a catalog, lib/guide/catalog.ts). */
const MAX_INDEX_ENTRIES = 2000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASH = /^[0-9a-f]{8,64}$/;

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** One entry, or null when it is not a usable entry (unknown fields are ignored: later formats may add some). */
export function readIndexEntry(raw: unknown): IndexEntry | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  if (!text(o.id, 100) || !SLUG.test(o.id) || !text(o.title, 300) || !text(o.hash, 64) || !HASH.test(o.hash)) return null;
  if (typeof o.summary !== 'string' || o.summary.length > 2000) return null;
  if (typeof o.version !== 'number' || !Number.isSafeInteger(o.version) || o.version < 1) return null;
  const entry: IndexEntry = { id: o.id, title: o.title, summary: o.summary, version: o.version, hash: o.hash };
  const en = o.en as Record<string, unknown> | undefined;
  if (en && typeof en === 'object' && text(en.title, 300)) entry.en = text(en.summary, 2000) ? { title: en.title, summary: en.summary } : { title: en.title };
  if (Array.isArray(o.keywords)) entry.keywords = o.keywords.slice(0, 30).filter((k): k is string => text(k, 200));
  if (text(o.code, 20)) entry.code = o.code;
  if (text(o.procedureName, 2000)) entry.procedureName = o.procedureName;
  return entry;
}

export interface IndexRead {
  entries: IndexEntry[];
  /** Entries left out (unreadable, a repeated id, past the limit), by position, for the webmaster. */
  skipped: number[];
}

/** An index's entries; null when the value is not an index at all. The first entry with an id wins. */
export function readIndex(value: unknown): IndexRead | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (o.format !== PUBLISHED_FORMAT || !Array.isArray(o.guides)) return null;
  const entries: IndexEntry[] = [];
  const skipped: number[] = [];
  const seen = new Set<string>();
  o.guides.forEach((raw: unknown, i: number) => {
    const entry = i < MAX_INDEX_ENTRIES ? readIndexEntry(raw) : null;
    if (!entry || seen.has(entry.id)) skipped.push(i);
    else {
      seen.add(entry.id);
      entries.push(entry);
    }
  });
  return { entries, skipped };
}
