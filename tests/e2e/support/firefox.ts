/**
 * The built Firefox MV3 extension in real headless Firefox ESR, driven over WebDriver BiDi with puppeteer-core
 * (there is no geckodriver here). Firefox has no --host-resolver-rules, so the sandbox server is Firefox's HTTP
 * proxy: it answers absolute-URL requests for the portal's real host names, and the manifest's real match
 * patterns decide where the overlay runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { FIREFOX_EXT, FIREFOX_PATH } from './paths';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on id Firefox installed (the gecko id from the manifest). */
  extensionId: string;
  /** Console errors and uncaught exceptions from every page opened with newPage(). */
  errors: string[];
  newPage(): Promise<Page>;
  /** A tab the extension opened itself (WebDriver may not navigate to extension pages), once it is there. */
  extensionPage(url: string, timeoutMs?: number): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Throws a message that says what to do. CI installs Firefox ESR (.ci/run), so a missing browser is a broken
 * machine, never a reason to skip.
 */
export function assertFirefoxReady(): void {
  const missing: string[] = [];
  if (!existsSync(FIREFOX_PATH)) missing.push(`${FIREFOX_PATH} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  if (!existsSync(path.join(FIREFOX_EXT, 'manifest.json'))) missing.push(`${FIREFOX_EXT} (run npm run build:firefox)`);
  if (missing.length > 0) throw new Error(`Firefox e2e cannot start, missing:\n  ${missing.join('\n  ')}`);
}

export function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    // MV3 host permissions from content_scripts are optional in Firefox until the person grants them;
    // this pref grants them at install, as a person clicking "Allow" would.
    'extensions.originControls.grantByDefault': true,
    // The sandbox speaks plain http; Firefox must not upgrade the portal URLs to https.
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    // Nothing in a test run may reach the network on its own.
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
  };
}

/** The add-on's id in the Firefox manifest (wxt.config.ts). */
export const FIREFOX_ADDON_ID = 'dvc-guide@town.example';

/**
 * Prefs that fix the add-on's moz-extension:// host (random per profile otherwise), so a test can open the
 * extension's own pages (the sidebar's page in a tab, as the Chrome tests open the side panel's).
 */
export function fixedExtensionHost(uuid: string): Record<string, unknown> {
  return { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: uuid }) };
}

export async function launchFirefoxWithExtension(opts: { proxyPort: number; prefs?: Record<string, unknown> }): Promise<FirefoxExtensionBrowser> {
  assertFirefoxReady();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    extraPrefsFirefox: { ...firefoxPrefs(opts.proxyPort), ...opts.prefs },
  });
  try {
    const extensionId = await browser.installExtension(FIREFOX_EXT);
    const errors: string[] = [];
    return {
      browser,
      extensionId,
      errors,
      async newPage() {
        const page = await browser.newPage();
        page.on('pageerror', (err: unknown) => errors.push(`pageerror ${page.url()}: ${err instanceof Error ? err.message : String(err)}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error') errors.push(`console ${page.url()}: ${msg.text()}`);
        });
        return page;
      },
      async extensionPage(url, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
          // page.url() of a tab the extension opened can still say about:blank; its own location is right.
          for (const p of await browser.pages()) {
            if ((await p.evaluate(() => location.href).catch(() => '')) === url) return p;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error(`the extension did not open ${url}; open tabs: ${(await browser.pages()).map((p) => p.url()).join(', ')}`);
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** A P-selector into the overlay's open shadow root (puppeteer's `>>>` deep combinator). */
export function inOverlay(selector: string): string {
  return `dvc-guide-overlay >>> ${selector}`;
}

/** An element whose whitespace-normalised text is exactly `text` (XPath: light DOM only, i.e. the portal page). */
export function byExactText(tag: string, text: string): string {
  return `::-p-xpath(//${tag}[normalize-space()=${JSON.stringify(text)}])`;
}

/** What the overlay shows right now, for failure messages: a timeout alone does not say what went wrong. */
export async function describeOverlay(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => {
      const hosts = document.querySelectorAll('dvc-guide-overlay');
      if (hosts.length === 0) return `no <dvc-guide-overlay> on ${location.href}`;
      const root = hosts[0]?.shadowRoot;
      const parts = Array.from(root?.children ?? []).filter((el) => el.tagName !== 'STYLE');
      return `${hosts.length} overlay(s) on ${location.href}: "${parts.map((el) => el.textContent ?? '').join(' ').trim().slice(0, 300)}"`;
    });
  } catch (err) {
    return `page not readable: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** Wait, then fail with the overlay's state attached. */
export async function withOverlayState<T>(page: Page, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`${what}: ${reason}\n  overlay: ${await describeOverlay(page)}`, { cause: err });
  }
}

export async function waitAndClick(page: Page, selector: string, timeout = 10_000): Promise<void> {
  await withOverlayState(page, `click ${selector}`, async () => {
    const handle = (await page.waitForSelector(selector, { visible: true, timeout })) as ElementHandle<Element>;
    await handle.click();
    await handle.dispose();
  });
}

/**
 * Wait until `fn(arg)` in the page returns a truthy value, and return it. For the extension's own pages:
 * Puppeteer's waitForFunction builds its check with `new Function` inside the page, which an extension
 * page's CSP refuses (Firefox 140.12 ESR reports "call to Function() blocked by CSP"); page.evaluate goes
 * through WebDriver BiDi's callFunction, which it allows.
 */
export async function waitInPage<A, R>(page: Page, fn: (arg: A) => R, arg: A, timeoutMs = 10_000): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Puppeteer's own types want handles for the argument; plain JSON values are what is passed here.
    const value = (await page.evaluate(fn as never, arg as never)) as R;
    if (value) return value as NonNullable<R>;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms in ${page.url()} for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
