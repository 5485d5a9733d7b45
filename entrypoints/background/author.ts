/** Author mode in the background: drafts and the failure log in the extension's database (lib/author). */
import { browser, type Browser } from 'wxt/browser';
import { createAuthorHandler, type AuthorRequest, type AuthorResponse, type AuthorSender } from '../../lib/author/protocol';
import { createAuthorStore } from '../../lib/author/store';
import type { RunStore } from '../../lib/overlay/run-store';

export function startAuthor(runs: RunStore): (message: AuthorRequest, sender: Browser.runtime.MessageSender) => Promise<AuthorResponse> | undefined {
  const handle = createAuthorHandler({
    store: createAuthorStore(indexedDB),
    runningGuideOf: async (tabId) => (await runs.load(tabId))?.guideId,
    userAgent: navigator.userAgent,
    extensionVersion: browser.runtime.getManifest().version,
    now: () => Date.now(),
  });
  const origin = browser.runtime.getURL('/');
  return (message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    let from: AuthorSender | undefined;
    if (sender.url?.startsWith(origin)) from = { kind: 'extension' };
    else if (sender.tab?.id !== undefined && (sender.url ?? sender.tab.url)) from = { kind: 'tab', tabId: sender.tab.id, url: (sender.url ?? sender.tab.url) as string };
    return from ? handle(message, from) : undefined;
  };
}
