/**
 * The background's decisions about tabs, as pure functions: which tab a session's guide goes to, which
 * session's run a new tab may be asked to continue, and what that tab's run becomes. No browser here;
 * lib/tabs/session-tab-sync.ts applies them through the TabPort.
 */
import type { RunRecord } from '../overlay/progress-port';
import type { TabInfo } from './tab-port';

/** Where "Mở trên cổng" from a session goes: its own tab, else the portal tab in front, else any portal tab; none: open one. */
export function tabForSession(linkedTabId: number | undefined, portalTabs: readonly TabInfo[]): TabInfo | undefined {
  return portalTabs.find((t) => t.id === linkedTabId) ?? portalTabs.find((t) => t.active) ?? portalTabs[0];
}

/** A stored run and the tab it was kept for (that tab may be closed by now). */
export interface StoredRun {
  tabId: number;
  record: RunRecord;
}

/**
 * The runs a tab without a run of its own may be asked to continue: runs of a helper's session (another
 * tab's, or a closed tab's) for one of the guides of the tab's page, the most recent first, one per
 * session. Never silently adopted: the tab asks first (lib/overlay/overlay-model.ts `resume`).
 */
export function resumeCandidates(runs: readonly StoredRun[], tabId: number, pageGuideIds: readonly string[]): StoredRun[] {
  const guides = new Set(pageGuideIds);
  const seen = new Set<string>();
  const out: StoredRun[] = [];
  const sorted = runs.filter((r) => r.tabId !== tabId && r.record.sessionId !== undefined && guides.has(r.record.guideId));
  sorted.sort((a, b) => b.record.updatedAt - a.record.updatedAt);
  for (const run of sorted) {
    const id = run.record.sessionId!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(run);
  }
  return out;
}

/**
 * The run a tab takes when the helper continues a session there: the same place, shown afresh (the step
 * was shown on another tab's page, so its URL conditions start counting from this tab's page).
 */
export function continuedRun(record: RunRecord, now: number): RunRecord {
  const { shownAt: _shownAt, shownFound: _shownFound, minimised: _minimised, ...rest } = record;
  return { ...rest, updatedAt: now };
}

/** A session's change reaches its tab only when that tab still runs that session's guide. */
export function tabRunsSession(current: RunRecord | null, sessionId: string): boolean {
  return current?.sessionId === sessionId;
}
