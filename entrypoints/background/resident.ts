/**
 * The background's part for residents: the welcome page on first install (not on an update or a browser
 * restart), and "Mở trên Cổng Dịch vụ công" from the finder (lib/resident/open-guide.ts decides; this
 * file is the browser wiring).
 */
import { browser, type Browser } from 'wxt/browser';
import type { Guide } from '../../lib/guide/schema';
import type { RunStore } from '../../lib/overlay/run-store';
import { openGuideOnPortal } from '../../lib/resident/open-guide';
import { openWelcomeOnce } from '../../lib/resident/welcome';
import type { OpenGuideRequest, OpenGuideResponse } from '../../lib/resident/protocol';
import { createBrowserTabPort } from './tab-port';

export const WELCOME_PAGE = '/welcome.html' as const;

export function openWelcomeOnInstall(details: Browser.runtime.InstalledDetails): void {
  const area = browser.storage.local;
  openWelcomeOnce(details.reason, {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    open: async () => void (await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) })),
  }).catch((err: unknown) => console.warn('dvc-guide welcome:', err));
}

export function handleResidentRequest(
  deps: { runs: RunStore; getGuides: () => Promise<readonly Guide[]> },
  message: OpenGuideRequest,
): Promise<OpenGuideResponse> {
  const tabs = createBrowserTabPort();
  return openGuideOnPortal(
    {
      getGuides: deps.getGuides,
      createTab: async (url) => (await tabs.open(url)).id,
      saveRun: (tabId, record) => deps.runs.save(tabId, record),
      // A page that loaded before the run was stored shows the offer; this starts the guide there.
      notifyTab: (tabId, record) => tabs.notify(tabId, record),
      now: Date.now,
    },
    message.guideId,
  );
}
