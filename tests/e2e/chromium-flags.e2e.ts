/**
 * The switches of support/chromium-flags.ts do what they say in the Chromium the tests run: the browser
 * builds no omnibox popup, and our `--disable-features` (the one Chromium reads, the last) keeps every
 * feature Playwright disabled with its own. Read from the browser process's command line in /proc, so a
 * Playwright upgrade that disables one more feature shows up here, not as a timing that drifted.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchHeadless } from './support/chromium-flags';

const marker = `--dvc-flags-check=${randomUUID()}`;
let browser: Browser;

/** The browser process's arguments (the one without --type=), found by the marker switch. */
function browserArguments(): string[] {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (args.includes(marker) && !args.some((a) => a.startsWith('--type='))) return args;
  }
  throw new Error('no browser process with the marker switch in /proc');
}

const featuresOf = (args: readonly string[]): string[][] =>
  args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(',').filter(Boolean));

beforeAll(async () => {
  browser = await launchHeadless(marker);
});
afterAll(async () => {
  await browser?.close();
});

describe('headless Chromium switches', () => {
  it.runIf(existsSync('/proc/self/cmdline'))('our --disable-features, the last, keeps every feature Playwright disables', () => {
    const lists = featuresOf(browserArguments());
    expect(lists.length, 'Playwright passes its own list and we pass ours').toBeGreaterThanOrEqual(2);
    const last = new Set(lists.at(-1));
    const dropped = lists.slice(0, -1).flat().filter((f) => !last.has(f));
    expect(dropped, 'add these to PLAYWRIGHT_DISABLED_FEATURES in tests/e2e/support/chromium-flags.ts').toEqual([]);
  });

  it('no omnibox popup is built beside the pages', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto('data:text/html,<title>x</title><h1>x</h1>');
    const cdp = await browser.newBrowserCDPSession();
    // Without the switch the popup's two documents are there well within this time (seen: under 1 s).
    await new Promise((r) => setTimeout(r, 1500));
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    expect(targetInfos.filter((t) => t.url.startsWith('chrome://omnibox-popup')).map((t) => t.url)).toEqual([]);
    expect(targetInfos.some((t) => t.type === 'page' && t.url.startsWith('data:')), 'the page itself is listed').toBe(true);
    await ctx.close();
  });
});
