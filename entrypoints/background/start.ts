/**
 * The background owns the data: tab runs in extension storage and (workspace) the checklist database in
 * the extension's origin. It routes typed messages and opens the workspace from the toolbar button.
 */
import { browser } from 'wxt/browser';
import { isOverlayRequest } from '../../lib/overlay/messages';
import { createRunStore } from '../../lib/overlay/run-store';
import { handleOverlayRequest } from './overlay-router';

export function startBackground(): void {
  const area = browser.storage.local;
  const runs = createRunStore(
    {
      get: async (key) => (await area.get(key))[key],
      set: (key, value) => area.set({ [key]: value }),
      remove: (key) => area.remove(key),
    },
    async (tabId) => {
      try {
        await browser.tabs.get(tabId);
        return true;
      } catch {
        return false;
      }
    },
  );

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isOverlayRequest(message)) return handleOverlayRequest(runs, message, sender);
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void runs.forgetTab(tabId);
  });
}
