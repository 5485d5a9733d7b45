/**
 * Where the background keeps each tab's guide run. Keyed by tab so two residents' guides in two tabs do
 * not mix. Tab ids do not survive a browser restart, so the most recent run is also kept as "last": a
 * tab without a run of its own adopts it when the tab it belonged to no longer exists (the browser was
 * restarted, or the tab was closed), which is how a helper picks up tomorrow where they stopped.
 * A run tied to a helper's session (a named resident) is never adopted: a new tab would otherwise
 * silently continue another resident's guide; the helper reopens it from the side panel, which links
 * the session to a tab explicitly.
 */
import type { RunRecord } from './progress-port';

export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key stored (for clear-all); an area without it cannot be cleared by prefix. */
  keys?(): Promise<string[]>;
}

interface LastRun {
  tabId: number;
  record: RunRecord;
}

export interface RunStore {
  load(tabId: number): Promise<RunRecord | null>;
  save(tabId: number, record: RunRecord): Promise<void>;
  clear(tabId: number): Promise<void>;
  /** The tab was closed: its own key goes, "last" stays for adoption. */
  forgetTab(tabId: number): Promise<void>;
  /** "Xóa toàn bộ dữ liệu": every tab's run and "last" go, from storage and from the memory copy. */
  clearAll(): Promise<void>;
  /** Every stored run with the tab it was kept for, open or closed ("last" included): lib/tabs asks about them. */
  stored(): Promise<Array<{ tabId: number; record: RunRecord }>>;
}

/** Each tab's key; the side panel reads it to show the step list of the guide running beside it. */
export const RUN_TAB_PREFIX = 'run:tab:';
export const tabKey = (tabId: number): string => `${RUN_TAB_PREFIX}${tabId}`;
const LAST_KEY = 'run:last';

export function isRunRecord(value: unknown): value is RunRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<RunRecord>;
  return typeof r.guideId === 'string' && typeof r.stepIndex === 'number' && Array.isArray(r.completed);
}

function isLastRun(value: unknown): value is LastRun {
  return typeof value === 'object' && value !== null && typeof (value as LastRun).tabId === 'number' && isRunRecord((value as LastRun).record);
}

/**
 * A write-through copy of the per-tab keys in memory. Every portal page load asks for its tab's run, and
 * answering from memory while the service worker lives takes a storage round trip off the time to the
 * first highlight. Only the run store writes `run:tab:*`, so the copy cannot go stale; "run:last" (read
 * only when a tab has no run of its own) always goes to storage. A restarted worker starts empty.
 */
function cachedTabKeys(area: KeyValueArea): KeyValueArea & { inMemory(key: string): boolean } {
  const memory = new Map<string, unknown>();
  const cacheable = (key: string): boolean => key.startsWith('run:tab:');
  return {
    inMemory: (key) => memory.has(key),
    async get(key) {
      if (memory.has(key)) return memory.get(key);
      const value = await area.get(key);
      if (cacheable(key)) memory.set(key, value);
      return value;
    },
    async set(key, value) {
      await area.set(key, value);
      if (cacheable(key)) memory.set(key, value);
    },
    async remove(key) {
      await area.remove(key);
      memory.delete(key);
    },
    async keys() {
      memory.clear();
      return (await area.keys?.()) ?? [];
    },
  };
}

export function createRunStore(storage: KeyValueArea, tabExists: (tabId: number) => Promise<boolean>): RunStore {
  const area = cachedTabKeys(storage);
  return {
    async load(tabId) {
      // Not known yet (a new tab, a restarted worker): both read at once, one storage wait instead of two.
      const known = area.inMemory(tabKey(tabId));
      const [own, lastEarly] = await Promise.all([area.get(tabKey(tabId)), known ? null : area.get(LAST_KEY)]);
      if (isRunRecord(own)) return own;
      const last = known ? await area.get(LAST_KEY) : lastEarly;
      if (!isLastRun(last) || last.tabId === tabId || last.record.sessionId !== undefined) return null;
      if (await tabExists(last.tabId)) return null;
      await Promise.all([area.set(tabKey(tabId), last.record), area.set(LAST_KEY, { tabId, record: last.record } satisfies LastRun)]);
      return last.record;
    },
    async save(tabId, record) {
      await Promise.all([area.set(tabKey(tabId), record), area.set(LAST_KEY, { tabId, record } satisfies LastRun)]);
    },
    async clear(tabId) {
      await area.remove(tabKey(tabId));
      const last = await area.get(LAST_KEY);
      if (isLastRun(last) && last.tabId === tabId) await area.remove(LAST_KEY);
    },
    async forgetTab(tabId) {
      await area.remove(tabKey(tabId));
    },
    async clearAll() {
      const keys = await area.keys!();
      await Promise.all(keys.filter((key) => key.startsWith('run:')).map((key) => area.remove(key)));
    },
    async stored() {
      const keys = (await storage.keys?.()) ?? [];
      const out: Array<{ tabId: number; record: RunRecord }> = [];
      for (const key of keys.filter((k) => k.startsWith(RUN_TAB_PREFIX))) {
        const record = await area.get(key);
        const tabId = Number(key.slice(RUN_TAB_PREFIX.length));
        if (isRunRecord(record) && Number.isInteger(tabId)) out.push({ tabId, record });
      }
      const last = await area.get(LAST_KEY);
      if (isLastRun(last) && !out.some((r) => r.tabId === last.tabId)) out.push(last);
      return out;
    },

  };
}
