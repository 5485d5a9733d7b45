/**
 * Runs at document_start on the portal hosts, before the page has loaded: asks the background for what
 * the first card needs (lib/overlay/early-answers.ts), so the answers travel while the page loads and
 * the overlay (portal.content, at document_idle) finds them in. Kept tiny on purpose: it runs on every
 * portal page load, ahead of the page's own scripts.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../lib/engine/hosts';
import { askEarly } from '../lib/overlay/early-answers';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_start',
  // As portal.content: nothing posted to the page's window.
  noScriptStartedPostMessage: true,
  main() {
    performance.mark('dvc-guide:early');
    askEarly(globalThis as unknown as Record<string, unknown>, {
      // The manifest runs this on the portal's own hosts only (not a practice host), where the address the
      // guides are matched against is the page's own (lib/practice/hosts.ts guideAddress).
      href: location.href,
      now: () => performance.now(),
      send: (message) => browser.runtime.sendMessage(message) as Promise<unknown>,
      listen(onMessage) {
        const listener = (message: unknown): undefined => {
          onMessage(message);
          return undefined;
        };
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      },
    });
  },
});
