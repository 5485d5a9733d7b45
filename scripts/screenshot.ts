/**
 * Makes the README's screenshot from the demo: the town page with the widget, and the portal sandbox with
 * the overlay pointing at "Nộp hồ sơ", side by side in docs/screenshot.png. Needs `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startSandboxServer } from './lib/sandbox-server';
import { launchWithExtension } from '../tests/e2e/support/chromium';
import { KHAI_SINH_URL, OverlayPage } from '../tests/e2e/pages/overlay';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshot.png');

async function main(): Promise<void> {
  const server = await startSandboxServer({ port: 0 });
  const browser = await launchWithExtension({ port: server.port });
  try {
    const town = await browser.newPage();
    await town.setViewportSize({ width: 900, height: 760 });
    await town.goto(`http://localhost:${server.port}/`);
    await town.locator('dvc-guide').first().getByRole('heading').first().waitFor();
    const left = await town.screenshot();

    const portal = await browser.newPage();
    await portal.setViewportSize({ width: 1100, height: 760 });
    await portal.goto(KHAI_SINH_URL);
    const overlay = new OverlayPage(portal);
    await overlay.start();
    await overlay.next.click();
    await overlay.next.click();
    await overlay.waitForStep(3);
    await portal.waitForTimeout(400);
    const right = await portal.screenshot();

    const sheet = await browser.newPage();
    await sheet.setViewportSize({ width: 2000, height: 800 });
    const img = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
    await sheet.setContent(
      `<body style="margin:0;padding:20px;background:#e8e8e8;display:flex;gap:20px;align-items:flex-start">` +
        `<img src="${img(left)}" width="900" height="760"><img src="${img(right)}" width="1100" height="760"></body>`,
    );
    await sheet.screenshot({ path: OUT, fullPage: true });
    console.log(`${path.relative(ROOT, OUT)} (${(await readFile(OUT)).length} bytes)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
