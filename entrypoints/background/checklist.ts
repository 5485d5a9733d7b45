/**
 * The checklist database in the background (extension origin): routes checklist and workspace requests,
 * broadcasts every change to the extension pages and the portal tabs, and keeps a session and the
 * guide in its portal tab in step. The decisions live in lib/; this file is the browser wiring.
 */
import { browser, type Browser } from 'wxt/browser';
import { ChecklistError, type ChecklistErrorData } from '../../lib/checklist/errors';
import { handleChecklistMessage, isChecklistMessage, type ChecklistEvent, type ChecklistRequest } from '../../lib/checklist/protocol';
import { createChecklistStore, type ChecklistStore } from '../../lib/checklist/store';
import { PORTAL_MATCHES } from '../../lib/engine/hosts';
import type { Guide } from '../../lib/guide/schema';
import type { OverlayChanged } from '../../lib/overlay/messages';
import type { RunRecord } from '../../lib/overlay/progress-port';
import type { KeyValueArea, RunStore } from '../../lib/overlay/run-store';
import { clearTicks } from '../../lib/resident/finder-model';
import { msgOf } from '../../lib/workspace/msg';
import { isWorkspaceRequest, type WorkspaceRequest, type WorkspaceResponse } from '../../lib/workspace/protocol';
import { portalUrl, runFromSession, runMatches, sessionFromRun } from '../../lib/workspace/session-sync';
import { createSessionTabs, type SessionTabs } from '../../lib/workspace/session-tabs';

export interface ChecklistBackground {
  /** A runtime message: a promise of the answer, or undefined when the message is not ours. */
  handle(message: unknown): Promise<unknown> | undefined;
  /** Called by the overlay router after a tab saved its run; `previous` is the tab's record before. */
  onRunSaved(tabId: number, record: RunRecord, previous: RunRecord | null): Promise<void>;
  onTabRemoved(tabId: number): void;
}

/** An extension page or tab that is closed is not an error: the change is saved either way. */
function ignoreNoReceiver(): void {}

async function portalTabs(): Promise<Browser.tabs.Tab[]> {
  try {
    // The url filter works with host permissions alone (no "tabs" permission needed).
    return await browser.tabs.query({ url: PORTAL_MATCHES });
  } catch {
    return [];
  }
}

/**
 * To the extension pages only. Session events carry labels, notes and dossier codes, and a portal page's
 * renderer hears whatever its tab is sent; a portal tab learns of its own run through `overlay:changed`.
 */
function broadcast(event: ChecklistEvent): void {
  browser.runtime.sendMessage(event).catch(ignoreNoReceiver);
}

function notifyTab(tabId: number, record: RunRecord | null): void {
  const message: OverlayChanged = { type: 'overlay:changed', record };
  browser.tabs.sendMessage(tabId, message).catch(ignoreNoReceiver);
}

async function tabExists(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.get(tabId);
    return true;
  } catch {
    return false;
  }
}

function failure(code: ChecklistErrorData['code'], message: ChecklistErrorData['message'], detail?: string): WorkspaceResponse {
  return { ok: false, error: detail ? { code, message, detail } : { code, message } };
}

async function focusTab(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id !== undefined) await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(ignoreNoReceiver);
}

