/**
 * The one start-up every e2e file shares: the local sandbox (optionally behind the https front), the built
 * extension in Chromium, and page objects opened on it. Each `use…()` registers its own vitest hooks, so a
 * file says what it needs in one line and everything it started is closed in afterAll / afterEach, even
 * when a test fails half-way.
 *
 * A browser costs about two seconds to start on this machine; `useExtensionBrowser({ fresh: 'file' })`
 * starts one for the whole file (tests that each open their own tab and need no empty profile), and
 * `fresh: 'test'` one per test (tests that need an empty database or extension storage).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandboxServer, type SandboxServer } from '../../../scripts/lib/sandbox-server';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startTlsFront, type TlsFront } from '../../../scripts/lib/tls-front';
import { KHAI_SINH_URL, OverlayPage } from '../pages/overlay';
import { SidePanelPage } from '../pages/sidepanel';

export interface Sandbox {
  readonly server: SandboxServer;
  /** The port the browser maps the portal's host names to (the https front's when `tls`). */
  readonly port: number;
  readonly tls: boolean;
}

/** The sandbox server for the whole file; with `tls`, the portal's https addresses answer too. */
export function useSandbox(opts: { tls?: boolean } = {}): Sandbox {
  let server: SandboxServer | null = null;
  let front: TlsFront | null = null;
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0 });
    if (opts.tls) front = await startTlsFront(server.port);
  });
  afterAll(async () => {
    await front?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useSandbox(): the server starts in beforeAll');
      return server;
    },
    get port() {
      return front ? front.port : this.server.port;
    },
    tls: opts.tls === true,
  };
}

export interface LaunchOptions {
  profileDir?: string;
  language?: 'vi' | 'en' | null;
}

export interface ExtensionSession {
  /** The browser of the current test (or file); launched on first use. */
  readonly browser: ExtensionBrowser;
  /** Starts the browser now (closing the one before, e.g. to reopen the same profile as after a restart). */
  launch(opts?: LaunchOptions): Promise<ExtensionBrowser>;
  /** A new tab on a portal page, with the overlay's page object (the offer is not awaited). */
  openPortal(url?: string, opts?: { viewport?: { width: number; height: number } }): Promise<OverlayPage>;
  /** The side panel in a tab; `helper` switches to helper mode in Vietnamese and waits for the workspace. */
  openSidePanel(opts?: { helper?: boolean }): Promise<SidePanelPage>;
}

/**
 * The built extension in Chromium on the sandbox. `fresh: 'test'` (default) gives each test an empty
 * profile; `fresh: 'file'` shares one browser between the file's tests.
 */
export function useExtensionBrowser(sandbox: Sandbox, opts: { fresh?: 'test' | 'file' } & LaunchOptions = {}): ExtensionSession {
  let current: ExtensionBrowser | null = null;
  const close = async (): Promise<void> => {
    const b = current;
    current = null;
    await b?.close();
  };
  const launch = async (over: LaunchOptions = {}): Promise<ExtensionBrowser> => {
    await close();
    const { fresh: _fresh, ...defaults } = opts;
    current = await launchWithExtension({ port: sandbox.port, acceptSelfSigned: sandbox.tls, ...defaults, ...over });
    return current;
  };
  const browser = async (): Promise<ExtensionBrowser> => current ?? launch();
  if (opts.fresh === 'file') {
    beforeAll(async () => {
      await launch();
    });
    afterAll(close);
  } else {
    afterEach(close);
    afterAll(close);
  }
  const newPage = async (): Promise<Page> => (await browser()).newPage();
  return {
    get browser() {
      if (!current) throw new Error('useExtensionBrowser(): call launch() or open a page first');
      return current;
    },
    launch,
    async openPortal(url = KHAI_SINH_URL, o = {}) {
      const page = await newPage();
      if (o.viewport) await page.setViewportSize(o.viewport);
      await page.goto(url);
      return new OverlayPage(page);
    },
    async openSidePanel(o = {}) {
      const b = await browser();
      const page = await b.newPage();
      await page.goto(SidePanelPage.url(b.extensionId));
      if (o.helper) {
        await page.evaluate(() =>
          (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'prefs:mode': 'helper', 'prefs:workspace-lang': 'vi' }),
        );
        await page.reload();
        await page.getByRole('button', { name: 'Phiên mới', exact: true }).waitFor();
      }
      return new SidePanelPage(page);
    },
  };
}
