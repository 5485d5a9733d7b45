/**
 * Page object for `<dvc-guide>` on a town page. Playwright CSS locators pierce open shadow roots, which is
 * exactly what contract 7 promises, so these are the locators a webmaster's own tests could use too.
 */
import type { Locator, Page } from 'playwright-core';

export interface WidgetPage {
  host: Locator;
  heading(name: string | RegExp): Locator;
  search: Locator;
  result(name: string | RegExp): Locator;
  backButton: Locator;
  printButton: Locator;
  printView: Locator;
  screenView: Locator;
  document(name: string | RegExp): Locator;
  notice: Locator;
  retryButton: Locator;
}

export function widget(page: Page, guideId?: string): WidgetPage {
  const host = guideId ? page.locator(`dvc-guide[guide="${guideId}"]`) : page.locator('dvc-guide:not([guide])');
  return {
    host,
    heading: (name) => host.getByRole('heading', { name }),
    search: host.getByRole('searchbox'),
    result: (name) => host.getByRole('listitem').getByRole('button', { name }),
    backButton: host.getByRole('button', { name: /Về danh sách hướng dẫn|Back to the list/ }),
    printButton: host.getByRole('button', { name: 'In danh sách giấy tờ' }),
    printView: host.locator('.dvc-print'),
    screenView: host.locator('.dvc-guide > .dvc-screen'),
    document: (name) => host.getByRole('checkbox', { name }),
    notice: host.locator('.dvc-notice'),
    retryButton: host.getByRole('button', { name: 'Thử lại' }),
  };
}
