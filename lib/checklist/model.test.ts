import { describe, expect, it } from 'vitest';
import {
  addDays,
  applyAction,
  createSession,
  dayKey,
  dayRange,
  dueState,
  setDossierCode,
  setStatus,
  setStep,
  statusLabel,
  toggleDocument,
  type Session,
} from './model';

const T0 = Date.parse('2025-08-01T02:00:00Z'); // 09:00 in Vietnam

function fresh(): Session {
  return createSession(
    { residentLabel: '  Bà Lan tổ 5 ', guideId: 'khai-sinh', guideVersion: 3, guideTitle: 'Đăng ký khai sinh', procedureCode: '1.001193' },
    { id: 'a', now: T0 },
  );
}

describe('session model', () => {
  it('starts as "Chưa bắt đầu" with a trimmed label and nothing ticked', () => {
    const s = fresh();
    expect(s.status).toBe('not-started');
    expect(statusLabel(s.status, 'vi')).toBe('Chưa bắt đầu');
    expect(statusLabel(s.status, 'en')).toBe('Not started');
    expect(s.residentLabel).toBe('Bà Lan tổ 5');
    expect(s.paidOnline).toBeNull();
    expect(s.createdAt).toBe(T0);
  });

  it('moves to "Đang làm" when the first step is done, stamped by the injected clock', () => {
    const s = setStep(fresh(), 'chon-thu-tuc', true, T0 + 1000, 1);
    expect(s.status).toBe('in-progress');
    expect(s.steps['chon-thu-tuc']).toEqual({ done: true, at: T0 + 1000 });
    expect(s.currentStep).toBe(1);
    expect(s.updatedAt).toBe(T0 + 1000);
  });

  it('does not move a submitted dossier back when a step is ticked again', () => {
    const submitted = setStatus(fresh(), 'submitted', T0 + 5);
    expect(setStep(submitted, 'x', true, T0 + 6).status).toBe('submitted');
  });

  it('ticks and unticks documents without touching the original', () => {
    const s = fresh();
    const ticked = toggleDocument(s, 'giay-chung-sinh', T0 + 1);
    expect(ticked.documents['giay-chung-sinh']).toBe(true);
    expect(toggleDocument(ticked, 'giay-chung-sinh', T0 + 2).documents['giay-chung-sinh']).toBe(false);
    expect(s.documents).toEqual({});
  });

  it('marks the dossier submitted when a dossier code is entered, and normalises the code', () => {
    const s = setDossierCode(setStep(fresh(), 'a', true, T0 + 1), ' g22.99.08 – 250801-0001 ', T0 + 2000);
    expect(s.dossierCode).toBe('G22.99.08-250801-0001');
    expect(s.status).toBe('submitted');
    expect(s.submittedAt).toBe(T0 + 2000);
  });

  it('keeps the first submission time, and clears it when moved back before submission', () => {
    const submitted = setStatus(fresh(), 'submitted', T0 + 10);
    const needsMore = setStatus(submitted, 'action-needed', T0 + 20);
    expect(needsMore.submittedAt).toBe(T0 + 10);
    expect(setStatus(needsMore, 'in-progress', T0 + 30).submittedAt).toBeUndefined();
  });

  it('never moves updatedAt backwards when the clock does', () => {
    const s = setStep(fresh(), 'a', true, T0 + 5000);
    expect(setStep(s, 'b', true, T0).updatedAt).toBe(T0 + 5000);
  });

  it('applies serializable actions the same way as the functions', () => {
    const s = applyAction(fresh(), { kind: 'set-details', details: { channel: 'postal', paidOnline: false, resultDate: '2025-08-05' } }, T0 + 1);
    expect(s.channel).toBe('postal');
    expect(s.paidOnline).toBe(false);
    expect(applyAction(s, { kind: 'set-dossier-code', code: 'G22.99.08-250801-0002' }, T0 + 2).status).toBe('submitted');
  });
});

describe('days in Vietnam time', () => {
  it('puts 23:59 and 00:00 Vietnam time on different days whatever the machine zone', () => {
    expect(dayKey(Date.parse('2025-07-31T16:59:00Z'))).toBe('2025-07-31');
    expect(dayKey(Date.parse('2025-07-31T17:00:00Z'))).toBe('2025-08-01');
    const [start, end] = dayRange('2025-08-01');
    expect(start).toBe(Date.parse('2025-07-31T17:00:00Z'));
    expect(end - start).toBe(86_400_000);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('flags submitted dossiers near or past the promised date, not finished or unsubmitted ones', () => {
    const submitted = { ...setStatus(fresh(), 'submitted', T0), resultDate: '2025-08-10' };
    expect(dueState(submitted, '2025-08-11')).toBe('overdue');
    expect(dueState(submitted, '2025-08-10')).toBe('due-soon');
    expect(dueState(submitted, '2025-08-08')).toBe('due-soon');
    expect(dueState(submitted, '2025-08-07')).toBeNull();
    expect(dueState(setStatus(submitted, 'done', T0 + 1), '2025-08-20')).toBeNull();
    expect(dueState({ ...fresh(), resultDate: '2025-08-01' }, '2025-08-20')).toBeNull();
  });
});

describe('practice sessions', () => {
  it('are marked when created in practice mode, and only then', () => {
    const input = { residentLabel: 'Tập huấn 1', guideId: 'dang-ky-khai-sinh', guideVersion: 1, guideTitle: 'Đăng ký khai sinh' };
    expect(createSession({ ...input, practice: true }, { id: 'a', now: 1 }).practice).toBe(true);
    expect('practice' in createSession(input, { id: 'b', now: 1 })).toBe(false);
    expect('practice' in createSession({ ...input, practice: false }, { id: 'c', now: 1 })).toBe(false);
  });
});
