/** lib/tabs' TabPort with the browser's tabs and windows API: the only tab code the background keeps. */
import { browser, type Browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '../../lib/engine/hosts';
import type { OverlayChanged } from '../../lib/overlay/messages';
import type { TabInfo, TabPort } from '../../lib/tabs/tab-port';

/** A closed tab or window is not an error: what was saved stays saved. */
function ignore(): void {}

function info(tab: Browser.tabs.Tab): TabInfo | undefined {
  if (tab.id === undefined) return undefined;
  return { id: tab.id, active: tab.active, ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}) };
}

export function createBrowserTabPort(): TabPort {
  return {
    async portalTabs() {
      try {
        // The url filter works with host permissions alone (no "tabs" permission needed).
        return (await browser.tabs.query({ url: PORTAL_MATCHES })).flatMap((t) => info(t) ?? []);
      } catch {
        return [];
      }
    },
    async exists(tabId) {
      try {
        await browser.tabs.get(tabId);
        return true;
      } catch {
        return false;
      }
    },
    async open(url) {
      const tab = info(await browser.tabs.create({ url, active: true }));
      if (!tab) throw new Error('no tab id');
      return tab;
    },
    async focus(tab) {
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(ignore);
    },
    notify(tabId, record) {
      browser.tabs.sendMessage(tabId, { type: 'overlay:changed', record } satisfies OverlayChanged).catch(ignore);
    },
  };
}
