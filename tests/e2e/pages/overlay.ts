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
    return this.card.getByRole('button', { name: 'Đã xong bước này', exact: true });
  }
  get back(): Locator {
    return this.card.getByRole('button', { name: 'Bước trước', exact: true });
  }
  get close(): Locator {
    return this.card.getByRole('button', { name: 'Đóng hướng dẫn', exact: true });
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
  /** The step belongs to another page of the flow. */
  get elsewhere(): Locator {
    return this.card.getByText('Bước này làm ở một trang khác.', { exact: true });
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

  /**
   * Wait until focus is on the step title. The card moves it there after it paints a new step or answers
   * Alt+Shift+G; a Tab pressed before that lands on a control the focus move then leaves.
   */
  async waitForTitleFocus(timeout = 10_000): Promise<void> {
    const started = Date.now();
    for (;;) {
      const title = await this.title();
      if (title !== '' && (await focusedText(this.page)) === title) return;
      if (Date.now() - started > timeout) throw new Error(`focus never reached the step title "${title}"`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Alt+Shift+G from anywhere on the page, then wait for the focus to reach the step title. */
  async focusByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+G');
    await this.card.waitFor();
    await this.waitForTitleFocus();
  }

  async start(): Promise<void> {
    await this.startButton.click();
    await this.card.waitFor();
  }
}

/**
 * The focused element, looking into open shadow roots (where our card lives): its tag, its text, and its
 * name as a Tab order lists it (its aria-label, else its text: the step text region is named, its words
 * are not its name).
 */
export async function focusedElement(page: Page): Promise<{ tag: string; text: string; name: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const text = (el?.textContent ?? '').trim();
    return { tag: el?.tagName ?? '', text, name: el?.getAttribute('aria-label')?.trim() ?? text };
  });
}

/** The text of the focused element, looking into open shadow roots. */
export async function focusedText(page: Page): Promise<string> {
  return (await focusedElement(page)).text;
}


/** Press Tab until the focused element's text is `name` (keyboard only), then return; throws if never. */
export async function tabTo(page: Page, name: string, maxPresses = 25): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if ((await focusedText(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${name}" was not reached with Tab`);
}

/** The khai sinh flow on the sandbox, as a resident clicks it (selectors from the sandbox's own markup). */
export class SandboxFlow {
  constructor(readonly page: Page) {}

  async chooseAgency(): Promise<void> {
    const p = this.page;
    await p.getByRole('button', { name: /Chọn Tỉnh\/ Thành phố/ }).click();
    await p.getByRole('listbox').getByText('Tỉnh Nghệ An', { exact: true }).click();
    await p.getByRole('button', { name: /Chọn Phường\/ Xã/ }).click();
    await p.getByRole('listbox').getByText('Phường Trường Vinh', { exact: true }).click();
  }
  async submitEntry(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  }
  async chooseUbndCard(): Promise<void> {
    await this.page.locator('div.grid', { hasText: 'Cơ quan thực hiện: UBND' }).getByRole('button', { name: 'Nộp trực tuyến' }).click();
  }
  async confirmGeneralInfo(): Promise<void> {
    await this.page.locator('[data-e2e=confirm-button-information]').click();
  }
  async logInWithVneid(): Promise<void> {
    const p = this.page;
    await p.getByLabel('Số định danh cá nhân').fill('001200000000');
    await p.getByLabel('Mật khẩu').fill('sandbox');
    await p.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await p.getByLabel('Nhập mã xác nhận').fill('123456');
    await p.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await p.getByRole('checkbox').check();
    await p.getByRole('button', { name: 'Xác nhận chia sẻ' }).click();
    await p.locator('input[type=number][inputmode=numeric][autocomplete=off]').fill('123456');
    await p.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  }
  async ownerStep(): Promise<void> {
    const p = this.page;
    await p.locator('input[name=soDienThoai]').fill('0900000000');
    await p.locator('input[name=diaChiThuongTru]').fill('Phường Trường Vinh, Nghệ An');
    await p.locator('#kt_buoc-tiep-theo-cho-ban-than').click();
  }
  async declarationStep(): Promise<void> {
    const p = this.page;
    await p.getByLabel('Họ, chữ đệm, tên của trẻ').fill('Nguyễn Văn An');
    await p.locator('#ngaySinhTre-day').fill('01');
    await p.locator('#ngaySinhTre-month').fill('11');
    await p.locator('#ngaySinhTre-year').fill('2026');
    await p.getByLabel('Nơi sinh').fill('Bệnh viện Sản Nhi Nghệ An');
    await p.getByLabel('Họ, chữ đệm, tên người mẹ').fill('Trần Thị Bình');
    await p.locator('[data-e2e=btn-next]:visible').first().click();
  }
  async attachmentStep(): Promise<void> {
    const p = this.page;
    await p.locator('#giayChungSinh').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 sandbox') });
    await p.locator('[data-e2e=btn-next]:visible').first().click();
  }
  async submit(): Promise<void> {
    const p = this.page;
    await p.locator('#camDoan').check();
    await p.locator('#kt_gui-ho-so').click();
  }
}
