import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import { PORTAL_HOSTS } from '../../../lib/engine/hosts';
import { LANG_KEY } from '../../../lib/workspace/lang-pref';
import { CHROME_EXT, CHROME_PATH } from './paths';
import { HEADLESS_ARGS } from './chromium-flags';
import { FinderPage } from '../pages/finder';

export interface ExtensionBrowser {
  ctx: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Console errors and uncaught exceptions from every page and the service worker. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The extension's service worker. It can register between a look at serviceWorkers() and the start of
 * waitForEvent (then the event is missed), so look again every 100 ms while waiting for the event.
 */
async function extensionWorker(ctx: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  const event = ctx.waitForEvent('serviceworker', { timeout: timeoutMs }).catch(() => null);
  while (Date.now() < deadline) {
    const found = ctx.serviceWorkers()[0];
    if (found) return found;
    const fired = await Promise.race([event, new Promise<null>((r) => setTimeout(() => r(null), 100))]);
    if (fired) return fired;
  }
  throw new Error('the extension service worker did not start (is .output/chrome-mv3 built?)');
}

/**
 * On a new profile the background opens the welcome page in a new, active tab (first install,
 * lib/resident/welcome.ts), a moment after the browser starts. A test's tab opened before it goes to the
 * background, where Chromium draws it about once a second: every click there then waits seconds for the
 * page to hold still (3 launches in 8 here, and a test of 6 s took 47 s). So a launch on a new profile
 * returns once that tab is open; a test's own tabs come after it, in front.
 */
export async function welcomeOpened(ctx: BrowserContext, extensionId: string, timeoutMs = 10_000): Promise<void> {
  const url = FinderPage.welcomeUrl(extensionId);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (ctx.pages().some((p) => p.url() === url)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the welcome page did not open on a new profile');
}

/** A fresh profile folder; pass the same one to two launches to test a browser restart. */
export function makeProfileDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-guide-profile-'));
  // Chromium may still be writing into the profile for a moment after close(): retry instead of ENOTEMPTY.
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }) };
}

export function hostResolverRules(port: number): string {
  return PORTAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}

/**
 * The built Chrome MV3 extension in real headless Chromium, with the portal's real host names mapped to the
 * local sandbox so the manifest's real match patterns are what decides where the overlay runs.
 */
export async function launchWithExtension(opts: {
  port: number;
  profileDir?: string;
  /** The portal's https addresses are served by a local front with a self-signed certificate (scripts/lib/tls-front.ts). */
  acceptSelfSigned?: boolean;
  /** Chromium's host-resolver rules, when other hosts than the portal's go to the local server (a practice domain). */
  hostRules?: string;
  /**
   * The language the person chose, saved at launch unless one is saved already (default 'vi'). Debian's
   * Chromium ships only the en-US interface, and the extension speaks the browser's language until one is
   * chosen; this stands in for a Vietnamese browser. null: nothing saved, the browser's language applies.
   */
  language?: 'vi' | 'en' | null;
}): Promise<ExtensionBrowser> {
  const ownProfile = opts.profileDir ? null : makeProfileDir();
  const newProfile = !opts.profileDir || readdirSync(opts.profileDir).length === 0;
  const ctx = await chromium.launchPersistentContext(opts.profileDir ?? ownProfile!.dir, {
    executablePath: CHROME_PATH,
    headless: true,
    viewport: { width: 1280, height: 720 },
    ignoreHTTPSErrors: opts.acceptSelfSigned === true,
    args: [
      `--disable-extensions-except=${CHROME_EXT}`,
      `--load-extension=${CHROME_EXT}`,
      ...HEADLESS_ARGS,
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-quic',
      `--host-resolver-rules=${opts.hostRules ?? hostResolverRules(opts.port)}`,
      ...(opts.acceptSelfSigned ? ['--ignore-certificate-errors'] : []),
    ],
  });
  const errors: string[] = [];
  const watchPage = (page: Page): void => {
    page.on('pageerror', (err) => errors.push(`pageerror ${page.url()}: ${err.message}`));
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error') errors.push(`console ${page.url()}: ${msg.text()}`);
    });
  };
  ctx.pages().forEach(watchPage);
  ctx.on('page', watchPage);
  const worker = await extensionWorker(ctx);
  worker.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`worker: ${msg.text()}`);
  });
  const extensionId = new URL(worker.url()).host;
  if (newProfile) await welcomeOpened(ctx, extensionId);
  const language = opts.language === undefined ? 'vi' : opts.language;
  if (language) {
    await worker.evaluate(async ([key, lang]) => {
      const area = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      if ((await area.get(key))[key] === undefined) await area.set({ [key]: lang });
    }, [LANG_KEY, language] as const);
  }
  return {
    ctx,
    extensionId,
    worker,
    errors,
    newPage: () => ctx.newPage(),
    close: async () => {
      await ctx.close();
      ownProfile?.remove();
    },
  };
}
