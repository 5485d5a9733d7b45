/**
 * Which portal tab plays which draft. Kept in a key-value area (the browser's session storage in the
 * background), not in the service worker's memory: an MV3 worker stops after about 30 s idle, and a helper
 * who reloads the portal tab after a pause must still see the draft, not silently the published guide.
 * Session storage ends with the browser, as tab ids do.
 */
import type { KeyValueArea } from '../overlay/run-store';

export interface DraftPlays {
  get(tabId: number): Promise<string | undefined>;
  set(tabId: number, draftId: string): Promise<void>;
  /** The draft was deleted: no tab plays it any more. */
  forgetDraft(draftId: string): Promise<void>;
  /** The tab was closed. */
  forgetTab(tabId: number): Promise<void>;
}

const KEY = 'author:plays';

type PlayMap = Record<string, string>;

function asPlayMap(value: unknown): PlayMap {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function createDraftPlays(area: KeyValueArea): DraftPlays {
  // Changes run one after another: two messages at once must not each write back a map missing the other's.
  let queue: Promise<unknown> = Promise.resolve();
  const change = (edit: (map: PlayMap) => void): Promise<void> => {
    const next = queue.then(async () => {
      const map = asPlayMap(await area.get(KEY));
      edit(map);
      await area.set(KEY, map);
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    get: async (tabId) => {
      await queue;
      return asPlayMap(await area.get(KEY))[String(tabId)];
    },
    set: (tabId, draftId) =>
      change((map) => {
        map[String(tabId)] = draftId;
      }),
    forgetDraft: (draftId) =>
      change((map) => {
        for (const [tab, id] of Object.entries(map)) if (id === draftId) delete map[tab];
      }),
    forgetTab: (tabId) =>
      change((map) => {
        delete map[String(tabId)];
      }),
  };
}

/** For tests and for a browser without session storage: the same, in memory. */
export function memoryArea(): KeyValueArea {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, structuredClone(value));
    },
    remove: async (key) => {
      values.delete(key);
    },
  };
}
