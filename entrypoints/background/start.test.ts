// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { startBackground } from './start';
import { resetFakeBrowser } from './test-browser';

/** A simulated renderer compromise: the portal page sends what our content script could. */
const portalSender = { id: fakeBrowser.runtime.id, url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', origin: 'https://dichvucong.gov.vn', tab: { id: 7 } };

async function ask(message: unknown, sender: object): Promise<unknown> {
  const answers = await (fakeBrowser.runtime.onMessage as unknown as { trigger(m: unknown, s: unknown): Promise<unknown[]> }).trigger(message, sender);
  return answers.find((a) => a !== undefined);
}

describe('the background answers by sender', () => {
  beforeEach(resetFakeBrowser);

  it('gives a portal tab no sessions, backup, settings or catalog, and lets it change none', async () => {
    startBackground();
    const extensionPage = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
    const created = (await ask({ type: 'session:create', input: { residentLabel: 'Bà Lan tổ 5', guideId: 'dang-ky-khai-sinh', guideVersion: 1, guideTitle: 'Khai sinh' } }, extensionPage)) as { ok: boolean };
    expect(created.ok).toBe(true);
    for (const message of [
      { type: 'session:list', query: { by: 'all' } },
      { type: 'backup:export' },
      { type: 'settings:set', patch: { retentionDays: 1 } },
      { type: 'catalog:set-url', url: 'https://dichvucong.gov.vn/evil.json' },
    ]) {
      const answer = await ask(message, portalSender);
      expect(answer, message.type).toEqual({ ok: false, error: 'not allowed from this sender' });
      expect(JSON.stringify(answer)).not.toContain('Bà Lan');
    }
    const settings = (await ask({ type: 'settings:get' }, extensionPage)) as { ok: true; data: { retentionDays: number } };
    expect(settings.data.retentionDays).toBe(90);
    const catalog = (await ask({ type: 'catalog:get' }, extensionPage)) as { ok: true; view: { url: string | null } };
    expect(catalog.view.url).toBeNull();
  });

  it('tells portal tabs nothing about sessions: no label, note or dossier code leaves for a portal page', async () => {
    const portalTab = await fakeBrowser.tabs.create({ url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' });
    // The fake ignores url filters: answer as the browser would for the portal patterns.
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([portalTab] as never);
    const toTabs = vi.spyOn(browser.tabs, 'sendMessage');
    const toPages = vi.spyOn(browser.runtime, 'sendMessage');
    startBackground();
    const extensionPage = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
    await ask({ type: 'session:create', input: { residentLabel: 'Bà Lan tổ 5', guideId: 'dang-ky-khai-sinh', guideVersion: 1, guideTitle: 'Khai sinh' } }, extensionPage);
    await vi.waitFor(() => expect(toPages).toHaveBeenCalledWith(expect.objectContaining({ type: 'session:changed' })));
    // Let any broadcast already under way reach the tabs (microtasks only, no clock).
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(toTabs).not.toHaveBeenCalled();
  });

  it('"Xóa toàn bộ dữ liệu" also removes every guide run and session-tab link from extension storage', async () => {
    startBackground();
    const extensionPage = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
    const record = { guideId: 'dang-ky-khai-sinh', guideVersion: 1, stepIndex: 2, completed: ['a', 'b'], sessionId: 's-1', updatedAt: 1 };
    expect(await ask({ type: 'overlay:save', record }, portalSender)).toMatchObject({ ok: true });
    await browser.storage.local.set({ 'run:tab:3': record, 'workspace:session-tabs': { 's-1': 7 } });
    expect(await ask({ type: 'data:clear' }, extensionPage)).toMatchObject({ ok: true });
    const left = Object.keys(await browser.storage.local.get(null));
    expect(left.filter((key) => key.startsWith('run:') || key.startsWith('workspace:'))).toEqual([]);
    // The background's memory copy went too: the tab is not handed its old run back.
    expect(await ask({ type: 'overlay:load' }, portalSender)).toEqual({ ok: true, record: null });
  });

  it('keeps no full page address of a run: a query string can hold an ID number', async () => {
    startBackground();
    const shownAt = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=9&soDinhDanh=001099012345#buoc-2';
    const record = { guideId: 'dang-ky-khai-sinh', guideVersion: 1, stepIndex: 2, completed: [], shownAt, updatedAt: 1 };
    await ask({ type: 'overlay:save', record }, portalSender);
    const stored = JSON.stringify(await browser.storage.local.get(null));
    expect(stored).not.toContain('001099012345');
    expect(stored).toContain('https://dichvucong.gov.vn/nop-ho-so');
  });
});
