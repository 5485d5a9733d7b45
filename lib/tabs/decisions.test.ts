import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../overlay/progress-port';
import { continuedRun, resumeCandidates, tabForSession, tabRunsSession } from './decisions';

const run = (guideId: string, updatedAt: number, sessionId?: string): RunRecord => ({
  guideId,
  guideVersion: 1,
  stepIndex: 2,
  completed: ['a', 'b'],
  updatedAt,
  ...(sessionId ? { sessionId } : {}),
});

describe('which tab a session goes to', () => {
  const tabs = [
    { id: 1, active: false },
    { id: 2, active: true },
    { id: 3, active: false },
  ];
  it('its own tab, else the portal tab in front, else the first; none: open one', () => {
    expect(tabForSession(3, tabs)?.id).toBe(3);
    expect(tabForSession(9, tabs)?.id).toBe(2);
    expect(tabForSession(undefined, [tabs[0]!, tabs[2]!])?.id).toBe(1);
    expect(tabForSession(3, [])).toBeUndefined();
  });
});

describe('what a new tab may be asked to continue', () => {
  it('only runs of a helper session, of a guide of its page, in another tab: the latest first, one per session', () => {
    const stored = [
      { tabId: 5, record: run('khai-sinh', 10) }, // a resident's own run: adopted silently elsewhere, never asked
      { tabId: 6, record: run('khai-sinh', 20, 'lan') },
      { tabId: 7, record: run('thuong-tru', 90, 'ba') }, // another guide
      { tabId: 8, record: run('khai-sinh', 30, 'tam') },
      { tabId: 9, record: run('khai-sinh', 5, 'lan') }, // an older run of the same session
      { tabId: 4, record: run('khai-sinh', 99, 'own') }, // the tab's own
    ];
    const found = resumeCandidates(stored, 4, ['khai-sinh']);
    expect(found.map((r) => [r.tabId, r.record.sessionId])).toEqual([
      [8, 'tam'],
      [6, 'lan'],
    ]);
    expect(resumeCandidates(stored, 4, [])).toEqual([]);
  });

  it('the tab takes the same place, shown afresh (not minimised, no page of the other tab)', () => {
    const taken = continuedRun({ ...run('khai-sinh', 1, 'lan'), shownAt: 'https://dichvucong.gov.vn/p', minimised: true }, 50);
    expect(taken).toEqual({ ...run('khai-sinh', 50, 'lan') });
  });

  it('a session change reaches a tab only while that tab runs that session', () => {
    expect(tabRunsSession(run('khai-sinh', 1, 'lan'), 'lan')).toBe(true);
    expect(tabRunsSession(run('khai-sinh', 1), 'lan')).toBe(false);
    expect(tabRunsSession(null, 'lan')).toBe(false);
  });
});
