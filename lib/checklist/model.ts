/**
 * The helper's session: one resident doing one procedure. Updates are pure functions returning a new
 * session stamped by an injected clock, so the store, the UI model and tests share one set of rules
 * (including the automatic status moves) and nothing depends on the wall clock.
 */
import { normalizeDossierCode } from './dossier-code';
import type { Lang } from '../i18n/lang';
import type { Msg } from './messages';

export const SESSION_STATUSES = ['not-started', 'in-progress', 'submitted', 'action-needed', 'done'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const CHANNELS = ['online', 'postal', 'in-person'] as const;
export type SubmissionChannel = (typeof CHANNELS)[number];

export interface StepState {
  done: boolean;
  /** When the step last changed (ms since epoch). */
  at: number;
}

export interface Session {
  id: string;
  /** Free text chosen by the helper ("Bà Lan tổ 5"); never an ID number, password or OTP. */
  residentLabel: string;
  guideId: string;
  guideVersion: number;
  /** Copied at creation so lists and reports read well after the guide changes or disappears. */
  guideTitle: string;
  /** National procedure code (1.001193); absent for how-to guides. */
  procedureCode?: string | undefined;
  status: SessionStatus;
  steps: Record<string, StepState>;
  currentStep: number;
  documents: Record<string, boolean>;
  dossierCode?: string | undefined;
  /** Promised result date (ngày hẹn trả), YYYY-MM-DD. */
  resultDate?: string | undefined;
  channel?: SubmissionChannel | undefined;
  resultByPost: boolean;
  /** null: not known yet (fee not reached, or no fee). */
  paidOnline: boolean | null;
  /** Set when the dossier was submitted; cleared if the status is moved back before submission. */
  submittedAt?: number | undefined;
  notes: string;
  /** Made in practice mode on the practice portal (issue 15): never counted in the report. */
  practice?: true | undefined;
  createdAt: number;
  updatedAt: number;
}

export interface NewSessionInput {
  residentLabel: string;
  guideId: string;
  guideVersion: number;
  guideTitle: string;
  procedureCode?: string | undefined;
  channel?: SubmissionChannel | undefined;
  notes?: string | undefined;
  /** Practice mode is on: the session is a training walk, not a resident's dossier. */
  practice?: boolean | undefined;
}

/** Fields the helper edits directly on the session form. */
export type SessionDetails = Partial<
  Pick<Session, 'residentLabel' | 'procedureCode' | 'resultDate' | 'channel' | 'resultByPost' | 'paidOnline' | 'notes'>
>;

/** GOV.UK task-list words: sentence case, adjectives. */
export const STATUS_LABELS: Record<SessionStatus, Msg> = {
  'not-started': { vi: 'Chưa bắt đầu', en: 'Not started' },
  'in-progress': { vi: 'Đang làm', en: 'In progress' },
  'submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'action-needed': { vi: 'Cần bổ sung', en: 'Action needed' },
  'done': { vi: 'Đã xong', en: 'Completed' },
};

export const CHANNEL_LABELS: Record<SubmissionChannel, Msg> = {
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Bưu chính', en: 'By post' },
  'in-person': { vi: 'Trực tiếp', en: 'In person' },
};

export function statusLabel(status: SessionStatus, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

const SUBMITTED_STATUSES: ReadonlySet<SessionStatus> = new Set(['submitted', 'action-needed', 'done']);

export function isSubmittedStatus(status: SessionStatus): boolean {
  return SUBMITTED_STATUSES.has(status);
}

/** Submitted and not finished: the dossiers whose result date the helper must watch. */
export function isAwaitingResult(session: Session): boolean {
  return session.submittedAt !== undefined && session.status !== 'done';
}

export function createSession(input: NewSessionInput, deps: { id: string; now: number }): Session {
  return {
    id: deps.id,
    residentLabel: input.residentLabel.trim(),
    guideId: input.guideId,
    guideVersion: input.guideVersion,
    guideTitle: input.guideTitle,
    procedureCode: input.procedureCode,
    status: 'not-started',
    steps: {},
    currentStep: 0,
    documents: {},
    channel: input.channel,
    resultByPost: false,
    paidOnline: null,
    notes: input.notes ?? '',
    ...(input.practice === true ? { practice: true as const } : {}),
    createdAt: deps.now,
    updatedAt: deps.now,
  };
}

/** updatedAt never goes backwards, so "newer" comparisons in restore survive a clock change. */
function touch(session: Session, now: number): number {
  return Math.max(now, session.updatedAt);
}

/** Any recorded progress means work has started. */
function startedStatus(status: SessionStatus): SessionStatus {
  return status === 'not-started' ? 'in-progress' : status;
}

export function toggleDocument(session: Session, docId: string, now: number, ticked?: boolean): Session {
  const next = ticked ?? !session.documents[docId];
  return {
    ...session,
    documents: { ...session.documents, [docId]: next },
    status: next ? startedStatus(session.status) : session.status,
    updatedAt: touch(session, now),
  };
}

export function setStep(session: Session, stepId: string, done: boolean, now: number, index?: number): Session {
  return {
    ...session,
    steps: { ...session.steps, [stepId]: { done, at: now } },
    currentStep: index ?? session.currentStep,
    status: done ? startedStatus(session.status) : session.status,
    updatedAt: touch(session, now),
  };
}

export function setCurrentStep(session: Session, index: number, now: number): Session {
  return { ...session, currentStep: Math.max(0, Math.floor(index)), updatedAt: touch(session, now) };
}

export function setStatus(session: Session, status: SessionStatus, now: number): Session {
  const submitted = isSubmittedStatus(status);
  return {
    ...session,
    status,
    // Moving back to before submission means the submission was recorded by mistake.
    submittedAt: submitted ? (session.submittedAt ?? now) : undefined,
    updatedAt: touch(session, now),
  };
}

/** A dossier code only exists after submission, so entering one marks the dossier submitted. */
export function setDossierCode(session: Session, code: string, now: number): Session {
  const normalized = normalizeDossierCode(code);
  if (normalized === '') return { ...session, dossierCode: undefined, updatedAt: touch(session, now) };
  const withCode: Session = { ...session, dossierCode: normalized, updatedAt: touch(session, now) };
  return isSubmittedStatus(session.status) ? withCode : setStatus(withCode, 'submitted', now);
}

export function setDetails(session: Session, details: SessionDetails, now: number): Session {
  const next: Session = { ...session, updatedAt: touch(session, now) };
  if (details.residentLabel !== undefined) next.residentLabel = details.residentLabel.trim();
  if ('procedureCode' in details) next.procedureCode = details.procedureCode;
  if ('resultDate' in details) next.resultDate = details.resultDate;
  if ('channel' in details) next.channel = details.channel;
  if (details.resultByPost !== undefined) next.resultByPost = details.resultByPost;
  if (details.paidOnline !== undefined) next.paidOnline = details.paidOnline;
  if (details.notes !== undefined) next.notes = details.notes;
  return next;
}

/** Serializable edits, so the overlay and side panel can ask the background to apply them. */
export type SessionAction =
  | { kind: 'toggle-document'; docId: string; ticked?: boolean }
  | { kind: 'set-step'; stepId: string; done: boolean; index?: number }
  | { kind: 'set-current-step'; index: number }
  | { kind: 'set-status'; status: SessionStatus }
  | { kind: 'set-dossier-code'; code: string }
  | { kind: 'set-details'; details: SessionDetails };

export function applyAction(session: Session, action: SessionAction, now: number): Session {
  switch (action.kind) {
    case 'toggle-document':
      return toggleDocument(session, action.docId, now, action.ticked);
    case 'set-step':
      return setStep(session, action.stepId, action.done, now, action.index);
    case 'set-current-step':
      return setCurrentStep(session, action.index, now);
    case 'set-status':
      return setStatus(session, action.status, now);
    case 'set-dossier-code':
      return setDossierCode(session, action.code, now);
    case 'set-details':
      return setDetails(session, action.details, now);
  }
}

// ── Days ─────────────────────────────────────────────────────────────────────────────────────────
// Vietnam has one time zone and no daylight saving, so a fixed offset gives exact local days
// independent of the machine's zone (tests and a laptop set to another zone agree).

export const VN_OFFSET_MINUTES = 7 * 60;
export const DAY_MS = 86_400_000;

/** Local calendar day (YYYY-MM-DD) of a timestamp. */
export function dayKey(ms: number, offsetMinutes: number = VN_OFFSET_MINUTES): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** [start, end) in ms of a local day. */
export function dayRange(day: string, offsetMinutes: number = VN_OFFSET_MINUTES): [number, number] {
  const start = Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000;
  return [start, start + DAY_MS];
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export type DueState = 'overdue' | 'due-soon';

/**
 * "Sắp đến hạn / Quá hạn": a submitted, unfinished dossier whose promised date is past (overdue) or
 * within `days` days from today, today included (due soon).
 */
export function dueState(session: Session, today: string, days = 2): DueState | null {
  if (!isAwaitingResult(session) || session.resultDate === undefined) return null;
  if (session.resultDate < today) return 'overdue';
  if (session.resultDate <= addDays(today, days)) return 'due-soon';
  return null;
}
