/**
 * The town's guide catalog in the background: fetch (a plain GET, no cookies, nothing the person typed),
 * validate, cache the last good copy in extension storage, and answer "which guides are in use".
 * Fetched on save, on browser start and on "Tải lại"; never on a timer. Decisions live in
 * lib/guide/distribution.ts; this file is the wiring.
 */
import type { CatalogRequest, CatalogResponse, CatalogView } from './catalog-messages';
import {
  mergeGuides,
  parseCatalogAddress,
  readCache,
  readFetchedCatalog,
  readFetchedFolder,
  type FetchedGuideFile,
  readStatus,
  statusOf,
  type CatalogCache,
  type CatalogOutcome,
  type CatalogStatus,
} from './distribution';
import { guideUrl, MAX_INDEX_CHARS, parseJsonText } from './published';
import { readIndex } from './published-index';
import type { Guide } from './schema';
import type { KeyValueArea } from '../overlay/run-store';

const CATALOG_URL_KEY = 'catalog:url';
export const CATALOG_CACHE_KEY = 'catalog:cache';
const CATALOG_STATUS_KEY = 'catalog:status';
/** The first warnings of the guides in use, apart from the cache so they can never make it grow. */
const CATALOG_WARNINGS_KEY = 'catalog:warnings';
/**
 * A cache bigger than this stays in memory only: extension storage also holds every tab's progress,
 * and a town's catalog must never be what makes a progress save fail.
 */
const MAX_STORED_CACHE_CHARS = 3_000_000;

const FETCH_TIMEOUT_MS = 15_000;
/** Guide files of a published folder fetched at once. */
const FILES_IN_PARALLEL = 6;

/** The answer of a GET: status and body text, or a thrown error when nothing came back. */
export type FetchText = (url: string, init: RequestInit) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface CatalogDeps {
  area: KeyValueArea;
  bundled: readonly Guide[];
  fetch: FetchText;
  /** Whether the host permission for the catalog's address is granted (the options page asks for it). */
  hasPermission: (pattern: string) => Promise<boolean>;
  now?: () => number;
  /** The guides in use changed: extension pages that listed them may refresh. */
  onGuidesChanged?: () => void;
}

export interface CatalogBackground {
  getGuides(): Promise<readonly Guide[]>;
  /** Fetch the saved catalog again (browser start, "Tải lại"). */
  refresh(): Promise<CatalogView>;
  handle(message: CatalogRequest): Promise<CatalogResponse>;
}

interface State {
  url: string | null;
  cache: CatalogCache | null;
  status: CatalogStatus;
}

