/**
 * What the background's tab decisions need from the browser, and nothing more. The background implements
 * it with the tabs and windows API (entrypoints/background/tab-port.ts); unit tests pass a plain object.
 */
import type { RunRecord } from '../overlay/progress-port';

/** A browser tab as the decisions see it. */
export interface TabInfo {
  id: number;
  windowId?: number;
  active: boolean;
}

export interface TabPort {
  /** The open portal tabs (any window), in the browser's order. */
  portalTabs(): Promise<TabInfo[]>;
  /** Whether the tab is still open. */
  exists(tabId: number): Promise<boolean>;
  /** Opens a tab at `url`, in front. */
  open(url: string): Promise<TabInfo>;
  /** Brings the tab and its window to the front. */
  focus(tab: TabInfo): Promise<void>;
  /** Tells the tab's overlay that its run changed (null: no run any more). A closed tab is not an error. */
  notify(tabId: number, record: RunRecord | null): void;
}
