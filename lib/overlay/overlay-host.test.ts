// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createOverlayHost, keepOverlayAttached } from './overlay-host';
import { OVERLAY_MARK } from '../engine/accessible-name';

/** MutationObserver callbacks run as microtasks: let them. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('the overlay host', () => {
  it('comes back when the page removes it or replaces document.body, with its contents', async () => {
    const start = createOverlayHost(document);
    start.shadow.append(document.createTextNode('Bước 3/12'));
    const kept = keepOverlayAttached(document, start);
    expect(start.host.parentNode).toBe(document.body);
    start.host.remove();
    await settle();
    expect(start.host.parentNode).toBe(document.body);
    const newBody = document.createElement('body');
    newBody.append(document.createElement('main'));
    document.documentElement.replaceChild(newBody, document.body);
    await settle();
    expect(kept.current().host.parentNode).toBe(newBody);
    expect(kept.current().shadow.textContent).toBe('Bước 3/12');
    // And again on the new body.
    kept.current().host.remove();
    await settle();
    expect(kept.current().host.parentNode).toBe(newBody);
    kept.stop();
    kept.current().host.remove();
    await settle();
    expect(kept.current().host.isConnected).toBe(false);
  });

  it('does not live in a <dvc-guide-overlay> the page defined itself', () => {
    class PageOwned extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    }
    customElements.define('dvc-guide-overlay', PageOwned);
    const made = createOverlayHost(document);
    expect(made.host.localName).toBe('div');
    expect(made.host.hasAttribute(OVERLAY_MARK)).toBe(true);
    expect(made.shadow.mode).toBe('open');
  });
});
