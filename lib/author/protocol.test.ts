import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../guide/schema';
import { newDraft } from './draft';
import { createAuthorHandler, isAuthorRequest, type AuthorRequest, type AuthorSender } from './protocol';
import { createAuthorStore, type AuthorStore } from './store';
import { createDraftPlays, memoryArea, type DraftPlays } from './draft-plays';

const NOW = Date.UTC(2026, 11, 1);
const PUBLISHED = {
  id: 'dang-ky-khai-sinh', version: 7, title: 'Đăng ký khai sinh', summary: 'Tóm tắt.', reviewedAt: '2026-11-01',
  sources: [{ title: 'Nguồn' }], documents: [], help: { hotline: '18001096' },
  steps: [{ id: 'nop', title: 'Bấm Nộp', target: [{ text: 'Nộp', role: 'button' }] }],
} as Guide;
const EXT: AuthorSender = { kind: 'extension' };
const TAB: AuthorSender = { kind: 'tab', tabId: 7, url: 'https://dichvucong.gov.vn/nop-ho-so/123456?formalityCaseId=001198012345' };

const enabled = { value: true };

function setup(opts: { store?: AuthorStore; plays?: DraftPlays } = {}) {
  const store = opts.store ?? createAuthorStore(new IDBFactory());
  const handle = createAuthorHandler({
    ...(opts.plays ? { plays: opts.plays } : {}),
    store,
    runningGuideOf: async (tabId) => (tabId === 7 ? 'dang-ky-khai-sinh' : undefined),
    userAgent: 'Mozilla/5.0 Firefox/153.0',
    extensionVersion: '0.1.0',
    now: () => NOW,
    getGuide: async (id) => (id === 'dang-ky-khai-sinh' ? PUBLISHED : undefined),
    authorEnabled: async () => enabled.value,
  });
  return { store, handle };
}

const report = (guideId = 'dang-ky-khai-sinh'): AuthorRequest => ({
  type: 'author:failure:append',
  report: { guideId, guideVersion: 7, stepId: 'nop', kind: 'target-not-found', tried: [{ text: 'Nộp', role: 'button' }] },
});

