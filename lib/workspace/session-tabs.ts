/**
 * Which portal tab runs which session's guide. Kept in extension storage (passed in), because the
 * background worker is stopped and restarted by the browser and must still find the tab afterwards.
 */
import type { KeyValueArea } from '../overlay/run-store';

const KEY = 'workspace:session-tabs';

export interface SessionTabs {
  tabOf(sessionId: string): Promise<number | undefined>;
  link(sessionId: string, tabId: number): Promise<void>;
  /** The tab closed or now runs something else. */
  forgetTab(tabId: number): Promise<void>;
  /** "Xóa toàn bộ dữ liệu": no link between a session and a tab is left. */
  clear(): Promise<void>;
}

function read(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null) return {};
  const out: Record<string, number> = {};
  for (const [key, tab] of Object.entries(value)) if (typeof tab === 'number') out[key] = tab;
  return out;
}

export function createSessionTabs(area: KeyValueArea): SessionTabs {
  return {
    async tabOf(sessionId) {
      return read(await area.get(KEY))[sessionId];
    },
    async link(sessionId, tabId) {
      const map = read(await area.get(KEY));
      // One tab runs one guide: a tab that moves to another session leaves its old one.
      for (const [id, tab] of Object.entries(map)) if (tab === tabId) delete map[id];
      map[sessionId] = tabId;
      await area.set(KEY, map);
    },
    async forgetTab(tabId) {
      const map = read(await area.get(KEY));
      let changed = false;
      for (const [id, tab] of Object.entries(map)) {
        if (tab === tabId) {
          delete map[id];
          changed = true;
        }
      }
      if (changed) await area.set(KEY, map);
    },
    clear: () => area.remove(KEY),
  };
}
