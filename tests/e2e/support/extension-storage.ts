/** Preferences written straight into the extension's storage before a test opens its pages. */
import type { ExtensionBrowser } from './chromium';

type ChromeLike = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };

export async function setExtensionStorage(ext: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate((values) => (globalThis as unknown as ChromeLike).chrome.storage.local.set(values), items);
}

/** The side panel in helper mode (the workspace with its tabs) and in Vietnamese, as a helper set it up. */
export function helperMode(ext: ExtensionBrowser, more: Record<string, unknown> = {}): Promise<void> {
  return setExtensionStorage(ext, { 'prefs:mode': 'helper', 'prefs:workspace-lang': 'vi', ...more });
}
