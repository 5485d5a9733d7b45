/**
 * The helper's data is neither lost nor broken: two side-panel tabs on one session keep each other's
 * changes, and a backup or a stored record with an impossible date is named while the rest still works.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateSessions } from '../fixtures/sessions';
import { useExtensionBrowser, useSandbox } from './support/harness';
import { SidePanelPage } from './pages/sidepanel';

// Each test starts from an empty database: a browser of its own.
const ext = useExtensionBrowser(useSandbox());
/** A side-panel page in helper mode, in Vietnamese (the test browser's own language is English). */
const helperPanel = (): Promise<SidePanelPage> => ext.openSidePanel({ helper: true });

/** Puts records straight into the checklist database (the panel page shares the extension's origin). */
async function putRecords(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('dvc-guide');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('sessions', 'readwrite');
    for (const row of rows) tx.objectStore('sessions').put(row);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, records);
}

describe('data safety in the side panel', () => {
  it('two tabs on one session: the note typed in one and the code and status saved in the other all stay', async () => {
    await ext.launch();
    const a = await helperPanel();
    await a.createSession('Bà Lan tổ 5', 'khai sinh', 'Đăng ký khai sinh');
    const b = await helperPanel();
    await b.openSession('Bà Lan tổ 5');

    await a.page.bringToFront();
    await a.page.getByLabel('Ghi chú', { exact: true }).fill('Hẹn thứ Hai mang bản sao');

    await b.page.bringToFront();
    await b.page.getByLabel('Mã hồ sơ', { exact: true }).fill('G22.99.08-250820-0001');
    await b.page.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Đã nộp' });
    await b.page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await a.page.bringToFront();
    // A hears B's change: the untouched code field follows it while the typed note stays.
    await expect.poll(() => a.page.getByLabel('Mã hồ sơ', { exact: true }).inputValue()).toBe('G22.99.08-250820-0001');
    await a.page.getByRole('button', { name: 'Lưu', exact: true }).click();

    const fresh = await helperPanel();
    await fresh.openSession('Bà Lan tổ 5');
    await expect.poll(() => fresh.page.getByLabel('Ghi chú', { exact: true }).inputValue()).toBe('Hẹn thứ Hai mang bản sao');
    expect(await fresh.page.getByLabel('Mã hồ sơ', { exact: true }).inputValue()).toBe('G22.99.08-250820-0001');
    expect(await fresh.page.getByLabel('Trạng thái', { exact: true }).inputValue()).toBe('submitted');
  });

  it('a backup with updatedAt 9e15 is refused naming the record; a stored one is listed as damaged and the rest load and export', async () => {
    const browser = await ext.launch();
    const panel = await helperPanel();
    const [first, other] = generateSessions(2);
    // Updated today, so this month's report and its sessions CSV hold it.
    const good = { ...first!, createdAt: Date.now(), updatedAt: Date.now() };
    const backup = { format: 'dvc-guide-backup', schemaVersion: 2, exportedAt: '2025-08-20T03:00:00.000Z', sessions: [good, { ...other, updatedAt: 9e15 }], settings: { retentionDays: 90, dueSoonDays: 2 } };

    await panel.nav('Sao lưu');
    await panel.page.getByLabel('Nhập dữ liệu (JSON)').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await panel.page.getByText('Tệp sao lưu không hợp lệ nên chưa khôi phục gì.').waitFor();
    expect(await panel.page.getByText('sessions[1].updatedAt', { exact: false }).count()).toBeGreaterThan(0);

    // A damaged record already in the database: reported, and the good one still shows and exports.
    await putRecords(panel.page, [good, { ...other, updatedAt: 9e15 }]);
    await panel.page.reload();
    await panel.page.getByRole('button', { name: good.residentLabel, exact: true }).first().waitFor();
    await panel.page.getByText(/\(1\)$/).first().waitFor();
    await panel.nav('Báo cáo');
    const csv = await panel.download('Tải danh sách phiên CSV');
    expect(csv.text).toContain(good.residentLabel);
    expect(browser.errors.filter((e) => /Invalid time value/.test(e))).toEqual([]);
  });
});
