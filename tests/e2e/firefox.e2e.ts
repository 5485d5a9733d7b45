/**
 * The portal overlay in the built Firefox MV3 extension, in real headless Firefox ESR over WebDriver BiDi,
 * on the sandbox served at the portal's real host names (the sandbox is Firefox's HTTP proxy).
 * Missing Firefox fails here with what to install: CI installs it, so a skip would hide a broken machine.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { byExactText, inOverlay, launchFirefoxWithExtension, waitAndClick, withOverlayState, type FirefoxExtensionBrowser } from './support/firefox';
import { KHAI_SINH_URL } from './pages/overlay';

let server: SandboxServer;
let firefox: FirefoxExtensionBrowser;

// One browser for the file (launch is the slow part); each test gets its own tab. Tabs stay open until the
// end: a new tab adopts the run of a *closed* tab (the run store's resume-after-restart rule), which would
// carry one test's progress into the next.
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  firefox = await launchFirefoxWithExtension({ proxyPort: server.port });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});
afterEach(() => {
  firefox.errors.length = 0;
});

const START = inOverlay('button::-p-text(Bắt đầu)');
const CARD = inOverlay('[role=dialog]');
const NEXT = inOverlay('[role=dialog] button::-p-text(Đã xong bước này)');

/** The card as a person reads it: "Bước n/m" and the step title. Looks into the overlay's open shadow root. */
async function cardState(p: Page): Promise<{ n: number; m: number; title: string } | null> {
  return p.evaluate(() => {
    const card = document.querySelector('dvc-guide-overlay')?.shadowRoot?.querySelector('[role=dialog]');
    if (!card) return null;
    const counter = /Bước (\d+)\/(\d+)/.exec(card.textContent ?? '');
    if (!counter) return null;
    const heading = card.querySelector('h1, h2, h3, [role=heading]');
    return { n: Number(counter[1]), m: Number(counter[2]), title: (heading?.textContent ?? '').trim() };
  });
}

async function waitForStep(p: Page, n: number, timeout = 10_000): Promise<void> {
  await withOverlayState(p, `wait for "Bước ${n}/…"`, () => p.waitForFunction(
    (want: number) => {
      const card = document.querySelector('dvc-guide-overlay')?.shadowRoot?.querySelector('[role=dialog]');
      return new RegExp(`Bước ${want}/\\d+`).test(card?.textContent ?? '');
    },
    { timeout, polling: 100 },
    n,
  ));
}

async function targetOf(p: Page, selector: string): Promise<string | null> {
  const handle = await p.waitForSelector(selector, { timeout: 10_000 });
  if (!handle) return null;
  const value = await handle.evaluate((el) => el.getAttribute('data-dvc-target'));
  await handle.dispose();
  return value;
}

async function openKhaiSinh(): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(KHAI_SINH_URL);
  return page;
}

async function start(p: Page): Promise<void> {
  await waitAndClick(p, START);
  await p.waitForSelector(CARD, { visible: true, timeout: 10_000 });
  await waitForStep(p, 1);
}

async function nextUntil(p: Page, titleIncludes: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const state = await cardState(p);
    if (state?.title.includes(titleIncludes)) return;
    await waitAndClick(p, NEXT);
    await waitForStep(p, (state?.n ?? 0) + 1);
  }
  throw new Error(`no step titled "${titleIncludes}" within 5 steps`);
}

const SUBMIT_ENTRY = byExactText('button', 'Nộp hồ sơ');

describe('portal overlay in Firefox', () => {
  it('installs from the Firefox build with its gecko id', () => {
    expect(firefox.extensionId).toBe('dvc-guide@town.example');
  });

  it('offers the khai sinh guide, starts it, and marks "Nộp hồ sơ" as the step\'s target', async () => {
    const p = await openKhaiSinh();
    // The first page after launch also waits for the add-on's background to start.
    await withOverlayState(p, 'wait for the offer', () => p.waitForSelector(START, { visible: true, timeout: 15_000 }));
    await start(p);
    expect(await cardState(p)).toMatchObject({ n: 1, m: 12 });

    await nextUntil(p, 'Nộp hồ sơ');
    await p.waitForFunction(
      () => Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === 'Nộp hồ sơ' && b.getAttribute('data-dvc-target') === 'bam-nop-ho-so'),
      { timeout: 10_000, polling: 100 },
    );
    expect(await targetOf(p, SUBMIT_ENTRY)).toBe('bam-nop-ho-so');
    expect(firefox.errors).toEqual([]);
  });

  it('advances on the step\'s done condition: the agency cards appearing moves the card to step 4', async () => {
    const p = await openKhaiSinh();
    await start(p);
    await waitAndClick(p, NEXT);
    await waitForStep(p, 2);

    // As a resident does it: province, ward, then "Nộp hồ sơ" (the sandbox commits a choice on mousedown).
    await waitAndClick(p, 'button[aria-haspopup=listbox]::-p-text(Chọn Tỉnh/ Thành phố)');
    await waitAndClick(p, byExactText('ul[@role="listbox"]/li', 'Tỉnh Nghệ An'));
    await waitAndClick(p, 'button[aria-haspopup=listbox]::-p-text(Chọn Phường/ Xã)');
    await waitAndClick(p, byExactText('ul[@role="listbox"]/li', 'Phường Trường Vinh'));
    await waitAndClick(p, SUBMIT_ENTRY);

    await waitForStep(p, 4);
    const ubnd = '::-p-xpath(//div[contains(@class,"grid")][.//p[contains(., "Cơ quan thực hiện: UBND")]]//button[normalize-space()="Nộp trực tuyến"])';
    await p.waitForFunction(
      () => document.querySelector('[data-dvc-target="nop-truc-tuyen"]')?.closest('.grid')?.textContent?.includes('Cơ quan thực hiện: UBND') === true,
      { timeout: 10_000, polling: 100 },
    );
    expect(await targetOf(p, ubnd)).toBe('nop-truc-tuyen');
    expect(firefox.errors).toEqual([]);
  });

  it('resumes at the same step after a reload', async () => {
    const p = await openKhaiSinh();
    await start(p);
    await waitAndClick(p, NEXT);
    await waitForStep(p, 2);
    await waitAndClick(p, NEXT);
    await waitForStep(p, 3);
    // The save travels content script → background → storage; let it land before the page goes away.
    await new Promise((r) => setTimeout(r, 300));

    await p.reload();
    await waitForStep(p, 3);
    expect((await cardState(p))?.title).toContain('Nộp hồ sơ');
    expect(firefox.errors).toEqual([]);
  });

  it('stays off hosts the manifest does not match', async () => {
    const page = await firefox.newPage();
    // Same server through the proxy, a non-portal host with a decoy "Nộp hồ sơ" button.
    await page.goto(`http://localhost:${server.port}/other/`);
    await page.waitForSelector(SUBMIT_ENTRY, { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.$$eval('dvc-guide-overlay', (els) => els.length)).toBe(0);
  });
});
