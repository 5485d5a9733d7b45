/**
 * A helper's session and its portal tab: opening the session's guide in a tab, passing a session's change
 * to that tab, and a new tab's question "continue this session's run?". The decisions are in
 * ./decisions.ts; the browser is behind the TabPort, the stores are passed in, so all of it runs in unit
 * tests without browser globals.
 */
import type { Session } from '../checklist/model';
import type { Guide } from '../guide/schema';
import type { ResumeOffer, RunRecord } from '../overlay/progress-port';
import type { RunStore } from '../overlay/run-store';
import type { SessionTabs } from '../workspace/session-tabs';
import { portalUrl, runFromSession, runMatches } from '../workspace/session-sync';
import { continuedRun, resumeCandidates, tabForSession, tabRunsSession } from './decisions';
import type { TabPort } from './tab-port';

export interface SessionTabDeps {
  port: TabPort;
  runs: RunStore;
  links: SessionTabs;
  getSession(sessionId: string): Promise<Session | undefined>;
  guideOf(guideId: string): Promise<Guide | undefined>;
  now(): number;
}

type OpenResult = { ok: true; tabId: number; created: boolean } | { ok: false; reason: 'no-portal-page' | 'no-tab-id' };

export interface SessionTabSync {
  /** "Mở trên cổng" from the side panel: the session's guide at its step, in a portal tab brought to the front. */
  open(session: Session, guide: Guide): Promise<OpenResult>;
  /** The session changed (side panel): its tab, if it still runs that session, takes the done steps and step. */
  push(session: Session): Promise<void>;
  /** A tab without a run, on a page of these guides: the session run it may continue (it asks first). */
  resumable(tabId: number, pageGuideIds: readonly string[]): Promise<ResumeOffer | null>;
  /** The helper chose "Tiếp tục": the tab takes that session's run and is linked to the session. */
  adopt(tabId: number, sessionId: string): Promise<RunRecord | null>;
}

export function createSessionTabSync(deps: SessionTabDeps): SessionTabSync {
  const { port, runs, links } = deps;

  /**
   * The session runs this tab may continue, each as the run the tab would take: the session's own steps
   * (the side panel may have ticked some after the tab closed) on the run's route. Recomputed for
   * `adopt`: a tab can only take what it could have been offered.
   */
  async function candidates(tabId: number, guideIds: readonly string[]): Promise<Array<{ session: Session; record: RunRecord }>> {
    const found = [];
    for (const run of resumeCandidates(await runs.stored(), tabId, guideIds)) {
      const session = await deps.getSession(run.record.sessionId!).catch(() => undefined);
      if (!session || session.guideId !== run.record.guideId) continue;
      const guide = await deps.guideOf(session.guideId);
      const now = deps.now();
      found.push({ session, record: continuedRun(guide ? runFromSession(guide, session, now, run.record) : run.record, now) });
    }
    return found;
  }

  return {
    async open(session, guide) {
      const found = await port.portalTabs();
      let tab = tabForSession(await links.tabOf(session.id), found);
      let created = false;
      if (!tab) {
        const url = portalUrl(guide);
        if (!url) return { ok: false, reason: 'no-portal-page' };
        tab = await port.open(url);
        created = true;
      }
      if (!Number.isInteger(tab.id)) return { ok: false, reason: 'no-tab-id' };
      const previous = await runs.load(tab.id);
      const record = runFromSession(guide, session, deps.now(), previous);
      await runs.save(tab.id, record);
      await links.link(session.id, tab.id);
      // A new tab's overlay loads the saved record itself; an open one is told.
      if (!created) port.notify(tab.id, record);
      await port.focus(tab);
      return { ok: true, tabId: tab.id, created };
    },

    async push(session) {
      const tabId = await links.tabOf(session.id);
      const guide = await deps.guideOf(session.guideId);
      if (tabId === undefined || !guide) return;
      if (!(await port.exists(tabId))) {
        await links.forgetTab(tabId);
        return;
      }
      const current = await runs.load(tabId);
      if (!tabRunsSession(current, session.id)) return;
      const wanted = runFromSession(guide, session, deps.now(), current);
      if (runMatches(current, wanted)) return;
      await runs.save(tabId, wanted);
      port.notify(tabId, wanted);
    },

    async resumable(tabId, pageGuideIds) {
      if (await runs.load(tabId)) return null;
      const [first] = await candidates(tabId, pageGuideIds);
      if (!first) return null;
      const { record } = first;
      return {
        sessionId: first.session.id,
        sessionStartedAt: first.session.createdAt,
        guideId: record.guideId,
        stepIndex: record.stepIndex,
        ...(record.routes ? { routes: record.routes } : {}),
      };
    },

    async adopt(tabId, sessionId) {
      const stored = await runs.stored();
      const guideIds = stored.filter((r) => r.record.sessionId === sessionId).map((r) => r.record.guideId);
      const chosen = (await candidates(tabId, guideIds)).find((c) => c.session.id === sessionId);
      if (!chosen) return null;
      const { record } = chosen;
      await runs.save(tabId, record);
      await links.link(sessionId, tabId);
      return record;
    },
  };
}
