/** Answers the portal overlay: its tab's run, kept by the run store. */
import type { Browser } from 'wxt/browser';
import type { OverlayRequest, OverlayResponse } from '../../lib/overlay/messages';
import type { RunStore } from '../../lib/overlay/run-store';

export async function handleOverlayRequest(
  runs: RunStore,
  message: OverlayRequest,
  sender: Browser.runtime.MessageSender,
): Promise<OverlayResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'not from a tab' };
  try {
    switch (message.type) {
      case 'overlay:load':
        return { ok: true, record: await runs.load(tabId) };
      case 'overlay:save':
        await runs.save(tabId, message.record);
        return { ok: true, record: message.record };
      case 'overlay:clear':
        await runs.clear(tabId);
        return { ok: true, record: null };
    }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