export function startChecklist(deps: {
  runs: RunStore;
  area: KeyValueArea;
  /** The guides in use (bundled, or newer from the town's catalog): a session follows the same copy as its tab. */
  getGuides: () => Promise<readonly Guide[]>;
  factory?: IDBFactory;
}): ChecklistBackground {
  const guideOf = async (id: string): Promise<Guide | undefined> => (await deps.getGuides()).find((g) => g.id === id);
  const store: ChecklistStore = createChecklistStore(deps.factory ?? indexedDB, {
    onVersionChange: (error: ChecklistError) => console.warn('dvc-guide checklist:', error.message),
  });
  const tabs: SessionTabs = createSessionTabs(deps.area);

  /** session → overlay: the tab running this session takes its done steps and current step. */
  async function pushToTab(event: ChecklistEvent): Promise<void> {
    if (event.type !== 'session:changed') return;
    const session = event.session;
    const tabId = await tabs.tabOf(session.id);
    const guide = await guideOf(session.guideId);
    if (tabId === undefined || !guide) return;
    if (!(await tabExists(tabId))) {
      await tabs.forgetTab(tabId);
      return;
    }
    const current = await deps.runs.load(tabId);
    if (current?.sessionId !== session.id) return;
    const wanted = runFromSession(guide, session, Date.now(), current);
    if (runMatches(current, wanted)) return;
    await deps.runs.save(tabId, wanted);
    notifyTab(tabId, wanted);
  }

  function emit(event: ChecklistEvent): void {
    broadcast(event);
    pushToTab(event).catch((err: unknown) => console.warn('dvc-guide sync:', err));
  }

  // Retention at every start of the background (browser start, extension update).
  store
    .applyRetention()
    .then((removed) => {
      if (removed > 0) emit({ type: 'sessions:purged', removed });
    })
    .catch((err: unknown) => console.warn('dvc-guide retention:', err));

  async function openSession(sessionId: string): Promise<WorkspaceResponse> {
    const session = await store.get(sessionId);
    if (!session) return failure('not-found', new ChecklistError('not-found').messages);
    const guide = await guideOf(session.guideId);
    if (!guide) return failure('not-found', msgOf('ws.errNoGuide'), session.guideId);
    try {
      let tab: Browser.tabs.Tab | undefined;
      const linked = await tabs.tabOf(sessionId);
      const found = await portalTabs();
      tab = found.find((t) => t.id === linked) ?? found.find((t) => t.active) ?? found[0];
      let created = false;
      if (!tab) {
        const url = portalUrl(guide);
        if (!url) return failure('not-found', msgOf('ws.errNoPortalPage'), guide.id);
        tab = await browser.tabs.create({ url, active: true });
        created = true;
      }
      const tabId = tab.id;
      if (tabId === undefined) return failure('unknown', msgOf('ws.errTabs', { reason: 'no tab id' }));
      const previous = await deps.runs.load(tabId);
      const record = runFromSession(guide, session, Date.now(), previous);
      await deps.runs.save(tabId, record);
      await tabs.link(sessionId, tabId);
      // A new tab's overlay loads the saved record itself; an open one is told.
      if (!created) notifyTab(tabId, record);
      await focusTab(tab);
      return { ok: true, data: { tabId, created } };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return failure('unknown', msgOf('ws.errTabs', { reason }), reason);
    }
  }

  /** Clear means clear: the guide runs, session-tab links and finder ticks in extension storage go with the database. */
  async function clearRunsAndLinks(): Promise<void> {
    await Promise.all([deps.runs.clearAll(), tabs.clear(), clearTicks(deps.area)]);
    // An open overlay would save its run again at the next step: it is told the run is gone.
    for (const tab of await portalTabs()) if (tab.id !== undefined) notifyTab(tab.id, null);
  }

  async function handleWorkspace(message: WorkspaceRequest): Promise<WorkspaceResponse> {
    switch (message.type) {
      case 'workspace:open-session':
        return openSession(message.sessionId);
    }
  }

  return {
    handle(message) {
      if (isChecklistMessage(message)) {
        const answer = handleChecklistMessage(store, message as ChecklistRequest, { emit });
        return message.type === 'data:clear' ? answer.then(async (res) => (res.ok ? await clearRunsAndLinks().then(() => res) : res)) : answer;
      }
      if (isWorkspaceRequest(message)) return handleWorkspace(message);
      return undefined;
    },

    async onRunSaved(tabId, record, previous) {
      const sessionId = record.sessionId;
      if (!sessionId) return;
      await tabs.link(sessionId, tabId);
      const session = await store.get(sessionId).catch(() => undefined);
      if (!session) return;
      const now = Date.now();
      const guide = await guideOf(record.guideId);
      if (sessionFromRun(session, record, previous, now, guide) === session) return;
      // Through the dispatcher so the change is validated, stamped and broadcast like any other.
      const updated = await store.update(sessionId, (current) => sessionFromRun(current, record, previous, now, guide));
      emit({ type: 'session:changed', session: updated });
    },

    onTabRemoved(tabId) {
      void tabs.forgetTab(tabId);
    },
  };
}
