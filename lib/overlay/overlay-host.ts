/**
 * The element the overlay lives in, and keeping it on the page. The page shares the DOM with us: it can
 * define `<dvc-guide-overlay>` itself (its constructor and callbacks then run on our host), and a
 * single-page app may replace `document.body` or remove nodes it does not know. Neither may end the
 * guide: a page-defined tag gives way to a plain `<div>` host (no custom element is ever registered
 * by us, and a page cannot define `div`), and a removed host is put back with its shadow root intact.
 */
import { OVERLAY_MARK, OVERLAY_TAG } from '../engine/accessible-name';

export interface OverlayHost {
  /** The element currently on the page (it may change, see `keepOverlayAttached`). */
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
}

/** The page defined our tag name: its code would run on our host. */
function takenByPage(el: Element): boolean {
  try {
    return el.matches(':defined');
  } catch {
    return false;
  }
}

function plainHost(doc: Document): OverlayHost {
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_MARK, '');
  return { host, shadow: host.attachShadow({ mode: 'open' }) };
}

/** `<dvc-guide-overlay>` with an open shadow root, or a marked `<div>` when the page took the name. */
export function createOverlayHost(doc: Document): OverlayHost {
  let named: HTMLElement;
  try {
    named = doc.createElement(OVERLAY_TAG);
  } catch {
    // A page-defined constructor that throws.
    return plainHost(doc);
  }
  if (takenByPage(named) || named.shadowRoot) return plainHost(doc);
  try {
    return { host: named, shadow: named.attachShadow({ mode: 'open' }) };
  } catch {
    return plainHost(doc);
  }
}

/**
 * Appends the host to the body and puts it back whenever it leaves: removed, the body replaced, or the
 * page defining our tag name later (then the contents move into a plain host). Returns a stop function
 * and the current host.
 */
export function keepOverlayAttached(doc: Document, start: OverlayHost): { current(): OverlayHost; stop(): void } {
  let current = start;
  const win = doc.defaultView;
  let observedBody: HTMLElement | null = null;
  let stopped = false;

  function attach(): void {
    if (stopped) return;
    if (current.host.localName === OVERLAY_TAG && takenByPage(current.host)) {
      const next = plainHost(doc);
      next.shadow.append(...Array.from(current.shadow.childNodes));
      current.host.remove();
      current = next;
    }
    const body = doc.body;
    if (body && current.host.parentNode !== body) body.append(current.host);
    if (body && body !== observedBody && observer) {
      observedBody = body;
      observer.observe(body, { childList: true });
    }
  }

  const observer = win ? new win.MutationObserver(() => attach()) : null;
  observer?.observe(doc.documentElement, { childList: true });
  attach();
  return {
    current: () => current,
    stop() {
      stopped = true;
      observer?.disconnect();
    },
  };
}
