import { IDBFactory } from 'fake-indexeddb';
import { sessionsToCsv } from './csv';
import { describe, expect, it, vi } from 'vitest';
import { generateSessions, vnTime } from '../../tests/fixtures/sessions';
import { planRestore } from './backup';
import { openChecklistDb } from './db';
import { setDossierCode, setStep, toggleDocument, type NewSessionInput, type Session } from './model';
import { createChecklistStore, type ChecklistStore } from './store';

const DAY = 86_400_000;

function setup(start = vnTime('2025-08-01 09:00')): { store: ChecklistStore; factory: IDBFactory; clock: { now: number } } {
  const factory = new IDBFactory();
  const clock = { now: start };
  let n = 0;
  const store = createChecklistStore(factory, { now: () => clock.now, newId: () => `id-${++n}` });
  return { store, factory, clock };
}

const input = (label: string, guideId = 'khai-sinh'): NewSessionInput => ({
  residentLabel: label,
  guideId,
  guideVersion: 1,
  guideTitle: guideId === 'khai-sinh' ? 'Đăng ký khai sinh' : 'Đăng ký thường trú',
});

async function putRaw(factory: IDBFactory, value: unknown): Promise<void> {
  const db = await openChecklistDb(factory);
  await db.put('sessions', value);
  db.close();
}

