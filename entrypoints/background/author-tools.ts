/**
 * Injects author mode's tools into the portal frame that asks (lib/author/tools-request.ts). The portal
 * content script stays small for the first highlight; a tab needs the tools only in author mode or while
 * it plays a draft. Only into the sender's own tab and frame, and only our own file.
 */
import { browser, type Browser } from 'wxt/browser';
import { AUTHOR_TOOLS_FILE } from '../../lib/author/tools-request';

export async function injectAuthorTools(sender: Browser.runtime.MessageSender): Promise<{ ok: boolean; error?: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'not from a tab' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [AUTHOR_TOOLS_FILE] });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
