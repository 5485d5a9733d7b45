/**
 * Which documents a resident ticked, per guide, on this device: the town page's own IndexedDB (the widget
 * has no extension behind it). Private modes, sandboxed iframes and strict settings block IndexedDB; then
 * ticks live in memory for the visit and the widget says so quietly. Nothing here ever throws to the UI.
 */
// Plain IndexedDB, no wrapper library: one store, one get and one put; idb cost 1.4 KB of the widget's budget.

export const TICKS_DB = 'dvc-guide-widget';
const STORE = 'ticks';
/** A browser that never answers the open request (a blocked upgrade) must not hang the widget. */
const OPEN_TIMEOUT_MS = 3000;

interface TicksRecord {
  ids: string[];
  updatedAt: number;
}

/** One request's result as a promise (the request's own success and error events). */
function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB request failed'));
  });
}

function openTicksDB(): Promise<IDBDatabase> {
  const req = indexedDB.open(TICKS_DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return done(req);
}

export interface TicksStore {
  /** 'memory' when IndexedDB could not be used: ticks are lost on reload. */
  readonly kind: 'idb' | 'memory';
  load(guideId: string): Promise<ReadonlySet<string>>;
  save(guideId: string, ids: ReadonlySet<string>): Promise<void>;
}

export function createMemoryTicksStore(): TicksStore {
  const data = new Map<string, ReadonlySet<string>>();
  return {
    kind: 'memory',
    load: async (guideId) => data.get(guideId) ?? new Set(),
    save: async (guideId, ids) => {
      data.set(guideId, new Set(ids));
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('indexedDB open timed out')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function toIds(value: unknown): Set<string> {
  const ids = value !== null && typeof value === 'object' ? (value as { ids?: unknown }).ids : undefined;
  return new Set(Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []);
}

/**
 * IndexedDB when it works, otherwise memory. `hasIndexedDB` is asked first because merely reading
 * `indexedDB` throws a SecurityError in some sandboxed frames.
 */
export async function openTicksStore(hasIndexedDB: () => boolean = defaultHasIndexedDB): Promise<TicksStore> {
  let db: IDBDatabase;
  try {
    if (!hasIndexedDB()) return createMemoryTicksStore();
    db = await withTimeout(openTicksDB(), OPEN_TIMEOUT_MS);
  } catch {
    return createMemoryTicksStore();
  }
  // A later failure (quota, the user clearing site data) degrades to memory for the rest of the visit.
  const memory = createMemoryTicksStore();
  let broken = false;
  return {
    get kind() {
      return broken ? 'memory' : 'idb';
    },
    async load(guideId) {
      if (broken) return memory.load(guideId);
      try {
        return toIds(await done(db.transaction(STORE).objectStore(STORE).get(guideId)));
      } catch {
        broken = true;
        return memory.load(guideId);
      }
    },
    async save(guideId, ids) {
      await memory.save(guideId, ids);
      if (broken) return;
      try {
        const record: TicksRecord = { ids: [...ids], updatedAt: Date.now() };
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put(record, guideId);
        // Saved when the transaction commits, not when the request succeeds.
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('indexedDB write failed'));
        });
      } catch {
        broken = true;
      }
    },
  };
}

function defaultHasIndexedDB(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}
