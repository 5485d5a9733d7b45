import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_GUIDE } from '../../tests/fixtures/test-guide';
import { openChecklistDb } from '../checklist/db';
import type { NewSessionInput, Session } from '../checklist/model';
import { handleChecklistMessage } from '../checklist/protocol';
import { createChecklistStore } from '../checklist/store';
import { createChecklistClient, type ClientError } from './client';
import { directSend, isSessionWritten, type SessionWritten } from './direct-store';
import { createWorkspaceModel } from './workspace-model';

const input: NewSessionInput = { residentLabel: 'Chị Hoa', guideId: TEST_GUIDE.id, guideVersion: TEST_GUIDE.version, guideTitle: TEST_GUIDE.title };

/** The background's store and the panel's, two connections to one database, as in the extension. */
function setup() {
  const factory = new IDBFactory();
  const background = createChecklistStore(factory, { dbName: 'direct' });
  const panel = createChecklistStore(factory, { dbName: 'direct' });
  const forwarded: unknown[] = [];
  const written: SessionWritten[] = [];
  const send = directSend({
    store: panel,
    forward: async (message) => {
      forwarded.push(message);
      return handleChecklistMessage(background, message);
    },
    notify: (message) => written.push(message),
  });
  return { factory, background, panel, forwarded, written, client: createChecklistClient(send) };
}

afterEach(() => vi.restoreAllMocks());

describe('the side panel writes sessions to the database itself', () => {
  it('a tick is in the database the background reads, and the background is told which session changed', async () => {
    const { background, forwarded, written, client } = setup();
    const session = await client.request('session:create', { input });
    expect(forwarded).toHaveLength(1); // creating stays with the background

    const ticked = await client.request('session:update', { id: session.id, action: { kind: 'toggle-document', docId: 'to-khai' } });
    expect(ticked.documents).toEqual({ 'to-khai': true });
    expect(forwarded).toHaveLength(1);
    expect(written).toEqual([{ type: 'session:written', id: session.id }]);
    expect(written.every(isSessionWritten)).toBe(true);
    expect((await background.get(session.id))?.documents).toEqual({ 'to-khai': true });
  });

  it('a full disk keeps the tick for a retry, with the Vietnamese message, and tells nobody it was saved', async () => {
    const { background, written, client } = setup();
    const session = await client.request('session:create', { input });
    await client.request('session:get', { id: session.id }); // the panel's connection is open
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await client.request('session:update', { id: session.id, action: { kind: 'toggle-document', docId: 'to-khai' } }).catch((e: ClientError) => e);
    expect(failure).toMatchObject({ data: { code: 'quota', message: { vi: expect.stringContaining('Bộ nhớ') }, pending: { documents: { 'to-khai': true } } } });
    expect(written).toEqual([]);
    expect((await background.get(session.id))?.documents).toEqual({});

    const pending = (failure as ClientError).data.pending as Session;
    await client.request('session:save', { session: pending });
    expect((await background.get(session.id))?.documents).toEqual({ 'to-khai': true });
  });

  it('a newer database opened elsewhere: the panel lets go of its connection and says so clearly, losing nothing written', async () => {
    const { factory, client } = setup();
    const session = await client.request('session:update', { id: (await client.request('session:create', { input })).id, action: { kind: 'toggle-document', docId: 'to-khai' } });
    // A newer version of the extension upgrades the database: the panel's connection must not block it.
    const newer = await openChecklistDb(factory, { name: 'direct', version: 99 });
    const failure = await client.request('session:get', { id: session.id }).catch((e: ClientError) => e);
    expect(failure).toMatchObject({ data: { code: 'version-change', message: { vi: expect.any(String), en: expect.any(String) } } });
    expect(await newer.get('sessions', session.id)).toMatchObject({ documents: { 'to-khai': true } });
    newer.close();
  });

  it('the echo of its own write does not redraw the panel, and an older echo does not undo a later tick', async () => {
    const { client } = setup();
    const listeners = new Set<(e: Parameters<Parameters<typeof client.subscribe>[0]>[0]) => void>();
    const model = createWorkspaceModel({
      client: { request: client.request, subscribe: (l) => (listeners.add(l), () => listeners.delete(l)) },
      guides: [TEST_GUIDE],
    });
    const created = await model.create(input);
    const first = await model.update(created!.id, { kind: 'toggle-document', docId: 'to-khai' });
    const second = await model.update(created!.id, { kind: 'toggle-document', docId: 'to-khai' });
    const shown = model.selected.value;
    expect(shown?.documents).toEqual({ 'to-khai': false });
    // The background's echoes arrive late and out of order.
    listeners.forEach((l) => l({ type: 'session:changed', session: structuredClone(first!) }));
    listeners.forEach((l) => l({ type: 'session:changed', session: structuredClone(second!) }));
    expect(model.selected.value).toBe(shown);
  });
});
