/**
 * The portal overlay in the built Chrome extension, in real headless Chromium, on the sandbox served at
 * the portal's real host names (the manifest's real match patterns decide where it runs).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { launchWithExtension, makeProfileDir, type ExtensionBrowser } from './support/chromium';
import { hasSharedPortal, SHARED_PORTAL } from './support/paths';
import { KHAI_SINH_URL, OverlayPage, SandboxFlow, tabTo } from './pages/overlay';

let server: SandboxServer;
let browser: ExtensionBrowser | null = null;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await browser?.close();
  browser = null;
});

async function openKhaiSinh(profileDir?: string): Promise<{ page: Page; overlay: OverlayPage }> {
  browser = await launchWithExtension({ port: server.port, ...(profileDir ? { profileDir } : {}) });
  const page = await browser.newPage();
  await page.goto(KHAI_SINH_URL);
  return { page, overlay: new OverlayPage(page) };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Go to the "Nộp hồ sơ" step using the keyboard only: focus the card, Tab to "Đã xong bước này", Enter. */
async function keyboardNextUntil(page: Page, overlay: OverlayPage, titleIncludes: string): Promise<void> {
  for (let i = 0; i < 5 && !(await overlay.title()).includes(titleIncludes); i++) {
    const before = (await overlay.position()).n;
    await overlay.focusByShortcut();
    await tabTo(page, 'Đã xong bước này');
    await page.keyboard.press('Enter');
    await overlay.waitForStep(before + 1);
  }
}

