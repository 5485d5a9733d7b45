/**
 * Page object for the helper workspace (side panel page), opened as chrome-extension://<id>/sidepanel.html
 * in a normal tab. Everything is found by role and accessible name, as a helper with a screen reader would.
 */
import type { Download, Locator, Page } from 'playwright-core';

export class SidePanelPage {
  constructor(readonly page: Page) {}

  static url(extensionId: string): string {
    return `chrome-extension://${extensionId}/sidepanel.html`;
  }

  get status(): Locator {
    return this.page.getByRole('status').first();
  }
  get alert(): Locator {
    return this.page.getByRole('alert');
  }
  sessionHeading(label: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: label });
  }
  documentBox(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
  stepBox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }
  stepsDone(): Locator {
    return this.page.getByText(/^Đã làm \d+\/\d+ bước$/);
  }

  /** "Tôi là thành viên Tổ hỗ trợ" in the side panel's settings (the panel opens in resident mode). */
  get helperSwitch(): Locator {
    return this.page.getByRole('switch', { name: 'Tôi là thành viên Tổ hỗ trợ' });
  }

  /** Turns helper mode on or off and waits for the workspace to show or go. Kept across restarts. */
  async setHelperMode(on: boolean): Promise<void> {
    await this.helperSwitch.waitFor();
    if ((await this.helperSwitch.isChecked()) !== on) await this.helperSwitch.setChecked(on);
    const newSession = this.page.getByRole('button', { name: 'Phiên mới', exact: true });
    await newSession.waitFor({ state: on ? 'visible' : 'detached' });
  }

  async nav(name: 'Phiên hỗ trợ' | 'Báo cáo' | 'Sao lưu'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  }

  async createSession(label: string, search: string, guideTitle: string): Promise<void> {
    await this.setHelperMode(true);
    await this.page.getByRole('button', { name: 'Phiên mới', exact: true }).click();
    await this.page.getByLabel('Tên gợi nhớ của người dân').fill(label);
    await this.page.getByLabel('Tìm thủ tục').fill(search);
    await this.page.getByRole('radio', { name: new RegExp(`^${guideTitle}`) }).check();
    await this.page.getByRole('button', { name: 'Bắt đầu phiên', exact: true }).click();
    await this.sessionHeading(label).waitFor();
  }

  async openSession(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).first().click();
    await this.sessionHeading(label).waitFor();
  }

  /** Clicks a download button in the report view and returns the saved file's text. */
  async download(buttonName: string): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName, exact: true }).click(),
    ]);
    return { fileName: download.suggestedFilename(), text: await readDownload(download) };
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