describe('author messages', () => {
  it('repair the running guide’s step from its tab in author mode only, into a draft the tab then plays', async () => {
    const { handle, store } = setup();
    const repair: AuthorRequest = { type: 'author:draft:repair', guideId: 'dang-ky-khai-sinh', stepId: 'nop', strategies: [{ text: 'Gửi hồ sơ', role: 'button' }] };
    enabled.value = false;
    expect((await handle(repair, TAB)).ok).toBe(false);
    enabled.value = true;
    expect((await handle({ ...repair, guideId: 'tra-cuu-ho-so' }, TAB)).ok).toBe(false);
    expect((await handle(repair, EXT)).ok).toBe(false);
    const r = await handle(repair, TAB);
    expect(r.ok).toBe(true);
    const draft = await store.getDraft('dang-ky-khai-sinh');
    expect(draft?.baseVersion).toBe(7);
    expect(draft?.guide.steps.find((s) => s.id === 'nop')?.target).toEqual([{ text: 'Gửi hồ sơ', role: 'button' }]);
    expect(draft?.guide.title).toBe(PUBLISHED.title);
    const playing = await handle({ type: 'author:draft:playing' }, TAB);
    expect(playing.ok && (playing.data as { id: string }).id).toBe('dang-ky-khai-sinh');
  });

  it('recognise only author requests', () => {
    expect(isAuthorRequest({ type: 'author:drafts:list' })).toBe(true);
    expect(isAuthorRequest({ type: 'session:list' })).toBe(false);
    expect(isAuthorRequest(null)).toBe(false);
  });

  it('let a portal tab append a failure of its running guide, with the page pattern of its own address', async () => {
    const { handle, store } = setup();
    const r = await handle(report(), TAB);
    expect(r.ok).toBe(true);
    const [record] = await store.listFailures();
    expect(record).toMatchObject({ guideId: 'dang-ky-khai-sinh', page: 'dichvucong.gov.vn/nop-ho-so/*', browser: 'Firefox 153', count: 1 });
    expect(JSON.stringify(record)).not.toMatch(/\?|001198012345|123456/);
  });

  it('refuse a portal tab anything else: another guide’s failures, drafts, the log', async () => {
    const { handle, store } = setup();
    await store.saveDraft(newDraft({ title: 'Bản nháp' }, NOW));
    for (const req of [
      report('tra-cuu-ho-so'),
      { type: 'author:drafts:list' },
      { type: 'author:draft:get', id: 'ban-nhap' },
      { type: 'author:draft:save', draft: newDraft({ title: 'X' }, NOW) },
      { type: 'author:draft:play', id: 'ban-nhap', tabId: 7 },
      { type: 'author:failures:list' },
      { type: 'author:failures:clear' },
    ] as AuthorRequest[]) {
      const r = await handle(req, TAB);
      expect(r, req.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await store.listFailures()).toEqual([]);
  });

  it('let a tab fetch exactly the draft the helper plays there', async () => {
    const { handle, store } = setup();
    await store.saveDraft(newDraft({ title: 'Bản nháp' }, NOW));
    await store.saveDraft(newDraft({ title: 'Khác' }, NOW));
    expect((await handle({ type: 'author:draft:play', id: 'ban-nhap', tabId: 7 }, EXT)).ok).toBe(true);
    const got = await handle({ type: 'author:draft:playing' }, TAB);
    expect(got.ok && (got.data as { id: string }).id).toBe('ban-nhap');
    expect((await handle({ type: 'author:draft:get', id: 'khac' }, TAB)).ok).toBe(false);
    expect(await handle({ type: 'author:draft:playing' }, { ...TAB, tabId: 8 })).toEqual({ ok: true, data: null });
  });

  it('still play the draft in that tab after the service worker restarts, until the draft is deleted or the tab closes', async () => {
    const area = memoryArea();
    const first = setup({ plays: createDraftPlays(area) });
    await first.store.saveDraft(newDraft({ title: 'Bản nháp' }, NOW));
    await first.handle({ type: 'author:draft:play', id: 'ban-nhap', tabId: 7 }, EXT);
    // A new worker: a new handler and a new plays object over the same session storage.
    const plays = createDraftPlays(area);
    const { handle } = setup({ store: first.store, plays });
    const got = await handle({ type: 'author:draft:playing' }, TAB);
    expect(got.ok && (got.data as { id: string } | null)?.id).toBe('ban-nhap');

    await handle({ type: 'author:draft:remove', id: 'ban-nhap' }, EXT);
    expect(await createDraftPlays(area).get(7)).toBeUndefined();
    await plays.set(7, 'khac');
    await plays.set(8, 'khac');
    await plays.forgetTab(7);
    expect([await plays.get(7), await plays.get(8)]).toEqual([undefined, 'khac']);
  });

  it('give extension pages drafts and the log, but no way to forge a portal failure', async () => {
    const { handle } = setup();
    expect((await handle({ type: 'author:draft:save', draft: newDraft({ title: 'Mới' }, NOW) }, EXT)).ok).toBe(true);
    const list = await handle({ type: 'author:drafts:list' }, EXT);
    expect(list.ok && (list.data as { id: string }[]).map((d) => d.id)).toEqual(['moi']);
    expect((await handle(report(), EXT)).ok).toBe(false);
    await handle(report(), TAB);
    const log = await handle({ type: 'author:failures:list', guideId: 'dang-ky-khai-sinh' }, EXT);
    expect(log.ok && (log.data as unknown[]).length).toBe(1);
    expect((await handle({ type: 'author:failures:clear' }, EXT)).ok).toBe(true);
  });
});
