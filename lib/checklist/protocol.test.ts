import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { vnTime } from '../../tests/fixtures/sessions';
import { backupToJson, exportBackup } from './backup';
import type { Session } from './model';
import { handleChecklistMessage, isChecklistEvent, isChecklistMessage, type ChecklistEvent } from './protocol';
import { DEFAULT_SETTINGS } from './schema';
import { createChecklistStore } from './store';

function setup() {
  const clock = { now: vnTime('2025-08-01 09:00') };
  let n = 0;
  const store = createChecklistStore(new IDBFactory(), { now: () => clock.now, newId: () => `id-${++n}` });
  const events: ChecklistEvent[] = [];
  const deps = { emit: (e: ChecklistEvent) => events.push(e), now: () => clock.now };
  return { store, events, deps, clock };
}

const input = { residentLabel: 'Bà Lan', guideId: 'khai-sinh', guideVersion: 1, guideTitle: 'Đăng ký khai sinh', procedureCode: '1.001193' };

describe('checklist messages', () => {
  it('recognises its own requests and events only', () => {
    expect(isChecklistMessage({ type: 'session:list', query: { by: 'recent' } })).toBe(true);
    expect(isChecklistMessage({ type: 'guide:start' })).toBe(false);
    expect(isChecklistMessage('session:list')).toBe(false);
    expect(isChecklistEvent({ type: 'session:changed', session: {} })).toBe(true);
    expect(isChecklistEvent({ type: 'session:create' })).toBe(false);
  });

  it('creates and updates a session, broadcasting every change', async () => {
    const { store, events, deps, clock } = setup();
    const created = await handleChecklistMessage(store, { type: 'session:create', input }, deps);
    expect(created).toMatchObject({ ok: true, data: { id: 'id-1', status: 'not-started' } });

    clock.now += 1000;
    const updated = await handleChecklistMessage(
      store,
      { type: 'session:update', id: 'id-1', action: { kind: 'set-dossier-code', code: 'g22.99.08-250801-0001' } },
      deps,
    );
    expect(updated).toMatchObject({ ok: true, data: { status: 'submitted', dossierCode: 'G22.99.08-250801-0001', submittedAt: clock.now } });
    expect(events.map((e) => e.type)).toEqual(['session:changed', 'session:changed']);
    expect(events[1]).toMatchObject({ session: { status: 'submitted' } });

    const list = await handleChecklistMessage(store, { type: 'session:list', query: { by: 'search', text: 'G22.99.08-250801' } }, deps);
    expect(list.ok && list.data.sessions.map((s) => s.id)).toEqual(['id-1']);
  });

  it('saves several actions of one form in one request, with one change event', async () => {
    const { store, events, deps } = setup();
    await handleChecklistMessage(store, { type: 'session:create', input }, deps);
    const updated = await handleChecklistMessage(
      store,
      {
        type: 'session:update',
        id: 'id-1',
        action: [
          { kind: 'set-dossier-code', code: 'G22.99.08-250801-0001' },
          { kind: 'set-details', details: { notes: 'Hẹn thứ Hai' } },
        ],
      },
      deps,
    );
    expect(updated).toMatchObject({ ok: true, data: { status: 'submitted', dossierCode: 'G22.99.08-250801-0001', notes: 'Hẹn thứ Hai' } });
    expect(events.map((e) => e.type)).toEqual(['session:changed', 'session:changed']);
    expect(await store.get('id-1')).toMatchObject({ dossierCode: 'G22.99.08-250801-0001', notes: 'Hẹn thứ Hai' });
  });

  it('returns failures as data with a Vietnamese message instead of throwing', async () => {
    const { store, deps, events } = setup();
    const missing = await handleChecklistMessage(store, { type: 'session:update', id: 'nope', action: { kind: 'set-status', status: 'done' } }, deps);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: { vi: expect.stringContaining('Không tìm thấy') } } });
    const bad = await handleChecklistMessage(store, { type: 'drop-tables' }, deps);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const invalid = await handleChecklistMessage(store, { type: 'session:save', session: { id: 'x' } as unknown as Session }, deps);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(events).toEqual([]);
  });

  it('previews and imports a backup, reporting the path of an error', async () => {
    const { store, deps, events } = setup();
    await handleChecklistMessage(store, { type: 'session:create', input }, deps);
    const exported = await handleChecklistMessage(store, { type: 'backup:export' }, deps);
    if (!exported.ok) throw new Error('export failed');
    const other: Session = { ...(exported.data.sessions[0] as Session), id: 'from-other-laptop' };
    const text = backupToJson(exportBackup([...exported.data.sessions, other], DEFAULT_SETTINGS, 0));

    const preview = await handleChecklistMessage(store, { type: 'backup:preview', text }, deps);
    expect(preview).toMatchObject({ ok: true, data: { ok: true, add: 1, unchanged: 1 } });
    const imported = await handleChecklistMessage(store, { type: 'backup:import', text }, deps);
    expect(imported).toMatchObject({ ok: true, data: { ok: true, result: { added: 1 } } });
    expect(events.at(-1)).toEqual({ type: 'sessions:restored', count: 1 });

    const broken = text.replace('"status": "not-started"', '"status": 3');
    const rejected = await handleChecklistMessage(store, { type: 'backup:import', text: broken }, deps);
    expect(rejected).toMatchObject({ ok: true, data: { ok: false, problems: [{ path: 'sessions[0].status' }] } });
  });

  it('builds the report and clears all data on request', async () => {
    const { store, deps, events } = setup();
    await handleChecklistMessage(store, { type: 'session:create', input }, deps);
    const report = await handleChecklistMessage(
      store,
      { type: 'report:get', options: { period: 'day', from: '2025-08-01', to: '2025-08-01', today: '2025-08-01' } },
      deps,
    );
    expect(report.ok && report.data.total.sessions).toBe(1);
    await handleChecklistMessage(store, { type: 'data:clear' }, deps);
    expect(events.at(-1)).toEqual({ type: 'data:cleared' });
    const list = await handleChecklistMessage(store, { type: 'session:list', query: { by: 'all' } }, deps);
    expect(list).toEqual({ ok: true, data: { sessions: [], corrupted: [] } });
  });
});
