/**
 * Makes the README's screenshot from the demo: the town page with the widget, and the portal sandbox with
 * the overlay pointing at "Nộp hồ sơ", side by side in docs/screenshot.png; and the card on three khai
 * sinh steps at 1280×800 (issue 10's closing note: the card hides nothing the step is about):
 * docs/overlay-step-4.png, docs/overlay-step-8.png, docs/overlay-step-mot-trang.png. Needs `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startSandboxServer } from './lib/sandbox-server';
import { launchWithExtension } from '../tests/e2e/support/chromium';
import type { Page } from 'playwright-core';
import { KHAI_SINH_URL, OverlayPage, SandboxFlow } from '../tests/e2e/pages/overlay';
import { cardSettled } from '../tests/e2e/pages/overlap';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshot.png');
const CARD_SIZE = { width: 1280, height: 800 } as const;

/** The page once the card has settled in its place (no sleep), saved under docs/. */
async function shot(page: Page, name: string): Promise<void> {
  await cardSettled(page, CARD_SIZE);
  const file = path.join(ROOT, 'docs', name);
  await page.screenshot({ path: file });
  console.log(`${path.relative(ROOT, file)} (${(await readFile(file)).length} bytes)`);
}

/** Steps 4 and 8 of the Ministry of Justice wizard, and the one-page form's step after the upload. */
async function overlaySteps(port: number): Promise<void> {
  for (const route of ['wizard', 'mot-trang'] as const) {
    const browser = await launchWithExtension({ port });
    try {
      const page = await browser.newPage();
      await page.setViewportSize(CARD_SIZE);
      await page.goto(route === 'wizard' ? KHAI_SINH_URL : `${KHAI_SINH_URL}?nop=mot-trang`);
      const overlay = new OverlayPage(page);
      const flow = new SandboxFlow(page);
      await overlay.start();
      await flow.chooseAgency();
      await flow.submitEntry();
      if (route === 'wizard') {
        await overlay.waitForStep(4);
        await shot(page, 'overlay-step-4.png');
        await flow.chooseUbndCard();
        await flow.confirmGeneralInfo();
        await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
        await flow.logInWithVneid();
        await page.waitForURL(/dichvucongnganhtuphap\.moj\.gov\.vn/);
        await flow.ownerStep();
        await overlay.waitForStep(8);
        await shot(page, 'overlay-step-8.png');
      } else {
        await flow.chooseUbndCard();
        await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
        await flow.logInWithVneid();
        await page.waitForURL(/dichvucong\.gov\.vn\/nop-ho-so/);
        await page.getByLabel('Họ, chữ đệm, tên của trẻ').fill('Nguyễn Văn An');
        await page.getByLabel('Ngày, tháng, năm sinh').fill('01/11/2026');
        await page.getByLabel('Nơi sinh').fill('Bệnh viện Sản Nhi Nghệ An');
        await page.getByLabel('Họ, chữ đệm, tên người mẹ').fill('Trần Thị Bình');
        const chooser = page.waitForEvent('filechooser');
        await page.locator('tr[data-doc=giayChungSinh] button[title="Tải lên file"]').click();
        await (await chooser).setFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 sandbox') });
        await overlay.card.getByRole('heading', { name: /hình thức nhận kết quả/i }).waitFor();
        await shot(page, 'overlay-step-mot-trang.png');
      }
    } finally {
      await browser.close();
    }
  }
}

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
    await cardSettled(portal, { width: 1100, height: 760 });
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
  }
  try {
    await overlaySteps(server.port);
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