describe('portal overlay', () => {
  it('offers the khai sinh guide, and points at "Nộp hồ sơ" without covering it', async () => {
    const { page, overlay } = await openKhaiSinh();
    await overlay.startButton.waitFor();
    expect(await overlay.startButton.textContent()).toMatch(/^Bắt đầu/);
    await overlay.start();
    expect(await overlay.position()).toEqual({ n: 1, m: 12 });

    await keyboardNextUntil(page, overlay, 'Nộp hồ sơ');
    const button = page.getByRole('button', { name: 'Nộp hồ sơ', exact: true });
    await expect.poll(() => button.getAttribute('data-dvc-target')).toBe('bam-nop-ho-so');
    await expect.poll(() => button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    })).toBe(true);
    // Let the card settle beside the target, then compare the boxes as a person sees them.
    await page.waitForTimeout(300);
    const cardBox = await overlay.card.boundingBox();
    const targetBox = await button.boundingBox();
    expect(cardBox && targetBox).toBeTruthy();
    expect(overlaps(cardBox!, targetBox!)).toBe(false);

    // A person scrolls the page: the ring stays on the button (the card skips only the late event of the
    // scroll that brought the button into view, components/overlay/FloatingCard.tsx).
    const ring = overlay.host.locator('.dvc-spotlight');
    const ringToButton = async (): Promise<string> => {
      const [r, b] = [await ring.boundingBox(), await button.boundingBox()];
      return r && b ? `${Math.round(b.x - r.x)},${Math.round(b.y - r.y)}` : 'no box';
    };
    const aligned = await ringToButton();
    const scrolled = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, before > 60 ? -60 : 60);
      return scrollY - before;
    });
    expect(Math.abs(scrolled)).toBeGreaterThan(0);
    await expect.poll(ringToButton).toBe(aligned);
    expect(browser!.errors).toEqual([]);
  });

  it('follows the whole sandbox flow on its done conditions, across hosts, to "Gửi hồ sơ thành công"', async () => {
    const { page, overlay } = await openKhaiSinh();
    const flow = new SandboxFlow(page);
    await overlay.start();
    // Step 1 (papers to prepare) is read and confirmed.
    await overlay.next.click();
    await overlay.waitForStep(2);

    await flow.chooseAgency();
    await flow.submitEntry();
    // The agency cards appearing completes "choose the agency" and "Nộp hồ sơ" together.
    await overlay.waitForStep(4);
    const ubndButton = page.locator('div.grid', { hasText: 'Cơ quan thực hiện: UBND' }).getByRole('button', { name: 'Nộp trực tuyến' });
    await expect.poll(() => ubndButton.getAttribute('data-dvc-target')).toBe('nop-truc-tuyen');
    await flow.chooseUbndCard();
    await overlay.waitForStep(5);
    await flow.confirmGeneralInfo();

    // Now on the login host: the same tab's run continues there.
    await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
    await overlay.waitForStep(6);
    await flow.logInWithVneid();

    await page.waitForURL(/dichvucongnganhtuphap\.moj\.gov\.vn/);
    await overlay.waitForStep(7);
    await flow.ownerStep();
    await overlay.waitForStep(8);
    await flow.declarationStep();
    await overlay.waitForStep(9);
    await flow.attachmentStep();
    await overlay.waitForStep(10);
    await overlay.next.click();
    await overlay.waitForStep(11);
    await flow.submit();
    // The portal's own message (the card may quote the same words, so take the page's, first in order).
    await page.getByText('Gửi hồ sơ thành công').first().waitFor();
    await overlay.waitForStep(12);
    expect(await overlay.title()).toMatch(/hồ sơ/i);

    // Back and Next from the keyboard alone.
    await overlay.focusByShortcut();
    await tabTo(page, 'Bước trước');
    await page.keyboard.press('Enter');
    await overlay.waitForStep(11);
    await overlay.waitForTitleFocus();
    await tabTo(page, 'Đã xong bước này');
    await page.keyboard.press('Enter');
    await overlay.waitForStep(12);
    expect(browser!.errors).toEqual([]);
  });

  it('still finds its targets when the page loses its classes and gains wrappers; says so when a target is gone', async () => {
    const { page, overlay } = await openKhaiSinh();
    await overlay.startButton.waitFor();
    // A portal rebuild: generated class names disappear and the markup gets deeper.
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('[class]'))) {
        if (el.closest('dvc-guide-overlay')) continue;
        el.removeAttribute('class');
      }
      for (const button of Array.from(document.querySelectorAll('button'))) {
        const outer = document.createElement('div');
        const inner = document.createElement('span');
        button.replaceWith(outer);
        outer.append(inner);
        inner.append(button);
      }
    });
    await overlay.start();
    await overlay.next.click();
    await overlay.waitForStep(2);
    await expect.poll(() => page.locator('[data-dvc-target="chon-co-quan"]').count()).toBe(1);
    await overlay.next.click();
    await overlay.waitForStep(3);
    const button = page.getByRole('button', { name: 'Nộp hồ sơ', exact: true });
    await expect.poll(() => button.getAttribute('data-dvc-target')).toBe('bam-nop-ho-so');

    // The portal re-renders without the button: the card says so at once and keeps the step's text.
    await button.evaluate((el) => el.remove());
    await overlay.notFound.waitFor({ timeout: 6000 });
    expect(await overlay.notFound.textContent()).toContain('Nộp hồ sơ');
    expect(await overlay.title()).toContain('Nộp hồ sơ');
    await expect.poll(() => overlay.next.isEnabled()).toBe(true);
    expect(browser!.errors).toEqual([]);
  });

  it('shows the not-found notice within the wait when a step\'s target never appears', async () => {
    const { page, overlay } = await openKhaiSinh();
    await overlay.startButton.waitFor();
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).evaluate((el) => el.remove());
    await overlay.start();
    await overlay.next.click();
    await overlay.next.click();
    await overlay.waitForStep(3);
    const started = Date.now();
    await overlay.notFound.waitFor({ timeout: 8000 });
    // The wait is 4 s; allow for a slow machine but not for a hang.
    expect(Date.now() - started).toBeLessThan(7000);
    expect(browser!.errors).toEqual([]);
  });

  it('resumes at the same step after reload, navigation and a browser restart', async () => {
    const profile = makeProfileDir();
    try {
      const { page, overlay } = await openKhaiSinh(profile.dir);
      await overlay.start();
      await overlay.next.click();
      await overlay.next.click();
      await overlay.waitForStep(3);

      await page.reload();
      await overlay.waitForStep(3);

      await page.goto('http://dichvucong.gov.vn/thanh-toan-truc-tuyen');
      await overlay.card.waitFor();
      await page.goto(KHAI_SINH_URL);
      await overlay.waitForStep(3);
      await page.waitForTimeout(500); // let the last save land before the browser goes away
      await browser!.close();
      browser = null;

      const again = await openKhaiSinh(profile.dir);
      await again.overlay.waitForStep(3);
      expect(await again.overlay.title()).toContain('Nộp hồ sơ');
      expect(browser!.errors).toEqual([]);
    } finally {
      profile.remove();
    }
  });

  it('stays off other hosts, and has no axe violations (WCAG 2.1 A/AA) in the offer and the card', async () => {
    browser = await launchWithExtension({ port: server.port });
    const page = await browser.newPage();
    // Same server, a host the extension does not match: a decoy "Nộp hồ sơ" button must not get a panel.
    await page.goto(`http://localhost:${server.port}/other/`);
    await page.waitForTimeout(800);
    expect(await page.locator('dvc-guide-overlay').count()).toBe(0);

    await page.goto(KHAI_SINH_URL);
    const overlay = new OverlayPage(page);
    await overlay.startButton.waitFor();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    const offer = await new AxeBuilder({ page }).include('dvc-guide-overlay').withTags(tags).analyze();
    expect(offer.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await overlay.start();
    await overlay.next.click();
    await overlay.waitForStep(2);
    const card = await new AxeBuilder({ page }).include('dvc-guide-overlay').withTags(tags).analyze();
    expect(card.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

describe('on the real captured portal page', () => {
  it.runIf(hasSharedPortal())('finds the khai sinh guide\'s first target in the real DOM', async () => {
    const real = await startSandboxServer({ port: 0, realCaptures: true });
    try {
      browser = await launchWithExtension({ port: real.port });
      const page = await browser.newPage();
      await page.goto(KHAI_SINH_URL);
      const overlay = new OverlayPage(page);
      await overlay.start();
      await expect.poll(() => page.locator('[data-dvc-target="chuan-bi-giay-to"]').count(), { timeout: 6000 }).toBe(1);
      expect(await page.locator('[data-dvc-target]').first().textContent()).toContain('Thành phần hồ sơ');
      expect(await overlay.notFound.count()).toBe(0);
    } finally {
      await real.close();
    }
  });

  it.skipIf(hasSharedPortal())(`skipped: ${SHARED_PORTAL}/captures is absent, so the real-DOM check cannot run`, () => {});
});

describe('help at any step', () => {
  it('opens the hotline and the common problems from the card, and passes axe with it open', async () => {
    browser = await launchWithExtension({ port: server.port });
    const page = await browser.newPage();
    await page.goto(KHAI_SINH_URL);
    const overlay = new OverlayPage(page);
    await overlay.start();
    const toggle = overlay.card.getByRole('button', { name: 'Cần trợ giúp?' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => overlay.card.getByRole('link', { name: /1800 ?1096/ }).first().getAttribute('href')).toBe('tel:18001096');
    // The guide's own common problems, e.g. the one-time code that does not arrive.
    expect(await overlay.card.getByText(/OTP|mã xác nhận/i).count()).toBeGreaterThan(0);
    const result = await new AxeBuilder({ page }).include('dvc-guide-overlay').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
