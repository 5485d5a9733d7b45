/**
 * The overlay follows the person (issue 10): on each route of the khai sinh guide, a resident who presses
 * only the portal's own buttons (after "Bắt đầu") ends on the last step with every earlier step done;
 * going back on the portal moves the card back; a page that matches nothing moves nothing.
 * The sandbox opens the national one-page form after "Nộp trực tuyến" when the procedure page is opened
 * with ?nop=mot-trang, the Ministry of Justice wizard otherwise.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { walkedSteps } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';
import { useExtensionBrowser, useSandbox } from './support/harness';
import { readGuideFiles } from './pages/guide-files';
import { focusedElement, focusedText, KHAI_SINH_URL, OverlayPage, SandboxFlow } from './pages/overlay';
import { ROOT } from './support/paths';
import path from 'node:path';

const guide = readGuideFiles().find((g) => g.id === 'dang-ky-khai-sinh') as unknown as Guide;
const FORK = 'nop-truc-tuyen';

// savedRun() reads the one run the browser keeps: a browser per test.
const ext = useExtensionBrowser(useSandbox());

/** With DVC_SCREENSHOTS=1, the closing note's screenshots at 1280×800 (docs/overlay-step-*.png). */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.DVC_SCREENSHOTS !== '1') return;
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(ROOT, 'docs', name) });
}

async function open(url: string): Promise<{ page: Page; overlay: OverlayPage; flow: SandboxFlow }> {
  const overlay = await ext.openPortal(url, { viewport: { width: 1280, height: 800 } });
  return { page: overlay.page, overlay, flow: new SandboxFlow(overlay.page) };
}

/** The run the background keeps for the tab (what the side panel shows). */
async function savedRun(): Promise<{ stepIndex: number; completed: string[]; routes?: Record<string, string> } | null> {
  return ext.browser.worker.evaluate(async () => {
    const ext = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await ext.storage.local.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('run:tab:'));
    return (key ? all[key] : null) as { stepIndex: number; completed: string[]; routes?: Record<string, string> } | null;
  });
}

async function expectFinishedRoute(overlay: OverlayPage, routeId: string): Promise<void> {
  const walk = walkedSteps(guide, { [FORK]: routeId });
  await overlay.waitForStep(walk.length, 15_000);
  expect(await overlay.position()).toEqual({ n: walk.length, m: walk.length });
  await expect
    .poll(async () => {
      const run = await savedRun();
      // The steps not marked done, and the route the run saved.
      return [walk.slice(0, -1).filter((s) => !run?.completed.includes(s.id)).map((s) => s.id), run?.routes?.[FORK]];
    }, { timeout: 15_000 })
    .toEqual([[], routeId]);
}