describe('checklist store', () => {
  it('creates, reads, updates and removes a session', async () => {
    const { store, clock } = setup();
    const created = await store.create(input('Bà Lan tổ 5'));
    expect(created).toMatchObject({ id: 'id-1', status: 'not-started', createdAt: clock.now });
    expect(await store.get('id-1')).toEqual(created);

    clock.now += 60_000;
    const updated = await store.update('id-1', (s) => setStep(toggleDocument(s, 'giay-chung-sinh', clock.now), 'chon-thu-tuc', true, clock.now, 1));
    expect(updated).toMatchObject({ status: 'in-progress', documents: { 'giay-chung-sinh': true }, updatedAt: clock.now });
    expect(await store.get('id-1')).toEqual(updated);

    await store.remove('id-1');
    expect(await store.get('id-1')).toBeUndefined();
    await expect(store.update('id-1', (s) => s)).rejects.toMatchObject({ code: 'not-found' });
    store.close();
  });

  it('reports a stored session with an impossible date as damaged and lists, exports and reports the rest', async () => {
    const { store, factory } = setup();
    const good = await store.create(input('Bà Lan'));
    await putRaw(factory, { ...good, id: 'xa-9e15', updatedAt: 9e15 });
    await putRaw(factory, { ...good, id: 'nam-30000', updatedAt: Date.UTC(30000, 0, 1) });
    for (const list of [await store.listAll(), await store.listRecent(), await store.search('lan')]) {
      expect(list.sessions.map((s) => s.id)).toEqual([good.id]);
      expect(list.corrupted.map((c) => c.id).sort()).toEqual(['nam-30000', 'xa-9e15']);
    }
    const all = (await store.listAll()).sessions;
    expect(() => sessionsToCsv(all, 'vi')).not.toThrow();
    // Nor can one be written: a far-future update would never expire.
    await expect(store.save({ ...good, updatedAt: Date.UTC(2099, 0, 1) })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('refuses to store an invalid session and keeps the old one', async () => {
    const { store } = setup();
    await store.create(input('Bà Lan'));
    await expect(store.update('id-1', (s) => ({ ...s, status: 'xong' as Session['status'] }))).rejects.toMatchObject({ code: 'invalid' });
    expect((await store.get('id-1'))?.status).toBe('not-started');
  });

  it('lists by last update, by guide and by status', async () => {
    const { store, clock } = setup();
    for (const [label, guide] of [['A', 'khai-sinh'], ['B', 'thuong-tru'], ['C', 'khai-sinh']] as const) {
      await store.create(input(label, guide));
      clock.now += 1000;
    }
    await store.update('id-1', (s) => setDossierCode(s, 'G22.99.08-250801-0001', clock.now));

    expect((await store.listRecent(2)).sessions.map((s) => s.residentLabel)).toEqual(['A', 'C']);
    expect((await store.listByGuide('khai-sinh')).sessions.map((s) => s.residentLabel)).toEqual(['A', 'C']);
    expect((await store.listByStatus('submitted')).sessions.map((s) => s.residentLabel)).toEqual(['A']);
    expect((await store.listByStatus('not-started')).sessions.map((s) => s.residentLabel)).toEqual(['C', 'B']);
  });

  it('lists the sessions of one day in Vietnam time', async () => {
    const { store, clock } = setup(vnTime('2025-08-01 23:50'));
    await store.create(input('late on the 1st'));
    clock.now = vnTime('2025-08-02 00:10');
    await store.create(input('early on the 2nd'));
    await store.update('id-1', (s) => setStep(s, 'a', true, clock.now)); // worked on again on the 2nd
    expect((await store.listForDay('2025-08-01')).sessions.map((s) => s.residentLabel)).toEqual(['late on the 1st']);
    expect((await store.listForDay('2025-08-02')).sessions.map((s) => s.residentLabel).sort()).toEqual(['early on the 2nd', 'late on the 1st']);
  });

  it('searches labels ignoring diacritics and case, and dossier codes', async () => {
    const { store } = setup();
    await store.create(input('Bà Đặng Thị Lan'));
    await store.create(input('Ông Tư'));
    await store.update('id-2', (s) => setDossierCode(s, 'G22.99.08-250801-0042', s.updatedAt));
    expect((await store.search('dang thi')).sessions.map((s) => s.id)).toEqual(['id-1']);
    expect((await store.search('ĐẶNG')).sessions.map((s) => s.id)).toEqual(['id-1']);
    expect((await store.search('0042')).sessions.map((s) => s.id)).toEqual(['id-2']);
  });

  it('lists dossiers due soon and overdue ("Sắp đến hạn / Quá hạn"), earliest first', async () => {
    const { store, clock } = setup();
    const dates = ['2025-08-05', '2025-08-03', '2025-08-09', '2025-08-06'];
    for (const [i, resultDate] of dates.entries()) {
      await store.create(input(`R${i}`));
      await store.update(`id-${i + 1}`, (s) => ({ ...setDossierCode(s, `G22.99.08-250801-000${i}`, clock.now), resultDate }));
    }
    await store.create(input('not submitted'));
    await store.update('id-5', (s) => ({ ...s, resultDate: '2025-08-01' }));
    await store.update('id-4', (s) => ({ ...s, status: 'done' }));

    const today = '2025-08-05';
    expect((await store.overdue(today)).sessions.map((s) => s.resultDate)).toEqual(['2025-08-03']);
    expect((await store.dueSoon(today)).sessions.map((s) => s.resultDate)).toEqual(['2025-08-05']);
    expect((await store.dueSoon(today, 5)).sessions.map((s) => s.resultDate)).toEqual(['2025-08-05', '2025-08-09']);
  });

  it('skips a damaged record, reports it, and still loads the others', async () => {
    const { store, factory } = setup();
    await store.create(input('A'));
    await store.create(input('B'));
    // No updatedAt: invisible to the byUpdated index, must still be reported.
    await putRaw(factory, { id: 'broken', residentLabel: 'X', status: 'submitted' });
    await putRaw(factory, { id: 'broken-2', guideId: 'khai-sinh', status: 'submitted', updatedAt: 5 });

    const recent = await store.listRecent();
    expect(recent.sessions.map((s) => s.residentLabel).sort()).toEqual(['A', 'B']);
    expect(recent.corrupted.map((c) => c.id).sort()).toEqual(['broken', 'broken-2']);
    expect(recent.corrupted.find((c) => c.id === 'broken-2')?.problem).toContain('residentLabel');
    const byGuide = await store.listByGuide('khai-sinh');
    expect(byGuide.sessions).toHaveLength(2);
    expect(byGuide.corrupted.map((c) => c.id)).toEqual(['broken-2']);
    await expect(store.get('broken')).rejects.toMatchObject({ code: 'corrupted', id: 'broken', messages: { vi: expect.stringContaining('hỏng') } });
    expect(await store.get('id-1')).toMatchObject({ residentLabel: 'A' });
  });

  it('on a full disk keeps the unsaved change for a retry, and the other records intact', async () => {
    const { store, clock } = setup();
    await store.create(input('A'));
    await store.create(input('B'));
    clock.now += 1000;

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await store.update('id-1', (s) => setDossierCode(s, 'G22.99.08-250801-0001', clock.now)).catch((e: unknown) => e);
    expect(put).toHaveBeenCalled();
    expect(error).toMatchObject({ code: 'quota', id: 'id-1', pending: { dossierCode: 'G22.99.08-250801-0001', status: 'submitted' } });
    expect((error as { messages: { vi: string } }).messages.vi).toContain('Bộ nhớ');

    // Nothing half-written; the other session untouched.
    expect((await store.get('id-1'))?.status).toBe('not-started');
    expect(await store.get('id-2')).toMatchObject({ residentLabel: 'B' });
    // Space freed: the kept change is saved as it was.
    const pending = (error as { pending: Session }).pending;
    expect(await store.save(pending)).toEqual(pending);
    expect((await store.get('id-1'))?.dossierCode).toBe('G22.99.08-250801-0001');
  });

  it('removes sessions older than the retention period, 90 days by default', async () => {
    const { store, clock } = setup();
    await store.create(input('old'));
    clock.now += 60 * DAY;
    await store.create(input('recent'));
    expect(await store.applyRetention(clock.now + 31 * DAY)).toBe(1);
    expect((await store.listAll()).sessions.map((s) => s.residentLabel)).toEqual(['recent']);

    await store.setSettings({ retentionDays: 10 });
    expect(await store.getSettings()).toEqual({ retentionDays: 10, dueSoonDays: 2 });
    expect(await store.applyRetention(clock.now + 11 * DAY)).toBe(1);
    await expect(store.setSettings({ retentionDays: 0 })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('restores a backup without overwriting newer local sessions unless asked', async () => {
    const { store } = setup();
    const [a, b, c] = generateSessions(3) as [Session, Session, Session];
    await store.save({ ...a, notes: 'local newer', updatedAt: a.updatedAt + 10 });
    await store.save({ ...b, notes: 'local older', updatedAt: b.updatedAt - 10 });

    const plan = planRestore((await store.listAll()).sessions, [a, b, c]);
    expect(await store.restore(plan)).toEqual({ added: 1, replaced: 1, keptLocal: 1, overwritten: 0 });
    expect((await store.get(a.id))?.notes).toBe('local newer');
    expect(await store.get(b.id)).toEqual(b);
    expect(await store.get(c.id)).toEqual(c);

    const again = planRestore((await store.listAll()).sessions, [a]);
    expect(await store.restore(again, { overwriteNewer: true })).toMatchObject({ overwritten: 1, keptLocal: 0 });
    expect(await store.get(a.id)).toEqual(a);
  });

  it('"Xóa toàn bộ dữ liệu" deletes the database itself, not only its records', async () => {
    const { store, factory } = setup();
    await store.create(input('A'));
    expect((await factory.databases()).map((d) => d.name)).toContain('dvc-guide');
    await store.clearAll();
    expect((await factory.databases()).map((d) => d.name)).not.toContain('dvc-guide');
    // And the next use starts from an empty, current database.
    expect(await store.listAll()).toEqual({ sessions: [], corrupted: [] });
  });

  it('"Xóa toàn bộ dữ liệu" removes sessions and settings', async () => {
    const { store } = setup();
    await store.create(input('A'));
    await store.setSettings({ retentionDays: 30 });
    await store.clearAll();
    expect(await store.listAll()).toEqual({ sessions: [], corrupted: [] });
    expect((await store.getSettings()).retentionDays).toBe(90);
  });
});
