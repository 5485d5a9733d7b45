/**
 * Page object for the resident's guide finder (side panel in resident mode, and the welcome page), found by
 * role and accessible name as a resident with a screen reader would.
 */
import type { Locator, Page } from 'playwright-core';

export class FinderPage {
  constructor(readonly page: Page) {}

  static welcomeUrl(extensionId: string): string {
    return `chrome-extension://${extensionId}/welcome.html`;
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Tìm thủ tục' });
  }
  get commonHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Thủ tục nhiều người làm' });
  }
  /** The guide titles listed, in order (each a button). */
  async listedTitles(): Promise<string[]> {
    return (await this.page.locator('.dvc-finder__btn').allTextContents()).map((s) => s.trim());
  }
  /** The common guides, in order. */
  async commonTitles(): Promise<string[]> {
    const section = this.page.locator('section', { has: this.commonHeading });
    return (await section.getByRole('button').allTextContents()).map((s) => s.trim());
  }
  guideButton(title: string): Locator {
    return this.page.getByRole('button', { name: title, exact: true });
  }
  guideHeading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, exact: true });
  }
  get openOnPortal(): Locator {
    return this.page.getByRole('button', { name: 'Mở trên Cổng Dịch vụ công', exact: true });
  }
  documentBox(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
  get portalSearchLink(): Locator {
    return this.page.getByRole('link', { name: /^Tìm “.*” trên Cổng Dịch vụ công$/ });
  }
  get hotlineLink(): Locator {
    return this.page.getByRole('link', { name: /1800 1096/ });
  }

  async find(words: string): Promise<void> {
    await this.search.fill(words);
  }
}
