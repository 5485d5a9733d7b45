/** Answers the portal overlay: its tab's run, kept by the run store. */
import type { Browser } from 'wxt/browser';
import type { OverlayRequest, OverlayResponse } from '../../lib/overlay/messages';
import { storableRun, type ResumeOffer, type RunRecord } from '../../lib/overlay/progress-port';
import type { RunStore } from '../../lib/overlay/run-store';

export interface OverlayHooks {
  /** A tab saved a run that belongs to a helper's session (the workspace marks its steps done). */
  onSessionRunSaved?: (tabId: number, record: RunRecord, previous: RunRecord | null) => Promise<void>;
  /** A session run this tab may continue (lib/tabs/session-tab-sync.ts); without the workspace, none. */
  resumable?: (tabId: number, guideIds: readonly string[]) => Promise<ResumeOffer | null>;
  adopt?: (tabId: number, sessionId: string) => Promise<RunRecord | null>;
}

export async function handleOverlayRequest(
  runs: RunStore,
  message: OverlayRequest,
  sender: Browser.runtime.MessageSender,
  hooks: OverlayHooks = {},
): Promise<OverlayResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'not from a tab' };
  try {
    switch (message.type) {
      case 'overlay:load':
        return { ok: true, record: await runs.load(tabId) };
      case 'overlay:save': {
        const hook = message.record.sessionId ? hooks.onSessionRunSaved : undefined;
        const previous = hook ? await runs.load(tabId) : null;
        await runs.save(tabId, storableRun(message.record));
        // The overlay's save succeeded; a failed session update must not turn it into an error.
        if (hook) await hook(tabId, message.record, previous).catch((err: unknown) => console.warn('dvc-guide session sync:', err));
        return { ok: true, record: message.record };
      }
      case 'overlay:clear':
        await runs.clear(tabId);
        return { ok: true, record: null };
      case 'overlay:resumable':
        if (!Array.isArray(message.guideIds) || !message.guideIds.every((id) => typeof id === 'string')) return { ok: false, error: 'bad guide ids' };
        return { ok: true, offer: (await hooks.resumable?.(tabId, message.guideIds)) ?? null };
      case 'overlay:adopt':
        if (typeof message.sessionId !== 'string') return { ok: false, error: 'bad session id' };
        return { ok: true, record: (await hooks.adopt?.(tabId, message.sessionId)) ?? null };
    }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
