/**
 * The page cannot take the overlay away: a portal page that defines `<dvc-guide-overlay>` itself, or
 * replaces document.body (as single-page apps do), leaves the guide on screen.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { KHAI_SINH_URL } from './pages/overlay';

let server: SandboxServer;
let browser: ExtensionBrowser | null = null;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await browser?.close();
  browser = null;
});

const HOST = 'dvc-guide-overlay, [data-dvc-guide-overlay]';

describe('the overlay stays on a hostile page', () => {
  it('comes up in its own host when the page defined <dvc-guide-overlay> to hide itself', async () => {
    browser = await launchWithExtension({ port: server.port });
    const page = await browser.newPage();
    await page.addInitScript(() => {
      customElements.define(
        'dvc-guide-overlay',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' });
          }
          connectedCallback(): void {
            this.remove();
          }
        },
      );
    });
    await page.goto(KHAI_SINH_URL);
    const host = page.locator(HOST);
    await host.getByRole('button', { name: /^Bắt đầu/ }).click();
    await expect.poll(() => host.getByRole('dialog').getByText(/^Bước \d+\/\d+$/).textContent()).toMatch(/^Bước 1\//);
  });

  it('comes back, on the same step, when the page replaces document.body', async () => {
    browser = await launchWithExtension({ port: server.port });
    const page = await browser.newPage();
    await page.goto(KHAI_SINH_URL);
    const host = page.locator(HOST);
    await host.getByRole('button', { name: /^Bắt đầu/ }).click();
    const counter = host.getByRole('dialog').getByText(/^Bước \d+\/\d+$/);
    const before = await counter.textContent();
    await page.evaluate(() => {
      const body = document.createElement('body');
      for (const child of Array.from(document.body.children)) {
        if (!child.matches('dvc-guide-overlay, [data-dvc-guide-overlay]')) body.append(child);
      }
      document.body = body;
    });
    await expect.poll(() => page.evaluate(() => document.body.querySelector('dvc-guide-overlay, [data-dvc-guide-overlay]') !== null)).toBe(true);
    expect(await counter.textContent()).toBe(before);
  });
});
