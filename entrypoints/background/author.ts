/** Author mode in the background: drafts and the failure log in the extension's database (lib/author). */
import { browser, type Browser } from 'wxt/browser';
import { createAuthorHandler, type AuthorRequest, type AuthorResponse, type AuthorSender } from '../../lib/author/protocol';
import { createAuthorStore } from '../../lib/author/store';
import { senderKind, type Self } from '../../lib/messaging/who-may-ask';
import type { KeyValueArea, RunStore } from '../../lib/overlay/run-store';
import type { Guide } from '../../lib/guide/schema';
import { AUTHOR_ENABLED_KEY, isAuthorEnabled } from '../../lib/author/settings';
import { createDraftPlays, memoryArea } from '../../lib/author/draft-plays';

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** The browser's session storage (outlives the worker, not the browser); memory where there is none. */
function sessionArea(): KeyValueArea {
  const session = browser.storage.session;
  if (!session) return memoryArea();
  return {
    get: async (key) => (await session.get(key))[key],
    set: (key, value) => session.set({ [key]: value }),
    remove: (key) => session.remove(key),
  };
}

export function startAuthor(runs: RunStore, area: KeyValueArea, getGuides: () => Promise<readonly Guide[]>): (message: AuthorRequest, sender: Browser.runtime.MessageSender, self: Self) => Promise<AuthorResponse> | undefined {
  const plays = createDraftPlays(sessionArea());
  browser.tabs.onRemoved.addListener((tabId) => {
    plays.forgetTab(tabId).catch(() => undefined);
  });
  const handle = createAuthorHandler({
    store: createAuthorStore(indexedDB),
    runningGuideOf: async (tabId) => (await runs.load(tabId))?.guideId,
    userAgent: navigator.userAgent,
    extensionVersion: manifestVersion(),
    now: () => Date.now(),
    getGuide: async (id) => (await getGuides()).find((g) => g.id === id),
    authorEnabled: async () => isAuthorEnabled(await area.get(AUTHOR_ENABLED_KEY)),
    plays,
  });
  return (message, sender, self) => {
    const kind = senderKind(sender, self);
    const url = sender.url ?? sender.tab?.url;
    let from: AuthorSender | undefined;
    if (kind === 'extension-page') from = { kind: 'extension' };
    else if (kind === 'portal-tab' && sender.tab?.id !== undefined && url) from = { kind: 'tab', tabId: sender.tab.id, url };
    return from ? handle(message, from) : undefined;
  };
}
