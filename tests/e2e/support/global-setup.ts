import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXT, CHROME_PATH, WIDGET_DIR } from './paths';

// Fail once, early and clearly, instead of every test timing out on a missing build or browser.
export default function setup(): void {
  const missing: string[] = [];
  if (!existsSync(path.join(CHROME_EXT, 'manifest.json'))) missing.push(`${CHROME_EXT} (run npm run build)`);
  if (!existsSync(path.join(WIDGET_DIR, 'dvc-guide.js'))) missing.push(`${WIDGET_DIR}/dvc-guide.js (run npm run build)`);
  if (!existsSync(CHROME_PATH)) missing.push(`${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH)`);
  if (missing.length > 0) {
    throw new Error(`e2e cannot start, missing:\n  ${missing.join('\n  ')}`);
  }
}
