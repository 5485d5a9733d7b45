import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_EXT = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = path.join(ROOT, '.output/firefox-mv3');
export const WIDGET_DIR = path.join(ROOT, '.output/widget');
export const SHARED_PORTAL = path.resolve(ROOT, '../shared/portal');

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function hasSharedPortal(): boolean {
  return existsSync(path.join(SHARED_PORTAL, 'captures'));
}
