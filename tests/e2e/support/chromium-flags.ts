/**
 * Switches every headless Chromium of the tests and the bench is launched with.
 *
 * Why: Chromium 156 builds the omnibox popup's WebUI (chrome://omnibox-popup.top-chrome/ and its
 * omnibox_popup_aim.html) in a renderer of its own as soon as a browser window exists, even headless,
 * where no omnibox is ever shown. That is about a second of CPU per launch, spent while the first page
 * loads: on two cores it made the phone profile ~1.5× slower and noisy enough to decide which side won
 * (a single file against the folder, 1.22× one way, 0.93× the other), and every e2e file paid it.
 *
 * Chromium reads only the last `--disable-features` it is given, and Playwright passes its own list first;
 * a second list replaces it. So this one repeats Playwright's defaults (playwright-core 1.65.1,
 * chromiumSwitches: PaintHolding among them, which decides when a first paint happens) and adds ours.
 * tests/e2e/chromium-flags.e2e.ts fails when the list drops one of Playwright's or the popup comes back.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROME_PATH } from './paths';

/** Disabled by Playwright by default; repeated because our switch replaces theirs. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // Edge's own; meaningless to Chromium, kept so the list stays Playwright's.
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/** The omnibox popup's two WebUI documents (each feature keeps one of them from being built). */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

export const DISABLE_FEATURES_SWITCH = `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`;

/** What every launch starts with: no GPU (none here) and no browser UI nobody sees. */
export const HEADLESS_ARGS: readonly string[] = ['--disable-gpu', DISABLE_FEATURES_SWITCH];

/**
 * Headless Chromium (the Debian binary, CHROME_PATH) with {@link HEADLESS_ARGS} and `extra`: every plain
 * browser of the tests and the bench starts here, so none goes without the switches.
 */
export function launchHeadless(...extra: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...HEADLESS_ARGS, ...extra] });
}
