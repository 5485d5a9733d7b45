/**
 * Page object for the portal overlay: everything a person sees of it, found by role and accessible
 * name (contracts 1–5), never by our own class names.
 */
import type { Locator, Page } from 'playwright-core';

export const KHAI_SINH_URL = 'http://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

export class OverlayPage {
  constructor(readonly page: Page) {}

  get host(): Locator {
    return this.page.locator('dvc-guide-overlay');
  }
  get startButton(): Locator {
    return this.host.getByRole('button', { name: /^Bắt đầu/ });
  }
  get card(): Locator {
    return this.host.getByRole('dialog');
  }
  get next(): Locator {
    return this.card.getByRole('button', { name: 'Tiếp theo', exact: true });
  }
  get back(): Locator {
    return this.card.getByRole('button', { name: 'Quay lại', exact: true });
  }
  get close(): Locator {
    return this.card.getByRole('button', { name: 'Đóng', exact: true });
  }
  get counter(): Locator {
    return this.card.getByText(/^Bước \d+\/\d+$/);
  }
  get target(): Locator {
    return this.page.locator('[data-dvc-target]');
  }
  get notFound(): Locator {
    return this.card.getByText(/^Không tìm thấy .+ trên trang này$/);
  }

  /** "Bước N/M" as numbers. */
  async position(): Promise<{ n: number; m: number }> {
    const text = (await this.counter.textContent()) ?? '';
    const match = /Bước (\d+)\/(\d+)/.exec(text);
    if (!match) throw new Error(`no step counter in "${text}"`);
    return { n: Number(match[1]), m: Number(match[2]) };
  }

  async title(): Promise<string> {
    return ((await this.card.getByRole('heading').first().textContent()) ?? '').trim();
  }

  /** Wait until the card shows step n (1-based). */
  async waitForStep(n: number, timeout = 10_000): Promise<void> {
    await this.card.getByText(new RegExp(`^Bước ${n}/\\d+$`)).waitFor({ timeout });
  }

  async start(): Promise<void> {
    await this.startButton.click();
    await this.card.waitFor();
  }
}
