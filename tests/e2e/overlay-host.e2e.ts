/**
 * The page cannot take the overlay away: a portal page that defines `<dvc-guide-overlay>` itself, or
 * replaces document.body (as single-page apps do), leaves the guide on screen.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser, useSandbox } from './support/harness';
import { KHAI_SINH_URL } from './pages/overlay';

// Each test works in a tab of its own: one browser serves both.
const ext = useExtensionBrowser(useSandbox(), { fresh: 'file' });

const HOST = 'dvc-guide-overlay, [data-dvc-guide-overlay]';

describe('the overlay stays on a hostile page', () => {
  it('comes up in its own host when the page defined <dvc-guide-overlay> to hide itself', async () => {
    const page = await ext.browser.newPage();
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

  it('tells the page nothing: no window message from the overlay while it starts and shows a step', async () => {
    const page = await ext.browser.newPage();
    // The page's own listener, as a portal script would have one.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = seen;
      window.addEventListener('message', (e) => seen.push(e.data));
    });
    await page.goto(KHAI_SINH_URL);
    const host = page.locator(HOST);
    await host.getByRole('button', { name: /^Bắt đầu/ }).click();
    await expect.poll(() => host.getByRole('dialog').getByText(/^Bước \d+\/\d+$/).textContent()).toMatch(/^Bước 1\//);
    // A message the page posts itself arrives: the listener works, and nothing came before it.
    await page.evaluate(() => window.postMessage('page-own', '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual(['page-own']);
  });

  it('comes back, on the same step, when the page replaces document.body', async () => {
    const { page } = await ext.openPortal(KHAI_SINH_URL);
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

  it("the launcher speaks in our font, the card's, not the page's", async () => {
    const { page } = await ext.openPortal(KHAI_SINH_URL);
    await page.addStyleTag({ content: 'html,body,*{font-family:"Courier New",monospace!important;font-size:11px!important}' });
    const host = page.locator(HOST);
    await host.getByRole('button', { name: /^Bắt đầu/ }).click();
    const card = host.getByRole('dialog');
    const cardFont = await card.evaluate((el) => getComputedStyle(el).fontFamily);
    await page.keyboard.press('Escape');
    const launcher = host.getByRole('button', { name: /^Mở lại hướng dẫn/ });
    await launcher.waitFor();
    const font = await launcher.evaluate((el) => [getComputedStyle(el).fontFamily, getComputedStyle(el).fontSize]);
    expect(cardFont).not.toMatch(/Courier/);
    expect(font).toEqual([cardFont, '16px']);
  });
});