export function startCatalog(deps: CatalogDeps): CatalogBackground {
  const now = deps.now ?? Date.now;
  // Storage is the truth; this is only a read-through copy (the service worker is stopped and started often).
  let state: Promise<State> | null = null;
  // One attempt at a time: a save during a browser-start refresh must not be overwritten by it.
  let queue: Promise<unknown> = Promise.resolve();

  async function readState(): Promise<State> {
    const rawUrl = await deps.area.get(CATALOG_URL_KEY);
    const url = typeof rawUrl === 'string' ? (parseCatalogAddress(rawUrl)?.url ?? null) : null;
    const cache = readCache(await deps.area.get(CATALOG_CACHE_KEY), url);
    const status = url ? readStatus(await deps.area.get(CATALOG_STATUS_KEY)) : ({ state: 'off' } as const);
    return { url, cache, status };
  }

  const current = (): Promise<State> => (state ??= readState().catch((err: unknown) => {
    state = null;
    throw err;
  }));

  function merged(s: State): ReturnType<typeof mergeGuides> {
    return mergeGuides(deps.bundled, s.cache?.guides ?? []);
  }

  function viewOf(s: State): CatalogView {
    const m = merged(s);
    return { url: s.url, status: s.status, inUse: m.guides.length, fromCatalog: m.fromCatalog.length };
  }

  async function download(url: string): Promise<CatalogOutcome> {
    const address = parseCatalogAddress(url);
    if (!address) return { ok: false, reason: 'bad-url', detail: url, invalid: [] };
    if (!(await deps.hasPermission(address.pattern).catch(() => false))) {
      return { ok: false, reason: 'permission', detail: `no host permission for ${address.pattern}`, invalid: [] };
    }
    const index = await getText(address.url);
    if (!index.ok) return { ok: false, reason: index.reason, detail: index.detail, invalid: [] };
    // A published folder (the widget build's index.json): fetch each guide file, a few at a time.
    const json = parseJsonText(index.text, MAX_INDEX_CHARS);
    const read = json.ok ? readIndex(json.value) : null;
    if (!read) return readFetchedCatalog(index.text, address.url, now());
    const origin = new URL(address.url).origin;
    const files: FetchedGuideFile[] = new Array(read.entries.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < read.entries.length) {
        const n = next++;
        const e = read.entries[n]!;
        const url = guideUrl(address.url, e.id, e.hash);
        // Guide files live beside the index: the permission the helper gave covers exactly that host.
        if (new URL(url).origin !== origin) {
          files[n] = { id: e.id, url, failure: 'not beside the index' };
          continue;
        }
        const got = await getText(url);
        files[n] = got.ok ? { id: e.id, url, text: got.text } : { id: e.id, url, failure: got.detail };
      }
    };
    await Promise.all(Array.from({ length: FILES_IN_PARALLEL }, worker));
    return readFetchedFolder(files, address.url, now());
  }

  /** A GET without cookies or referrer: the body text, or why not. */
  async function getText(url: string): Promise<{ ok: true; text: string } | { ok: false; reason: 'http' | 'network'; detail: string }> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
    try {
      const res = await deps.fetch(url, {
        method: 'GET',
        credentials: 'omit',
        cache: 'no-cache',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
        signal: abort.signal,
      });
      if (!res.ok) return { ok: false, reason: 'http', detail: `HTTP ${res.status}` };
      return { ok: true, text: await res.text() };
    } catch (err) {
      return { ok: false, reason: 'network', detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    } finally {
      clearTimeout(timer);
    }
  }

  async function attempt(s: State): Promise<State> {
    if (!s.url) return s;
    const outcome = await download(s.url);
    const cache = outcome.ok ? outcome.cache : s.cache;
    const status = statusOf(s.url, now(), outcome, deps.bundled, s.cache);
    if (outcome.ok) {
      const fits = JSON.stringify(outcome.cache).length <= MAX_STORED_CACHE_CHARS;
      // A full storage area refuses this write, not the next progress save: the copy then lives in memory.
      await (fits ? deps.area.set(CATALOG_CACHE_KEY, outcome.cache) : deps.area.remove(CATALOG_CACHE_KEY)).catch(() => undefined);
      await deps.area.set(CATALOG_WARNINGS_KEY, outcome.warnings).catch(() => undefined);
    }
    await deps.area.set(CATALOG_STATUS_KEY, status);
    return { url: s.url, cache, status };
  }

  /** Runs `change` after any attempt in flight, stores the new state, and says when the guides changed. */
  function update(change: (s: State) => Promise<State>): Promise<CatalogView> {
    const run = queue.then(async () => {
      const before = await current();
      const after = await change(before);
      state = Promise.resolve(after);
      const ids = (s: State): string => merged(s).guides.map((g) => `${g.id}@${g.version}`).join(',');
      if (ids(before) !== ids(after)) deps.onGuidesChanged?.();
      return viewOf(after);
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function setUrl(text: string | null): Promise<CatalogView> {
    return update(async () => {
      const trimmed = text?.trim() ?? '';
      if (!trimmed) {
        await Promise.all([CATALOG_URL_KEY, CATALOG_CACHE_KEY, CATALOG_STATUS_KEY, CATALOG_WARNINGS_KEY].map((k) => deps.area.remove(k)));
        return { url: null, cache: null, status: { state: 'off' } };
      }
      const address = parseCatalogAddress(trimmed);
      if (!address) {
        // Nothing is saved: the helper's last good address and copy stay in use.
        const s = await current();
        return { ...s, status: { state: 'failed', url: trimmed, checkedAt: now(), reason: 'bad-url', detail: trimmed, invalid: [], cachedAt: s.cache?.fetchedAt ?? null } };
      }
      const previous = await current();
      await deps.area.set(CATALOG_URL_KEY, address.url);
      // A copy of another address is not this town's catalog.
      const cache = previous.url === address.url ? previous.cache : null;
      if (!cache) await deps.area.remove(CATALOG_CACHE_KEY);
      return attempt({ url: address.url, cache, status: previous.status });
    });
  }

  const refresh = (): Promise<CatalogView> => update(attempt);

  return {
    async getGuides() {
      return merged(await current()).guides;
    },
    refresh,
    async handle(message) {
      try {
        switch (message.type) {
          case 'catalog:get':
            return { ok: true, view: viewOf(await current()) };
          case 'catalog:set-url':
            return { ok: true, view: await setUrl(message.url) };
          case 'catalog:refresh':
            return { ok: true, view: await refresh() };
        }
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
