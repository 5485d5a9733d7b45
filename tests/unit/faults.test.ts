// @vitest-environment happy-dom
/**
 * Faults a helper or a resident can run into, each handled with a clear message and nothing lost. These
 * fill the gaps left by the tests beside the code (see the list in each describe); the service worker
 * stopped mid-session and the content script injected twice need the real browser: tests/e2e/faults.e2e.ts.
 */
import { overlayTestGuide } from '../fixtures/overlay-guide';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupToJson, exportBackup } from '../../lib/checklist/backup';
import { DB_NAME, SETTINGS_KEY, openChecklistDb } from '../../lib/checklist/db';
import { handleChecklistMessage, type ChecklistEvent } from '../../lib/checklist/protocol';
import { DEFAULT_SETTINGS } from '../../lib/checklist/schema';
import { createChecklistStore, type ChecklistStore } from '../../lib/checklist/store';
import type { Session } from '../../lib/checklist/model';
import { createOverlayModel, TARGET_ATTRIBUTE, type OverlayModel } from '../../lib/overlay/overlay-model';
import { createMemoryProgressPort } from '../../lib/overlay/progress-port';
import { generateSessions, vnTime } from '../fixtures/sessions';

// ── Checklist database (the background's store, seen through the side panel's messages) ──────────

function setup(factory = new IDBFactory()): { store: ChecklistStore; factory: IDBFactory; events: ChecklistEvent[]; deps: { emit(e: ChecklistEvent): void; now(): number } } {
  const clock = { now: vnTime('2025-08-01 09:00') };
  let n = 0;
  const store = createChecklistStore(factory, { now: () => clock.now, newId: () => `id-${++n}` });
  const events: ChecklistEvent[] = [];
  return { store, factory, events, deps: { emit: (e) => events.push(e), now: () => clock.now } };
}

const input = { residentLabel: 'Bà Lan', guideId: 'khai-sinh', guideVersion: 1, guideTitle: 'Đăng ký khai sinh' };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function putRaw(factory: IDBFactory, storeName: 'sessions' | 'meta', value: unknown, key?: string): Promise<void> {
  const db = await openChecklistDb(factory);
  await (key === undefined ? db.put(storeName, value) : db.put(storeName, value, key));
  db.close();
}

async function getRaw(factory: IDBFactory, id: string): Promise<unknown> {
  const db = await openChecklistDb(factory);
  const value = await db.get('sessions', id);
  db.close();
  return value;
}

const quotaError = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// Already covered in lib/checklist/db.test.ts: openChecklistDb rejects with 'blocked' at once, and a new
// store opens once the old tab closes. Here: what the side panel gets, and that the same store recovers.
describe('fault: the database is blocked by an older tab', () => {
  it('a new session made meanwhile comes back unsaved with a Vietnamese message, and saves once the tab closes', async () => {
    const factory = new IDBFactory();
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    const oldTab = await request(open);
    const tx = oldTab.transaction('sessions', 'readwrite');
    tx.objectStore('sessions').put({ id: 'cu', residentLabel: 'Ông Ba', guideId: 'khai-sinh', guideVersion: 1, status: 'dang-lam', steps: {}, currentStep: 0, documentsTicked: [], paidOnline: false, notes: '', createdAt: 1_000, updatedAt: 2_000 });
    await new Promise((resolve) => (tx.oncomplete = resolve));

    const { store, deps, events } = setup(factory);
    const blocked = await handleChecklistMessage(store, { type: 'session:create', input }, deps);
    expect(blocked).toMatchObject({
      ok: false,
      error: { code: 'blocked', message: { vi: expect.stringContaining('thẻ khác'), en: expect.stringContaining('another tab') }, pending: { residentLabel: 'Bà Lan' } },
    });
    expect(events).toEqual([]);

    oldTab.close();
    const pending = (blocked as { error: { pending: Session } }).error.pending;
    const saved = await handleChecklistMessage(store, { type: 'session:save', session: pending }, deps);
    expect(saved).toMatchObject({ ok: true, data: { id: pending.id, residentLabel: 'Bà Lan' } });
    const list = await handleChecklistMessage(store, { type: 'session:list', query: { by: 'all' } }, deps);
    expect(list.ok && list.data.sessions.map((s) => s.residentLabel).sort()).toEqual(['Bà Lan', 'Ông Ba']);
    store.close();
  });
});

