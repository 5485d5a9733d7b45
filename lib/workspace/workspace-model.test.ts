import { describe, expect, it } from 'vitest';
import { TEST_GUIDE } from '../../tests/fixtures/test-guide';
import { CHECKLIST_MESSAGES } from '../checklist/messages';
import type { NewSessionInput } from '../checklist/model';
import { handleChecklistMessage } from '../checklist/protocol';
import { createChecklistClient } from './client';
import { createHarness } from './test-harness';
import { createWorkspaceModel } from './workspace-model';

const TODAY = '2025-08-20';
const input = (label: string): NewSessionInput => ({
  residentLabel: label,
  guideId: TEST_GUIDE.id,
  guideVersion: TEST_GUIDE.version,
  guideTitle: TEST_GUIDE.title,
  procedureCode: TEST_GUIDE.procedure?.code,
});

describe('workspace model', () => {
  it('a new session opens, is listed under today, and survives a new panel (reload)', async () => {
    const h = createHarness();
    const model = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    await model.load();
    const session = await model.create(input('Bà Lan tổ 5'));
    expect(session).not.toBeNull();
    expect(model.view.value).toBe('session');
    expect(model.selected.value?.residentLabel).toBe('Bà Lan tổ 5');
    expect(model.todaySessions.value.map((s) => s.residentLabel)).toEqual(['Bà Lan tổ 5']);

    const again = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    await again.load();
    expect(again.todaySessions.value.map((s) => s.residentLabel)).toEqual(['Bà Lan tổ 5']);
  });

  it('shows a change made on another surface without reloading', async () => {
    const h = createHarness();
    const panel = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    await panel.load();
    const created = await panel.create(input('Anh Minh'));
    const other = h.client();
    await other.request('session:update', { id: created!.id, action: { kind: 'set-step', stepId: 'dang-nhap', done: true } });
    await other.request('session:update', { id: created!.id, action: { kind: 'toggle-document', docId: 'to-khai', ticked: true } });
    await h.settle();
    expect(panel.selected.value?.steps['dang-nhap']?.done).toBe(true);
    expect(panel.selected.value?.documents['to-khai']).toBe(true);
    expect(panel.selected.value?.status).toBe('in-progress');
  });

  it('ticking the current step moves the current step to the next one not done', async () => {
    const h = createHarness();
    const model = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    const s = await model.create(input('Cô Nguyệt'));
    await model.tickStep(s!.id, 'dang-nhap', true);
    expect(model.selected.value?.currentStep).toBe(1);
    expect(model.announcement.value?.key).toBe('ws.saved');
  });

  it('finds sessions by label without diacritics, and by dossier code', async () => {
    const h = createHarness();
    const model = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    const a = await model.create(input('Ông Tư xóm Đồng'));
    await model.create(input('Chị Hạnh'));
    await model.update(a!.id, { kind: 'set-dossier-code', code: 'G22.99.08-250801-0001' });
    await model.search('ong tu xom dong');
    expect(model.sessions.value.map((s) => s.residentLabel)).toEqual(['Ông Tư xóm Đồng']);
    await model.search('250801');
    expect(model.sessions.value.map((s) => s.residentLabel)).toEqual(['Ông Tư xóm Đồng']);
  });

  it('lists a submitted dossier whose result date is past as overdue, and near as due soon', async () => {
    const h = createHarness();
    const model = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    const late = await model.create(input('Trễ hẹn'));
    const soon = await model.create(input('Sắp hẹn'));
    await model.updateMany(late!.id, [
      { kind: 'set-dossier-code', code: 'G22.99.08-250801-0001' },
      { kind: 'set-details', details: { resultDate: '2025-08-18' } },
    ]);
    await model.updateMany(soon!.id, [
      { kind: 'set-status', status: 'submitted' },
      { kind: 'set-details', details: { resultDate: '2025-08-21' } },
    ]);
    await h.settle();
    expect(model.overdue.value.map((s) => s.residentLabel)).toEqual(['Trễ hẹn']);
    expect(model.dueSoon.value.map((s) => s.residentLabel)).toEqual(['Sắp hẹn']);
    await model.update(late!.id, { kind: 'set-status', status: 'done' });
    await h.settle();
    expect(model.overdue.value).toEqual([]);
  });

  it('saves a form’s several fields in one request', async () => {
    const sent: string[] = [];
    const h = createHarness({
      onRequest: (message) => {
        sent.push((message as { type: string }).type);
        return undefined;
      },
    });
    const model = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    const s = await model.create(input('Bà Lan'));
    sent.length = 0;
    const saved = await model.updateMany(s!.id, [
      { kind: 'set-dossier-code', code: 'G22.99.08-250801-0001' },
      { kind: 'set-details', details: { resultDate: '2025-08-18' } },
      { kind: 'set-status', status: 'action-needed' },
    ]);
    expect(sent.filter((type) => type === 'session:update')).toEqual(['session:update']);
    expect(saved).toMatchObject({ dossierCode: 'G22.99.08-250801-0001', resultDate: '2025-08-18', status: 'action-needed' });
  });

  it('keeps a change the full disk refused on screen and saves it on retry', async () => {
    const h = createHarness();
    const real = h.client();
    const s = await real.request('session:create', { input: input('Bà Lan') });
    const pending = { ...s, notes: 'gọi lại chiều nay', updatedAt: s.updatedAt + 5 };
    // What the background answers when the store hits QuotaExceededError.
    const client = createChecklistClient(async (message) => {
      if ((message as { type: string }).type === 'session:update') {
        return { ok: false, error: { code: 'quota', message: CHECKLIST_MESSAGES.errQuota, pending } };
      }
      return handleChecklistMessage(h.store, message);
    });
    const model = createWorkspaceModel({ client, guides: [TEST_GUIDE], today: () => TODAY });
    await model.select(s.id);
    await model.update(s.id, { kind: 'set-details', details: { notes: 'gọi lại chiều nay' } });
    expect(model.error.value?.message.vi).toBe(CHECKLIST_MESSAGES.errQuota.vi);
    expect(model.selected.value?.notes).toBe('gọi lại chiều nay');
    await model.retry();
    expect(model.error.value).toBeNull();
    expect((await h.store.get(s.id))?.notes).toBe('gọi lại chiều nay');
  });

  it('says a session was deleted elsewhere and goes back to the list', async () => {
    const h = createHarness();
    const model = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    const s = await model.create(input('Bà Lan'));
    await h.client().request('session:remove', { id: s!.id });
    await h.settle();
    expect(model.view.value).toBe('home');
    expect(model.sessions.value).toEqual([]);
  });

  it('reports damaged records and still lists the others', async () => {
    const h = createHarness();
    const model = createWorkspaceModel({ client: h.client(), guides: [TEST_GUIDE], today: () => TODAY });
    await model.create(input('Bà Lan'));
    h.store.close();
    // Damage one record behind the store's back.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(h.dbName);
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').put({ id: 'x', updatedAt: 5, status: 'nonsense' });
      tx.oncomplete = () => resolve();
    });
    db.close();
    await model.load();
    expect(model.sessions.value.map((s) => s.residentLabel)).toEqual(['Bà Lan']);
    expect(model.corrupted.value.map((c) => c.id)).toEqual(['x']);
  });
});
