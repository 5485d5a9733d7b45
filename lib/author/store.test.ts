import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openChecklistDb } from '../checklist/db';
import { createChecklistStore } from '../checklist/store';
import { addStep, newDraft, readStep } from './draft';
import type { FailureEvent } from './failures';
import { createAuthorStore, MAX_FAILURE_RECORDS } from './store';

const NOW = Date.UTC(2026, 11, 1);

function event(extra: Partial<FailureEvent> = {}): FailureEvent {
  return {
    guideId: 'tra-cuu-ho-so',
    guideVersion: 3,
    stepId: 'nhap-ma',
    kind: 'target-not-found',
    url: 'https://dichvucong.gov.vn/tra-cuu-ho-so?ma=G22.99.08-250101-0001',
    tried: [{ label: 'Mã hồ sơ' }],
    userAgent: 'Mozilla/5.0 Chrome/156.0.1.2 Safari/537.36',
    extensionVersion: '0.1.0',
    at: NOW,
    ...extra,
  };
}

describe('author store (DB version 5)', () => {
  it('upgrades a version-3 database, keeping its sessions, and adds drafts and failures', async () => {
    const factory = new IDBFactory();
    const old = await openChecklistDb(factory, { name: 'v3-db', version: 3 });
    expect([...old.objectStoreNames].sort()).toEqual(['meta', 'progress', 'sessions']);
    const record = {
      schemaVersion: 2, id: 's1', residentLabel: 'Bà Tư', guideId: 'khai-sinh', guideVersion: 1, guideTitle: 'Khai sinh',
      status: 'in-progress', steps: {}, currentStep: 0, documents: {}, resultByPost: false, paidOnline: false, notes: '',
      createdAt: NOW, updatedAt: NOW,
    };
    await old.put('sessions', record);
    old.close();

    const author = createAuthorStore(factory, { dbName: 'v3-db' });
    await author.saveDraft(newDraft({ title: 'Tra cứu hồ sơ' }, NOW));
    const upgraded = await openChecklistDb(factory, { name: 'v3-db' });
    expect([...upgraded.objectStoreNames].sort()).toEqual(['drafts', 'failures', 'meta', 'sessions']);
    expect(upgraded.version).toBeGreaterThanOrEqual(5);
    expect(await upgraded.get('sessions', 's1')).toEqual(record);
    upgraded.close();
    const after = createChecklistStore(factory, { dbName: 'v3-db' });
    expect((await after.listAll()).sessions.map((s) => s.id)).toEqual(['s1']);
    after.close();
    author.close();
  });

  it('saves, lists (latest first), reads and removes drafts', async () => {
    const store = createAuthorStore(new IDBFactory());
    let a = newDraft({ title: 'Hướng dẫn A' }, NOW);
    a = addStep(a, readStep(a.guide, 'Đọc kỹ'), NOW);
    await store.saveDraft(a);
    await store.saveDraft({ ...newDraft({ title: 'Hướng dẫn B' }, NOW), updatedAt: NOW + 10 });
    expect((await store.listDrafts()).map((d) => d.id)).toEqual(['huong-dan-b', 'huong-dan-a']);
    expect((await store.getDraft('huong-dan-a'))?.guide.steps.map((s) => s.id)).toEqual(['doc-ky']);
    await store.removeDraft('huong-dan-a');
    expect((await store.listDrafts()).map((d) => d.id)).toEqual(['huong-dan-b']);
    await expect(store.saveDraft({ id: 'Không hợp lệ' } as never)).rejects.toBeTruthy();
    store.close();
  });

  it('appends failures merged by key, lists by guide, clears one guide or all', async () => {
    const store = createAuthorStore(new IDBFactory());
    await store.appendFailure(event());
    await store.appendFailure(event({ at: NOW + 60_000 }));
    await store.appendFailure(event({ kind: 'help-opened' }));
    await store.appendFailure(event({ guideId: 'dang-ky-khai-sinh', stepId: 'nop' }));
    const mine = await store.listFailures('tra-cuu-ho-so');
    expect(mine).toHaveLength(2);
    expect(mine.find((r) => r.kind === 'target-not-found')).toMatchObject({ count: 2, firstAt: NOW, lastAt: NOW + 60_000, page: 'dichvucong.gov.vn/tra-cuu-ho-so' });
    await store.clearFailures('tra-cuu-ho-so');
    expect((await store.listFailures()).map((r) => r.guideId)).toEqual(['dang-ky-khai-sinh']);
    await store.clearFailures();
    expect(await store.listFailures()).toEqual([]);
    store.close();
  });

  it('keeps the log bounded, dropping the least recently seen records', async () => {
    const store = createAuthorStore(new IDBFactory());
    const records = Array.from({ length: MAX_FAILURE_RECORDS + 5 }, (_, i) => ({
      key: `k${i}`, guideId: 'g', guideVersion: 1, stepId: `s${i}`, kind: 'step-passed-over' as const, page: 'dichvucong.gov.vn',
      browser: 'Chrome 156', extension: '0.1.0', count: 1, firstAt: i, lastAt: i,
    }));
    await store.mergeFailures(records);
    const all = await store.listFailures();
    expect(all).toHaveLength(MAX_FAILURE_RECORDS);
    expect(all.some((r) => r.key === 'k0')).toBe(false);
    store.close();
  });
});