// Already covered in lib/checklist/store.test.ts: store.update on a full disk keeps the change in
// error.pending and saves it later; lib/overlay/overlay-model.test.ts: the overlay keeps running in
// memory when its save fails. Here: the change crossing the message boundary, and an atomic restore.
describe('fault: storage is full', () => {
  it('a ticked document that could not be saved comes back to the side panel for a retry', async () => {
    const { store, deps, events } = setup();
    const created = { data: await store.create(input) };

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quotaError();
    });
    const failed = await handleChecklistMessage(store, { type: 'session:update', id: created.data.id, action: { kind: 'toggle-document', docId: 'to-khai' } }, deps);
    expect(failed).toMatchObject({ ok: false, error: { code: 'quota', message: { vi: expect.stringContaining('Bộ nhớ') }, pending: { documents: { 'to-khai': true } } } });
    // Nothing was announced as saved, nothing half-written.
    expect(events).toEqual([]);
    expect((await store.get(created.data.id))?.documents).toEqual({});

    const retry = await handleChecklistMessage(store, { type: 'session:save', session: (failed as { error: { pending: Session } }).error.pending }, deps);
    expect(retry).toMatchObject({ ok: true, data: { documents: { 'to-khai': true } } });
  });

  it('a backup restore that fills the disk half-way writes nothing and keeps what was there', async () => {
    const { store, deps } = setup();
    await handleChecklistMessage(store, { type: 'session:create', input }, deps);
    const backup = backupToJson(exportBackup(generateSessions(8), DEFAULT_SETTINGS, vnTime('2025-08-20 10:00')));

    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 4) throw quotaError();
      return put.apply(this, args);
    });
    const failed = await handleChecklistMessage(store, { type: 'backup:import', text: backup }, deps);
    expect(failed).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();

    const list = await store.listAll();
    expect(list.sessions.map((s) => s.residentLabel)).toEqual(['Bà Lan']);
    // Space freed: the same file imports completely.
    const retried = await handleChecklistMessage(store, { type: 'backup:import', text: backup }, deps);
    expect(retried).toMatchObject({ ok: true, data: { ok: true, result: { added: 8 } } });
  });
});

// Already covered in lib/checklist/store.test.ts: lists skip and report a damaged record (also one the
// index cannot see) and store.get says 'corrupted'; lib/overlay/run-store.test.ts: a malformed saved run
// is ignored. Here: a change to a damaged record, and damaged progress or settings.
describe('fault: a corrupted record', () => {
  it('a change to a damaged session is refused with a message and the record is kept exactly as it was', async () => {
    const { store, factory, deps, events } = setup();
    const damaged = { id: 'hong', guideId: 'khai-sinh', status: 'submitted', dossierCode: 'G22.99.08-250801-0001', updatedAt: 5 };
    await putRaw(factory, 'sessions', damaged);

    const refused = await handleChecklistMessage(store, { type: 'session:update', id: 'hong', action: { kind: 'toggle-document', docId: 'to-khai' } }, deps);
    expect(refused).toMatchObject({ ok: false, error: { code: 'corrupted', id: 'hong', message: { vi: expect.stringContaining('hỏng'), en: expect.stringContaining('damaged') } } });
    expect(events).toEqual([]);
    // Kept for a backup or a repair by hand, never dropped or overwritten.
    expect(await getRaw(factory, 'hong')).toEqual(damaged);
    const list = await handleChecklistMessage(store, { type: 'session:list', query: { by: 'recent' } }, deps);
    expect(list).toMatchObject({ ok: true, data: { corrupted: [{ id: 'hong' }] } });
  });

  it('damaged settings fall back to the defaults, and writing over them repairs them', async () => {
    const { store, factory } = setup();
    await putRaw(factory, 'meta', { retentionDays: 'mãi mãi' }, SETTINGS_KEY);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    await store.setSettings({ retentionDays: 30 });
    expect((await store.getSettings()).retentionDays).toBe(30);
  });
});

// ── The portal re-renders the target while its step is shown ────────────────────────────────────

// The overlay unit tests' guide: its first step is a click on "Nộp hồ sơ", its second waits for a text.
const guide = overlayTestGuide;

const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

// Already covered in lib/overlay/overlay-model.test.ts: a target rendered late is found.
describe('fault: the portal re-renders the target mid-step', () => {
  let model: OverlayModel | null = null;

  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7');
    document.body.innerHTML = '<main id="app"><button type="button">Nộp hồ sơ</button></main>';
  });
  afterEach(() => model?.dispose());

  async function started(): Promise<{ model: OverlayModel; progress: ReturnType<typeof createMemoryProgressPort> }> {
    const progress = createMemoryProgressPort();
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress, isVisible: () => true, targetTimeoutMs: 500 });
    await model.init();
    model.start('thu-nghiem');
    await tick();
    return { model, progress };
  }

  it('marks the new button, and a click on it still completes the step', async () => {
    const { model, progress } = await started();
    const old = document.querySelector('button')!;
    expect(old.getAttribute(TARGET_ATTRIBUTE)).toBe('nop-ho-so');

    // What a React re-render does: same markup, new elements.
    document.getElementById('app')!.innerHTML = '<button type="button">Nộp hồ sơ</button>';
    await tick();
    const fresh = document.querySelector('button')!;
    expect(fresh).not.toBe(old);
    expect(fresh.getAttribute(TARGET_ATTRIBUTE)).toBe('nop-ho-so');
    expect(model.target.value).toMatchObject({ kind: 'found', element: fresh });

    fresh.click();
    await tick();
    expect(model.run.value?.stepIndex.value).toBe(1);
    expect(progress.current()).toMatchObject({ stepIndex: 1, completed: ['nop-ho-so'] });
  });

  it('says the button is gone while the portal shows something else, and marks it again when it is back', async () => {
    const { model } = await started();
    const app = document.getElementById('app')!;
    app.innerHTML = '<p>Đang tải…</p>';
    await tick();
    expect(model.target.value.kind).toBe('not-found');
    expect(model.run.value?.stepIndex.value).toBe(0);

    app.innerHTML = '<button type="button">Nộp hồ sơ</button>';
    await tick();
    expect(document.querySelector('button')?.getAttribute(TARGET_ATTRIBUTE)).toBe('nop-ho-so');
    expect(model.target.value.kind).toBe('found');
  });
});
