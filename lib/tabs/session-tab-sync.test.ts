import { describe, expect, it, vi } from 'vitest';
import { createSession, type Session } from '../checklist/model';
import type { RunRecord } from '../overlay/progress-port';
import { createRunStore, type KeyValueArea } from '../overlay/run-store';
import { createSessionTabs } from '../workspace/session-tabs';
import { overlayTestGuide as guide } from '../../tests/fixtures/overlay-guide';
import { createSessionTabSync } from './session-tab-sync';
import type { TabInfo, TabPort } from './tab-port';

function memoryArea(): KeyValueArea {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
    keys: async () => [...data.keys()],
  };
}

/** The browser as the decisions see it: a list of open tabs. */
function fakePort(open: TabInfo[]): TabPort & { notified: Array<[number, RunRecord | null]> } {
  const notified: Array<[number, RunRecord | null]> = [];
  let next = 100;
  return {
    notified,
    portalTabs: async () => open.filter((t) => t.id > 0),
    exists: async (id) => open.some((t) => t.id === id),
    open: async () => {
      const tab = { id: next++, active: true };
      open.push(tab);
      return tab;
    },
    focus: vi.fn(async () => undefined),
    notify: (id, record) => void notified.push([id, record]),
  };
}

function setup(open: TabInfo[] = []) {
  const area = memoryArea();
  const alive = new Set(open.map((t) => t.id));
  const runs = createRunStore(area, async (id) => alive.has(id));
  const links = createSessionTabs(area);
  const lan: Session = { ...createSession({ residentLabel: 'Chị Lan', guideId: guide.id, guideVersion: guide.version, guideTitle: guide.title }, { id: 's-lan', now: 1 }) };
  const sessions = new Map([[lan.id, lan]]);
  const port = fakePort(open);
  const sync = createSessionTabSync({
    port,
    runs,
    links,
    getSession: async (id) => sessions.get(id),
    guideOf: async (id) => (id === guide.id ? guide : undefined),
    now: () => 1_000,
  });
  return { area, runs, links, lan, sessions, port, sync, alive };
}

const sessionRun = (stepIndex: number, completed: string[]): RunRecord => ({
  guideId: guide.id,
  guideVersion: guide.version,
  stepIndex,
  completed,
  sessionId: 's-lan',
  updatedAt: 500,
});

describe('a new tab and another tab’s session run', () => {
  it('is offered the run of a closed tab’s session with its label and place, never given it silently', async () => {
    const { runs, sync, lan, sessions } = setup();
    sessions.set(lan.id, { ...lan, steps: { 'nop-ho-so': { done: true, at: 400 } }, currentStep: 1 });
    await runs.save(1, sessionRun(1, ['nop-ho-so']));
    await runs.forgetTab(1); // the tab closed

    expect(await runs.load(2)).toBeNull();
    // The session's start time, never the label (a resident's name) that the portal page could read.
    expect(await sync.resumable(2, [guide.id])).toEqual({ sessionId: 's-lan', sessionStartedAt: 1, guideId: guide.id, stepIndex: 1 });
    // Nothing changed by asking.
    expect(await runs.load(2)).toBeNull();
    // Not on a page of another guide.
    expect(await sync.resumable(2, ['khac'])).toBeNull();
  });

  it('is offered another open tab’s session run too, but not when it has a run of its own', async () => {
    const { runs, sync } = setup([{ id: 1, active: false }, { id: 2, active: true }]);
    await runs.save(1, sessionRun(2, ['nop-ho-so', 'chon-co-quan']));
    expect((await sync.resumable(2, [guide.id]))?.sessionId).toBe('s-lan');
    await runs.save(2, { ...sessionRun(0, []), sessionId: undefined });
    expect(await sync.resumable(2, [guide.id])).toBeNull();
  });

  it('"Tiếp tục" gives the tab the session’s place and links the tab to the session', async () => {
    const { runs, links, sync } = setup();
    await runs.save(1, sessionRun(1, ['nop-ho-so']));
    await runs.forgetTab(1);
    const taken = await sync.adopt(2, 's-lan');
    expect(taken).toMatchObject({ guideId: guide.id, sessionId: 's-lan', updatedAt: 1_000 });
    expect(await runs.load(2)).toEqual(taken);
    expect(await links.tabOf('s-lan')).toBe(2);
  });

  it('a tab cannot take a session it could not have been offered, nor a deleted one', async () => {
    const { runs, sync, sessions } = setup();
    expect(await sync.adopt(2, 's-lan')).toBeNull();
    await runs.save(1, sessionRun(1, ['nop-ho-so']));
    sessions.clear();
    expect(await sync.resumable(2, [guide.id])).toBeNull();
    expect(await sync.adopt(2, 's-lan')).toBeNull();
    expect(await runs.load(2)).toBeNull();
  });
});

describe('opening a session in a portal tab', () => {
  it('uses the session’s own tab, tells it, and brings it to the front', async () => {
    const { sync, lan, port, links } = setup([{ id: 1, active: true }, { id: 2, active: false }]);
    await links.link(lan.id, 2);
    expect(await sync.open(lan, guide)).toEqual({ ok: true, tabId: 2, created: false });
    expect(port.notified.map(([id]) => id)).toEqual([2]);
    expect(port.focus).toHaveBeenCalledWith({ id: 2, active: false });
  });

  it('opens a portal tab when none is open, and leaves telling it to the tab’s own load', async () => {
    const { sync, lan, port, runs } = setup();
    expect(await sync.open(lan, { ...guide, procedure: undefined })).toEqual({ ok: false, reason: 'no-portal-page' });
    expect(await sync.open(lan, { ...guide, procedure: { ...guide.procedure!, portalId: '1.001193' } })).toEqual({ ok: true, tabId: 100, created: true });
    expect(port.notified).toEqual([]);
    expect(await runs.load(100)).toMatchObject({ sessionId: lan.id, stepIndex: 0 });
  });

  it('passes a session change to its tab only while the tab runs that session', async () => {
    const { sync, lan, port, runs, links } = setup([{ id: 1, active: true }]);
    await sync.open(lan, guide);
    port.notified.length = 0;
    const ticked = { ...lan, steps: { 'nop-ho-so': { done: true, at: 5 } }, currentStep: 1 };
    await sync.push(ticked);
    expect(port.notified).toEqual([[1, expect.objectContaining({ stepIndex: 1, completed: ['nop-ho-so'] })]]);
    await runs.save(1, { ...sessionRun(0, []), sessionId: 'someone-else' });
    await sync.push({ ...ticked, currentStep: 2 });
    expect(port.notified).toHaveLength(1);
    expect(await links.tabOf(lan.id)).toBe(1);
  });
});
