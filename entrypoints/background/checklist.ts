/**
 * The checklist database in the background (extension origin): routes checklist and workspace requests,
 * broadcasts every change to the extension pages and the portal tabs, and keeps a session and the
 * guide in its portal tab in step. The side panel reads and edits sessions in the same database itself
 * (lib/workspace/direct-store.ts) and reports each write with 'session:written', which lands here. The decisions live in lib/; this file is the browser wiring.
 */
import { browser } from 'wxt/browser';
import { ChecklistError, type ChecklistErrorData } from '../../lib/checklist/errors';
import { handleChecklistMessage, isChecklistMessage, type ChecklistEvent, type ChecklistRequest } from '../../lib/checklist/protocol';
import { createChecklistStore, type ChecklistStore } from '../../lib/checklist/store';
import type { Guide } from '../../lib/guide/schema';
import type { RunRecord } from '../../lib/overlay/progress-port';
import type { KeyValueArea, RunStore } from '../../lib/overlay/run-store';
import { clearTicks } from '../../lib/resident/finder-model';
import { isSessionWritten } from '../../lib/workspace/direct-store';
import { msgOf } from '../../lib/workspace/msg';
import { isWorkspaceRequest, type WorkspaceRequest, type WorkspaceResponse } from '../../lib/workspace/protocol';
import { sessionFromRun } from '../../lib/workspace/session-sync';
import { createSessionTabSync, type SessionTabSync } from '../../lib/tabs/session-tab-sync';
import type { TabPort } from '../../lib/tabs/tab-port';
import { createBrowserTabPort } from './tab-port';
import { createSessionTabs, type SessionTabs } from '../../lib/workspace/session-tabs';

export interface ChecklistBackground {
  /** A runtime message: a promise of the answer, or undefined when the message is not ours. */
  handle(message: unknown): Promise<unknown> | undefined;
  /** Called by the overlay router after a tab saved its run; `previous` is the tab's record before. */
  onRunSaved(tabId: number, record: RunRecord, previous: RunRecord | null): Promise<void>;
  onTabRemoved(tabId: number): void;
  /** A new tab's question "continue this session?" (lib/tabs/session-tab-sync.ts). */
  resumable: SessionTabSync['resumable'];
  adopt: SessionTabSync['adopt'];
}

/** An extension page that is closed is not an error: the change is saved either way. */
function ignoreNoReceiver(): void {}

/**
 * To the extension pages only. Session events carry labels, notes and dossier codes, and a portal page's
 * renderer hears whatever its tab is sent; a portal tab learns of its own run through `overlay:changed`.
 */
function broadcast(event: ChecklistEvent): void {
  browser.runtime.sendMessage(event).catch(ignoreNoReceiver);
}

function failure(code: ChecklistErrorData['code'], message: ChecklistErrorData['message'], detail?: string): WorkspaceResponse {
  return { ok: false, error: detail ? { code, message, detail } : { code, message } };
}

export function startChecklist(deps: {
  runs: RunStore;
  area: KeyValueArea;
  /** The guides in use (bundled, or newer from the town's catalog): a session follows the same copy as its tab. */
  getGuides: () => Promise<readonly Guide[]>;
  factory?: IDBFactory;
  tabPort?: TabPort;
}): ChecklistBackground {
  const guideOf = async (id: string): Promise<Guide | undefined> => (await deps.getGuides()).find((g) => g.id === id);
  const store: ChecklistStore = createChecklistStore(deps.factory ?? indexedDB, {
    onVersionChange: (error: ChecklistError) => console.warn('dvc-guide checklist:', error.message),
  });
  const tabs: SessionTabs = createSessionTabs(deps.area);
  const port = deps.tabPort ?? createBrowserTabPort();
  const sync = createSessionTabSync({ port, runs: deps.runs, links: tabs, getSession: (id) => store.get(id), guideOf, now: Date.now });

  function emit(event: ChecklistEvent): void {
    broadcast(event);
    // session → overlay: the tab running this session takes its done steps and current step.
    if (event.type === 'session:changed') sync.push(event.session).catch((err: unknown) => console.warn('dvc-guide sync:', err));
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
      const opened = await sync.open(session, guide);
      if (opened.ok) return { ok: true, data: { tabId: opened.tabId, created: opened.created } };
      return opened.reason === 'no-portal-page' ? failure('not-found', msgOf('ws.errNoPortalPage'), guide.id) : failure('unknown', msgOf('ws.errTabs', { reason: 'no tab id' }));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return failure('unknown', msgOf('ws.errTabs', { reason }), reason);
    }
  }

  /**
   * The side panel wrote a session itself (lib/workspace/direct-store.ts): read it back from the database,
   * the one truth, and pass it on like a change made here — to the portal tab running it and the other pages.
   */
  async function followWrite(sessionId: string): Promise<{ ok: true; data: null }> {
    const session = await store.get(sessionId).catch((err: unknown) => {
      console.warn('dvc-guide checklist:', err);
      return null;
    });
    if (session) emit({ type: 'session:changed', session });
    else if (session === undefined) emit({ type: 'session:removed', id: sessionId });
    return { ok: true, data: null };
  }

  /** Clear means clear: the guide runs, session-tab links and finder ticks in extension storage go with the database. */
  async function clearRunsAndLinks(): Promise<void> {
    await Promise.all([deps.runs.clearAll(), tabs.clear(), clearTicks(deps.area)]);
    // An open overlay would save its run again at the next step: it is told the run is gone.
    for (const tab of await port.portalTabs()) port.notify(tab.id, null);
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
      if (isSessionWritten(message)) return followWrite(message.id);
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
    resumable: (tabId, guideIds) => sync.resumable(tabId, guideIds),
    adopt: (tabId, sessionId) => sync.adopt(tabId, sessionId),
  };
}
