import { describe, expect, it } from 'vitest';
import { TEST_GUIDE } from '../../tests/fixtures/test-guide';
import { createSession, setStep } from '../checklist/model';
import type { RunRecord } from '../overlay/progress-port';
import { currentAfterTick, doneStepIds, portalUrl, runFromSession, runMatches, sessionFromRun } from './session-sync';

const base = createSession(
  { residentLabel: 'Bà Lan', guideId: TEST_GUIDE.id, guideVersion: 1, guideTitle: TEST_GUIDE.title },
  { id: 's1', now: 1000 },
);
const run = (completed: string[], stepIndex: number): RunRecord => ({
  guideId: TEST_GUIDE.id,
  guideVersion: 1,
  stepIndex,
  completed,
  sessionId: 's1',
  updatedAt: 2000,
});

describe('session ↔ overlay sync', () => {
  it('two steps done in the portal tab become two ticked steps and the current step', () => {
    const next = sessionFromRun(base, run(['dang-nhap', 'chon-thu-tuc'], 2), run([], 0), 3000);
    expect(doneStepIds(TEST_GUIDE, next)).toEqual(['dang-nhap', 'chon-thu-tuc']);
    expect(next.currentStep).toBe(2);
    expect(next.status).toBe('in-progress');
  });

  it('does not tick again a step the helper un-ticked when a stale overlay saves', () => {
    const unticked = setStep(setStep(base, 'dang-nhap', true, 1500), 'dang-nhap', false, 1600);
    // The overlay still believes dang-nhap is done; it was already done in its previous save.
    const next = sessionFromRun(unticked, run(['dang-nhap'], 1), run(['dang-nhap'], 1), 3000);
    expect(next.steps['dang-nhap']?.done).toBe(false);
  });

  it('returns the same session when nothing changed, so nothing is written or broadcast', () => {
    const done = setStep(base, 'dang-nhap', true, 1500, 1);
    expect(sessionFromRun(done, run(['dang-nhap'], 1), run([], 0), 3000)).toBe(done);
    expect(sessionFromRun(base, { ...run(['dang-nhap'], 1), sessionId: 'other' }, null, 3000)).toBe(base);
  });

  it('the tab record follows the session and converges (no echo)', () => {
    const ticked = setStep(setStep(base, 'chon-thu-tuc', true, 1500), 'dang-nhap', true, 1600, 2);
    const record = runFromSession(TEST_GUIDE, ticked, 5000);
    expect(record).toMatchObject({ completed: ['dang-nhap', 'chon-thu-tuc'], stepIndex: 2, sessionId: 's1' });
    expect(runMatches(record, runFromSession(TEST_GUIDE, ticked, 6000))).toBe(true);
    // The overlay saving the same record back changes nothing in the session.
    expect(sessionFromRun(ticked, record, record, 7000)).toBe(ticked);
  });

  it('ticking the current step moves on, skipping the alternative of a done step', () => {
    const atTwo = setStep(setStep(base, 'dang-nhap', true, 1), 'chon-thu-tuc', true, 2, 2);
    // nop-truc-tuyen (2) done → nop-truc-tiep (3) is its alternative → uy-quyen (4).
    expect(currentAfterTick(TEST_GUIDE, atTwo, 'nop-truc-tuyen', true)).toBe(4);
    expect(currentAfterTick(TEST_GUIDE, atTwo, 'dang-nhap', false)).toBeUndefined();
    expect(currentAfterTick(TEST_GUIDE, atTwo, 'uy-quyen', true)).toBeUndefined();
  });

  it('a session on the second route gives the tab that route, and the tab\'s step comes back as the same step', () => {
    // allSteps: dang-nhap, chon-thu-tuc, nop-truc-tuyen, nop-truc-tiep (route "truc-tiep"), uy-quyen.
    const onSecondRoute = setStep(base, 'dang-nhap', true, 1, 3);
    const record = runFromSession(TEST_GUIDE, onSecondRoute, 5000);
    expect(record).toMatchObject({ stepIndex: 2, routes: { 'chon-thu-tuc': 'truc-tiep' } });
    const moved = sessionFromRun(setStep(base, 'dang-nhap', true, 1, 0), record, null, 6000, TEST_GUIDE);
    expect(moved.currentStep).toBe(3);
  });

  it('opens the procedure page of the portal', () => {
    expect(portalUrl(TEST_GUIDE)).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7');
    expect(portalUrl({ ...TEST_GUIDE, procedure: undefined })).toBeNull();
  });
});
