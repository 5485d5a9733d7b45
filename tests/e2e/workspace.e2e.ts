/**
 * The helper workspace in the built Chrome extension: a session created in the side panel page follows
 * the guide done in the sandbox portal tab, survives a browser restart, and exports as CSV.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProfileDir } from './support/chromium';
import { useExtensionBrowser, useSandbox } from './support/harness';
import { ROOT } from './support/paths';
import { KHAI_SINH_URL, OverlayPage } from './pages/overlay';
import { SidePanelPage } from './pages/sidepanel';
import { walkedSteps } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';

interface GuideFile {
  title: string;
  documents: Array<{ name: string }>;
  steps: Array<{ title: string }>;
}
const guide = JSON.parse(readFileSync(path.join(ROOT, 'guides/dang-ky-khai-sinh.json'), 'utf8')) as GuideFile;
const LABEL = 'Bà Lan tổ 5';

const profile = makeProfileDir();
const ext = useExtensionBrowser(useSandbox(), { profileDir: profile.dir });
afterAll(() => profile.remove());

describe('helper workspace', () => {
  it('keeps the session live with the portal tab, across a restart, and exports it as CSV', async () => {
    let browser = await ext.launch();
    const portal = await browser.newPage();
    await portal.goto(KHAI_SINH_URL);
    const overlay = new OverlayPage(portal);
    await overlay.startButton.waitFor();

    const panelPage = await browser.newPage();
    await panelPage.goto(SidePanelPage.url(browser.extensionId));
    const panel = new SidePanelPage(panelPage);
    await panel.setHelperMode(true);
    await panel.createSession(LABEL, 'khai sinh', guide.title);

    // Opening the session started its guide in the portal tab.
    await overlay.card.waitFor();
    expect(await overlay.position()).toEqual({ n: 1, m: walkedSteps(guide as unknown as Guide).length });

    const [doc1, doc2] = guide.documents;
    await panel.documentBox(doc1!.name).check();
    await panel.documentBox(doc2!.name).check();
    await expect.poll(() => panelPage.getByText(`Đã chuẩn bị 2/${guide.documents.length}`).count()).toBe(1);

    // Two steps done in the portal tab...
    await overlay.next.click();
    await overlay.waitForStep(2);
    await overlay.next.click();
    await overlay.waitForStep(3);

    // ...show in the side panel without reload.
    await expect.poll(() => panel.stepsDone().textContent(), { timeout: 10_000 }).toBe(`Đã làm 2/${walkedSteps(guide as unknown as Guide).length} bước`);
    expect(await panel.stepBox(guide.steps[0]!.title).isChecked()).toBe(true);
    expect(await panel.stepBox(guide.steps[1]!.title).isChecked()).toBe(true);
    expect(await panel.stepBox(guide.steps[2]!.title).isChecked()).toBe(false);

    // Ticking the current step in the side panel moves the guide on in the portal tab.
    await panel.stepBox(guide.steps[2]!.title).check();
    await overlay.waitForStep(4);
    await expect.poll(() => panel.stepsDone().textContent()).toBe(`Đã làm 3/${walkedSteps(guide as unknown as Guide).length} bước`);
    const axe = await new AxeBuilder({ page: panelPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(browser.errors).toEqual([]);

    // Close and relaunch the browser with the same profile.
    browser = await ext.launch();
    const again = await browser.newPage();
    await again.goto(SidePanelPage.url(browser.extensionId));
    const panel2 = new SidePanelPage(again);
    await panel2.openSession(LABEL);
    expect(await panel2.documentBox(doc1!.name).isChecked()).toBe(true);
    expect(await panel2.documentBox(doc2!.name).isChecked()).toBe(true);
    expect(await panel2.stepsDone().textContent()).toBe(`Đã làm 3/${walkedSteps(guide as unknown as Guide).length} bước`);

    // The exported CSV holds the session row, readable by Excel (UTF-8 BOM).
    await panel2.nav('Báo cáo');
    await again.getByRole('table', { name: 'Số liệu theo kỳ' }).waitFor();
    const axeReport = await new AxeBuilder({ page: again }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axeReport.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const sessions = await panel2.download('Tải danh sách phiên CSV');
    expect(sessions.fileName).toMatch(/^danh-sach-phien-.*\.csv$/);
    expect(sessions.text.startsWith('\uFEFFNgười dân,Thủ tục,Mã thủ tục,Trạng thái')).toBe(true);
    const rows = sessions.text.slice(1).trim().split('\r\n');
    expect(rows).toHaveLength(2);
    const cells = rows[1]!.split(',');
    expect(cells.slice(0, 2)).toEqual([LABEL, guide.title]);
    expect(cells[3]).toBe('Đang làm');
    // Documents ready, current step (1-based).
    expect(cells[9]).toBe('2');
    expect(cells[10]).toBe('4');

    const report = await panel2.download('Tải báo cáo CSV');
    expect(report.text).toMatch(/\r\nTổng cộng,Tất cả thủ tục,,1,0,0,0,0,0\r\n/);
    expect(browser.errors).toEqual([]);
  });
});

describe('the report at side-panel width', () => {
  it('column headers keep their words together (at most two lines) and the range reads day/month/year', async () => {
    const panel = await ext.openSidePanel({ helper: true });
    await panel.page.setViewportSize({ width: 360, height: 800 });
    await panel.nav('Báo cáo');
    const headers = panel.page.locator('table.dvc-table thead th');
    await headers.first().waitFor();
    // One client rect per line box of the header's text.
    const lines = await headers.evaluateAll((ths) =>
      ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return `${th.textContent}: ${tops.size}`;
      }),
    );
    expect(lines.filter((l) => Number(l.split(': ')[1]) > 2)).toEqual([]);
    expect(await panel.page.getByLabel('Đến ngày').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });
});
