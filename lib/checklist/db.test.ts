import { IDBFactory } from 'fake-indexeddb';
import { generateSessions } from '../../tests/fixtures/sessions';
import { describe, expect, it, vi } from 'vitest';
import { ChecklistError } from './errors';
import { DB_NAME, DB_VERSION, openChecklistDb } from './db';
import { createChecklistStore } from './store';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The database exactly as the first release created it, filled with first-release records. */
async function createV1Database(factory: IDBFactory, records: unknown[]): Promise<void> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const sessions = open.result.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('updatedAt', 'updatedAt');
  };
  const db = await request(open);
  const tx = db.transaction('sessions', 'readwrite');
  for (const record of records) tx.objectStore('sessions').put(record);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

const v1Record = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  residentLabel: `Người ${id}`,
  guideId: 'khai-sinh',
  guideVersion: 1,
  status: 'dang-lam',
  steps: { 'chon-thu-tuc': { done: true, at: 1_000 } },
  currentStep: 1,
  documentsTicked: ['giay-chung-sinh', 'cccd'],
  paidOnline: false,
  notes: 'ghi chú',
  createdAt: 1_000,
  updatedAt: 2_000,
  ...extra,
});

describe('checklist database', () => {
  it('creates the current schema: sessions with its three indexes and settings (no progress store)', async () => {
    const db = await openChecklistDb(new IDBFactory());
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'failures', 'meta', 'sessions']);
    const tx = db.transaction('sessions');
    expect([...tx.store.indexNames].sort()).toEqual(['byGuide', 'byStatus', 'byUpdated']);
    expect(await db.get('meta', 'settings')).toEqual({ retentionDays: 90, dueSoonDays: 2 });
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('upgrades a version-3 database to drop the progress store and keeps every session', async () => {
    const factory = new IDBFactory();
    const old = await openChecklistDb(factory, { version: 3 });
    expect([...old.objectStoreNames]).toContain('progress');
    const sessions = generateSessions(30);
    const tx = old.transaction(['sessions', 'meta'], 'readwrite');
    for (const s of sessions) await tx.objectStore('sessions').put(s);
    await tx.objectStore('meta').put({ retentionDays: 30, dueSoonDays: 3 }, 'settings');
    await tx.done;
    old.close();

    const store = createChecklistStore(factory);
    const all = await store.listAll();
    expect(all.corrupted).toEqual([]);
    expect(all.sessions.map((s) => s.id).sort()).toEqual(sessions.map((s) => s.id).sort());
    for (const s of sessions) expect(await store.get(s.id)).toEqual(s);
    expect(await store.getSettings()).toEqual({ retentionDays: 30, dueSoonDays: 3 });
    store.close();
    const now = await openChecklistDb(factory);
    expect([...now.objectStoreNames]).not.toContain('progress');
    now.close();
  });

  it('upgrades a version-5 database written with Vietnamese status ids to the English ids, index included', async () => {
    const factory = new IDBFactory();
    const old = await openChecklistDb(factory, { version: 5 });
    const oldIds = ['chua-bat-dau', 'dang-lam', 'da-nop', 'can-bo-sung', 'da-xong'];
    const written = generateSessions(5).map((s, i) => ({ ...s, status: oldIds[i] }));
    const tx = old.transaction('sessions', 'readwrite');
    for (const s of written) await tx.store.put(s);
    await tx.done;
    old.close();

    const store = createChecklistStore(factory);
    const all = await store.listAll();
    expect(all.corrupted).toEqual([]);
    const byId = new Map(all.sessions.map((s) => [s.id, s]));
    expect(written.map((s) => byId.get(s.id)?.status)).toEqual(['not-started', 'in-progress', 'submitted', 'action-needed', 'done']);
    // Nothing else in a record changes.
    for (const s of written) expect(byId.get(s.id)).toEqual({ ...s, status: byId.get(s.id)?.status });
    expect((await store.listByStatus('in-progress')).sessions.map((s) => s.id)).toEqual([written[1]?.id]);
    store.close();
  });

  it('upgrades a first-version database keeping and converting every record', async () => {
    const factory = new IDBFactory();
    const records = [
      v1Record('a'),
      v1Record('b', { guideId: 'thuong-tru', status: 'da-nop', dossierCode: 'G22.99.08-250101-0001', channel: 'online', paidOnline: true, updatedAt: 3_000 }),
      v1Record('c', { documentsTicked: [], notes: undefined }),
      v1Record('damaged', { status: 'lam-xong', createdAt: 'hôm qua' }),
    ];
    await createV1Database(factory, records);

    const store = createChecklistStore(factory);
    const all = await store.listAll();
    expect(all.sessions.map((s) => s.id).sort()).toEqual(['a', 'b', 'c']);
    expect(all.corrupted).toEqual([{ id: 'damaged', problem: expect.stringContaining('status') }]);

    const a = await store.get('a');
    expect(a).toMatchObject({
      residentLabel: 'Người a',
      documents: { 'giay-chung-sinh': true, cccd: true },
      guideTitle: 'khai-sinh',
      resultByPost: false,
      paidOnline: false,
      steps: { 'chon-thu-tuc': { done: true, at: 1_000 } },
      notes: 'ghi chú',
    });
    expect(a).not.toHaveProperty('documentsTicked');
    expect(await store.get('b')).toMatchObject({ status: 'submitted', submittedAt: 3_000, paidOnline: true, dossierCode: 'G22.99.08-250101-0001' });
    expect((await store.get('c'))?.notes).toBe('');

    // The new indexes cover the migrated records.
    expect((await store.listByGuide('thuong-tru')).sessions.map((s) => s.id)).toEqual(['b']);
    expect((await store.listByStatus('in-progress')).sessions.map((s) => s.id).sort()).toEqual(['a', 'c']);
    expect((await store.listRecent(10)).sessions.map((s) => s.id)[0]).toBe('b');
    // The damaged record is still there, untouched, for a person to look at.
    const raw = await openChecklistDb(factory);
    expect(await raw.get('sessions', 'damaged')).toMatchObject({ status: 'lam-xong', createdAt: 'hôm qua' });
    expect(await raw.count('sessions')).toBe(4);
    raw.close();
    store.close();
  });

  it('reports "blocked" when another tab keeps the old version open, and opens once it is closed', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory, [v1Record('a')]);
    const oldTab = await request(factory.open(DB_NAME, 1));

    const error = await openChecklistDb(factory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecklistError);
    expect((error as ChecklistError).code).toBe('blocked');
    expect((error as ChecklistError).messages.vi).toContain('thẻ khác');

    oldTab.close();
    const store = createChecklistStore(factory);
    expect((await store.listAll()).sessions.map((s) => s.id)).toEqual(['a']);
    store.close();
  });

  it('closes and tells the UI when a newer version opens in another tab; later calls say "reload"', async () => {
    const factory = new IDBFactory();
    const onVersionChange = vi.fn();
    const store = createChecklistStore(factory, { onVersionChange });
    await store.listAll();

    const newer = factory.open(DB_NAME, DB_VERSION + 1);
    const newerDb = await request(newer); // not blocked: this store let go of the database
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(onVersionChange.mock.calls[0]?.[0]).toMatchObject({ code: 'version-change' });

    await expect(store.listAll()).rejects.toMatchObject({ code: 'version-change' });
    newerDb.close();
  });
});
