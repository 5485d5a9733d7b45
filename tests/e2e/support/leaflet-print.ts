/**
 * Checks on a printed leaflet in real Chromium: the page as printed (print media), the PDF Chromium makes
 * of it, and the QR codes on it decoded back to addresses with a QR decoder (jsQR) from screenshots.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './paths';

export const LEAFLET = '[data-dvc-leaflet]';

/** Pages in a PDF made by Chromium: one `/Type /Page` dictionary each (`/Pages` is the tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * With print media: the text of the page outside the leaflet that would print (innerText leaves out what
 * is not rendered), and whether the leaflet itself shows.
 */
export async function printedOutsideLeaflet(page: Page): Promise<{ hostText: string; leafletShown: boolean }> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate((sel) => {
      const leaflet = document.querySelector(sel) as HTMLElement | null;
      return {
        hostText: document.body.innerText.trim(),
        leafletShown: !!leaflet && getComputedStyle(leaflet).display !== 'none' && leaflet.getBoundingClientRect().height > 100,
      };
    }, LEAFLET);
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/** Decodes every QR code of the leaflet (each screenshotted on its own, as printed). */
export async function decodeLeafletQrCodes(ctx: BrowserContext, page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const shots: string[] = [];
  try {
    const codes = page.locator(`${LEAFLET} svg.dvc-qr`);
    const n = await codes.count();
    for (let i = 0; i < n; i++) shots.push((await codes.nth(i).screenshot({ scale: 'device' })).toString('base64'));
  } finally {
    await page.emulateMedia({ media: null });
  }
  const decoder = await ctx.newPage();
  try {
    await decoder.setContent('<!doctype html><canvas></canvas>');
    await decoder.addScriptTag({ path: path.join(ROOT, 'node_modules/jsqr/dist/jsQR.js') });
    const out: string[] = [];
    for (const b64 of shots) {
      out.push(
        await decoder.evaluate(async (data) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const canvas = document.querySelector('canvas') as HTMLCanvasElement;
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const c2d = canvas.getContext('2d') as CanvasRenderingContext2D;
          c2d.drawImage(img, 0, 0);
          const pixels = c2d.getImageData(0, 0, canvas.width, canvas.height);
          const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
          return jsQR(pixels.data, pixels.width, pixels.height)?.data ?? '(not decoded)';
        }, b64),
      );
    }
    return out;
  } finally {
    await decoder.close();
  }
}
