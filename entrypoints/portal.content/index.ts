// First: marks the moment the content script starts (evaluation order follows import order).
import './script-start';
// Second: asks the background for what the first highlight needs while the rest is evaluated.
import './early';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../../lib/engine/hosts';
import { mountOverlay } from './mount';

// The portal hosts only (contract: no overlay anywhere else). The SPA renders late, so idle is early enough.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  // A newer copy of this script still stops an older one (WXT's document event, and mount.tsx's own
  // instance key); the extra window.postMessage would tell the portal's scripts we are here, and it cost
  // ~5 ms of CPU before the first highlight.
  noScriptStartedPostMessage: true,
  main: (ctx) => mountOverlay(ctx),
});