describe('the overlay follows the person on each route of khai sinh', () => {
  it('Ministry of Justice wizard: only the portal\'s buttons, to the last step; back on the portal moves the card back', async () => {
    const { page, overlay, flow } = await open(KHAI_SINH_URL);
    await overlay.start();
    await flow.chooseAgency();
    await flow.submitEntry();
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
    await flow.declarationStep();
    await overlay.waitForStep(9);

    // The portal's own back: the declaration again, and the card with it.
    await page.goBack();
    await overlay.waitForStep(8);
    expect(await overlay.title()).toMatch(/tờ khai/i);
    await page.locator('[data-e2e=btn-next]:visible').first().click();
    await overlay.waitForStep(9);

    await flow.attachmentStep();
    await flow.submit();
    await expectFinishedRoute(overlay, 'wizard-bo-tu-phap');
    expect(ext.browser.errors).toEqual([]);
  });

  it('national one-page form: only the portal\'s buttons, to the last step; a page that matches nothing moves nothing', async () => {
    const { page, overlay, flow } = await open(`${KHAI_SINH_URL}?nop=mot-trang`);
    await overlay.start();
    await flow.chooseAgency();
    await flow.submitEntry();
    await flow.chooseUbndCard();
    await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
    await flow.logInWithVneid();
    await page.waitForURL(/dichvucong\.gov\.vn\/nop-ho-so/);
    // The form tells the route: "Bước N/M" now counts the one-page form's steps.
    const m = walkedSteps(guide, { [FORK]: 'bieu-mau-mot-trang' }).length;
    await expect.poll(async () => (await overlay.position()).m, { timeout: 10_000 }).toBe(m);
    expect(await overlay.title()).toMatch(/biểu mẫu một trang/i);

    // A page that matches nothing: the card stays where it was.
    const before = await overlay.position();
    await page.goto('http://dichvucong.gov.vn/ho-tro');
    await overlay.card.waitFor();
    await page.waitForTimeout(2000);
    expect(await overlay.position()).toEqual(before);
    await page.goBack();
    await page.waitForURL(/nop-ho-so/);

    await page.getByLabel('Họ, chữ đệm, tên của trẻ').fill('Nguyễn Văn An');
    await page.getByLabel('Ngày, tháng, năm sinh').fill('01/11/2026');
    await page.getByLabel('Nơi sinh').fill('Bệnh viện Sản Nhi Nghệ An');
    await page.getByLabel('Họ, chữ đệm, tên người mẹ').fill('Trần Thị Bình');
    const chooser = page.waitForEvent('filechooser');
    await page.locator('tr[data-doc=giayChungSinh] button[title="Tải lên file"]').click();
    await (await chooser).setFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 sandbox') });
    // Uploading completes "Tải lên Giấy chứng sinh": the card is on the next step, the one before is done.
    await expect.poll(async () => overlay.title(), { timeout: 10_000 }).toMatch(/hình thức nhận kết quả/i);
    await shot(page, 'overlay-step-mot-trang.png');
    await page.getByRole('button', { name: 'Lưu và nộp hồ sơ', exact: true }).click();
    await expectFinishedRoute(overlay, 'bieu-mau-mot-trang');

    // Back on the procedure page (the portal's own link): the card goes back to a step of that page.
    await page.goto(KHAI_SINH_URL);
    await expect.poll(async () => (await overlay.position()).n, { timeout: 10_000 }).toBeLessThanOrEqual(4);
    expect(ext.browser.errors).toEqual([]);
  });

  it('says where the card moved, politely, and passes axe while searching and after a move', async () => {
    const { page, overlay, flow } = await open(KHAI_SINH_URL);
    await overlay.start();
    // "Đã xong bước này" onto a step whose target is not there yet: the card says it is looking, at once.
    await overlay.next.click();
    await overlay.next.click();
    await overlay.next.click();
    await overlay.card.getByText(/^Đang tìm .+ trên trang…$/).waitFor({ timeout: 2000 });
    const searching = await new AxeBuilder({ page }).include('dvc-guide-overlay').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(searching.violations).toEqual([]);

    await flow.chooseAgency();
    await flow.submitEntry();
    await flow.chooseUbndCard();
    await flow.confirmGeneralInfo();
    await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
    await overlay.waitForStep(6);
    await flow.logInWithVneid();
    await page.waitForURL(/dichvucongnganhtuphap\.moj\.gov\.vn/);
    // Pressed "Tiếp theo" of the portal twice without the card: it follows, and says so.
    await flow.ownerStep();
    await flow.declarationStep();
    await overlay.waitForStep(9);
    await page.goBack();
    await overlay.card.getByText(/^Đã quay lại bước 8: /).waitFor({ timeout: 10_000 });
    const live = await page.evaluate(() => {
      const root = document.querySelector('dvc-guide-overlay')?.shadowRoot;
      return root?.querySelector('[aria-live=polite]')?.textContent ?? '';
    });
    expect(live).toMatch(/^Đã quay lại bước 8: /);
    const moved = await new AxeBuilder({ page }).include('dvc-guide-overlay').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(moved.violations).toEqual([]);
  });

  it('at a fork the page cannot tell apart, the person chooses their way in the card; it passes axe and is saved', async () => {
    const lookup = readGuideFiles().find((g) => g.id === 'tra-cuu-ho-so') as unknown as Guide;
    const { page, overlay } = await open('http://dichvucong.gov.vn/tra-cuu-ho-so');
    await overlay.startButton.waitFor();
    expect((await overlay.startButton.textContent())?.trim()).toMatch(new RegExp(`${lookup.title}$`));
    await overlay.start();
    // "Tìm mã hồ sơ" is read, not done on the page: the card walks the first way, and offers the others.
    await overlay.next.click();
    await expect.poll(() => overlay.title()).toContain('Nhập mã hồ sơ');
    const others = overlay.card.getByRole('group', { name: 'Bạn làm theo cách khác? Chọn cách của bạn:' });
    expect(await others.getByRole('button').allTextContents()).toEqual(['Trên cổng dịch vụ công Bộ Tư pháp', 'Trên cổng liên thông']);
    const axe = await new AxeBuilder({ page }).include('dvc-guide-overlay').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations).toEqual([]);

    await others.getByRole('button', { name: 'Trên cổng dịch vụ công Bộ Tư pháp' }).click();
    await expect.poll(() => overlay.title()).toContain('Tra cứu trên trang Bộ Tư pháp');
    const justice = walkedSteps(lookup, { 'tim-ma-ho-so': 'cong-tu-phap' });
    expect(await overlay.position()).toEqual({ n: 2, m: justice.length });
    // The choice is kept with the run (the side panel shows the same way), and focus is on the new step.
    await expect.poll(async () => (await savedRun())?.routes).toEqual({ 'tim-ma-ho-so': 'cong-tu-phap' });
    await expect.poll(() => focusedText(page)).toBe(await overlay.title());
  });

  it('a Tab pressed the moment Alt+Shift+G has put focus on the title stays where it went (5 tries)', async () => {
    // The card used to be focused a second time a frame later: a quick Tab was undone, and the person
    // pulled back to the title (1 try in 4 with the old build, here). Focus is polled as fast as the page
    // answers, so the Tab comes as soon after the first focus as a quick person's would.
    const { page, overlay } = await open(KHAI_SINH_URL);
    await overlay.start();
    await overlay.waitForTitleFocus();
    const landed: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedText(page)).toMatch(/^Mở lại hướng dẫn/);
      await page.keyboard.press('Alt+Shift+G');
      const deadline = Date.now() + 10_000;
      while ((await focusedElement(page)).tag !== 'H2') if (Date.now() > deadline) throw new Error('Alt+Shift+G did not focus the step title');
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      landed.push((await focusedElement(page)).name);
    }
    expect(landed).toEqual(Array(5).fill('Nội dung bước'));
  });

  it('keyboard: "Để sau" then Alt+Shift+G brings the offer back; Esc puts focus on the launcher; Tab goes title → text → tools → buttons', async () => {
    const { page, overlay } = await open(KHAI_SINH_URL);
    await overlay.startButton.waitFor();
    await overlay.host.getByRole('button', { name: 'Để sau', exact: true }).click();
    await overlay.startButton.waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+Shift+G');
    await overlay.startButton.waitFor();
    await expect.poll(() => focusedText(page)).toMatch(/^Bắt đầu/);

    await page.keyboard.press('Enter');
    await overlay.card.waitFor();
    await overlay.waitForTitleFocus();
    await page.keyboard.press('Escape');
    const launcher = overlay.host.getByRole('button', { name: /^Mở lại hướng dẫn/ });
    await launcher.waitFor();
    await expect.poll(() => focusedText(page)).toMatch(/^Mở lại hướng dẫn/);

    await overlay.focusByShortcut();
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const { name } = await focusedElement(page);
      order.push(name);
      if (name === 'Đóng hướng dẫn') break;
    }
    const at = (name: string): number => order.indexOf(name);
    // The order walked goes with the failure: a first Tab that does not reach the step text says where it went.
    expect(order[0], order.join(' → ')).toBe('Nội dung bước');
    expect(at('Thu nhỏ')).toBeGreaterThan(at('Nội dung bước'));
    expect(at('Bước trước') === -1 ? at('Đã xong bước này') : at('Bước trước')).toBeGreaterThan(at('Thu nhỏ'));
    expect(at('Đóng hướng dẫn')).toBe(order.length - 1);
  });
});

