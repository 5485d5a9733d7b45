/**
 * Author mode in the built Chrome extension: record a 4-step guide by picking on the sandbox (a field, a
 * button inside an open shadow root, an option of a portalled drop-down, a button), export it (guides
 * check passes on the file), play it from the draft, then a redesign breaks a step: the failure log shows
 * it with its page pattern, "Chọn lại phần tử" repairs it and the guide plays again.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { runCheck } from '../../scripts/guides';
import { useExtensionBrowser, useSandbox } from './support/harness';
import { SidePanelPage } from './pages/sidepanel';

const FIXTURE = 'http://dichvucong.nghean.gov.vn/author-fixture.html';
const FORWARD = /^(Đã xong bước này|Tiếp theo)$/;

const ext = useExtensionBrowser(useSandbox());

async function readDownload(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** "Ghi bước" in the panel, then the pick on the portal page. */
async function recordStep(panel: Page, portal: Page, pick: () => Promise<void>, expectedTitle: string): Promise<void> {
  await panel.getByRole('button', { name: 'Ghi bước', exact: true }).click();
  await portal.locator('dvc-guide-overlay .dvc-picker-hint').waitFor();
  await pick();
  await expect.poll(async () => panel.locator('input[type="text"]').evaluateAll((els, t) => els.some((e) => (e as HTMLInputElement).value === t), expectedTitle)).toBe(true);
}

describe('author mode', () => {
  it('records, exports, plays, logs a failure and repairs a guide on the sandbox', async () => {
    const browser = await ext.launch();
    const portal = await browser.newPage();
    await portal.goto(FIXTURE);
    // Helper mode (author mode belongs to it), as the helper chose it on the welcome page.
    await browser.worker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      return api.storage.local.set({ 'prefs:mode': 'helper', 'prefs:workspace-lang': 'vi' });
    });
    const panel = await browser.newPage();
    await panel.goto(SidePanelPage.url(browser.extensionId));
    const authorSwitch = panel.getByRole('switch', { name: 'Soạn hướng dẫn' });
    expect(await authorSwitch.isChecked()).toBe(false);
    await authorSwitch.check();
    await panel.getByLabel('Tên hướng dẫn mới').fill('Tra cứu hồ sơ thử');
    await panel.getByRole('button', { name: 'Tạo bản nháp' }).click();

    await recordStep(panel, portal, () => portal.getByLabel('Mã hồ sơ').click(), 'Điền ô “Mã hồ sơ”');
    // Inside the custom element's open shadow root.
    await recordStep(panel, portal, () => portal.getByRole('button', { name: 'Tải lên file' }).click(), 'Bấm “Tải lên file”');
    // Alt+click goes through to the page and opens the portalled list; then the option is picked.
    await recordStep(
      panel,
      portal,
      async () => {
        await portal.locator('#cboNhanKetQua').click({ modifiers: ['Alt'] });
        await portal.getByRole('option', { name: 'Bưu chính' }).click();
      },
      'Bấm “Bưu chính”',
    );
    await recordStep(panel, portal, () => portal.getByRole('button', { name: 'Tra cứu', exact: true }).click(), 'Bấm “Tra cứu”');
    // The page saw none of the picking clicks.
    expect(await portal.locator('#ketQua').isHidden()).toBe(true);

    // Export: the file passes `guides check` unchanged.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Xuất tệp hướng dẫn' }).click()]);
    const text = await readDownload(download);
    const dir = await mkdtemp(path.join(tmpdir(), 'author-e2e-'));
    try {
      const file = path.join(dir, download.suggestedFilename());
      await writeFile(file, text);
      const lines: string[] = [];
      expect(await runCheck([file], { log: (l) => lines.push(l) }), lines.join('\n')).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const guide = JSON.parse(text);
    expect(guide.steps).toHaveLength(4);
    expect(guide.steps[1].target[0]).toEqual({ text: 'Tải lên file', role: 'button' });

    // Play the draft on the portal tab: the card is marked "bản nháp" and points at step 1's field.
    await portal.keyboard.press('Escape'); // close the drop-down if it is open
    await panel.getByRole('button', { name: 'Chạy thử trên trang cổng' }).click();
    const card = portal.locator('dvc-guide-overlay').getByRole('dialog');
    await card.waitFor();
    await expect.poll(() => card.getByText('bản nháp', { exact: true }).count()).toBe(1);
    await expect.poll(() => portal.locator('#txtMaHoSo').getAttribute('data-dvc-target')).not.toBeNull();

    // A redesign renames the step 4 button: the step fails and the log shows it with its page pattern.
    await portal.evaluate(() => (window as unknown as { dvcSandbox: { redesign(): void } }).dvcSandbox.redesign());
    for (let i = 0; i < 3; i++) await card.getByRole('button', { name: FORWARD }).click();
    await card.getByText(/^Không tìm thấy .+ trên trang này$/).waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: '↻' }).click();
    await expect.poll(() => panel.getByText(/tra-cuu-ho-so-thu \(phiên bản 1\), bước bam-tra-cuu: 1 lần/).count()).toBe(1);
    expect(await panel.getByText('dichvucong.nghean.gov.vn/author-fixture.html').count()).toBeGreaterThan(0);

    // "Chọn lại phần tử" repairs the step: the card points at the renamed button.
    await card.getByRole('button', { name: 'Chọn lại phần tử' }).click();
    await portal.locator('dvc-guide-overlay .dvc-picker-hint').waitFor();
    await portal.getByRole('button', { name: 'Tìm hồ sơ' }).click();
    await expect.poll(() => portal.getByRole('button', { name: 'Tìm hồ sơ' }).getAttribute('data-dvc-target'), { timeout: 10_000 }).not.toBeNull();
    expect(browser.errors).toEqual([]);
  });
});
