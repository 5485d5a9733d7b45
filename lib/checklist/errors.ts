/**
 * Every failure of the checklist store becomes a ChecklistError with a code the UI can act on and a
 * sentence a helper understands. Raw DOMExceptions never reach the side panel.
 */
import { CHECKLIST_MESSAGES, type Msg } from './messages';
import type { Session } from './model';

export type ChecklistErrorCode =
  | 'blocked'
  | 'version-change'
  | 'quota'
  | 'corrupted'
  | 'not-found'
  | 'invalid'
  | 'unknown';

const MESSAGES: Record<ChecklistErrorCode, Msg> = {
  blocked: CHECKLIST_MESSAGES.errBlocked,
  'version-change': CHECKLIST_MESSAGES.errVersionChange,
  quota: CHECKLIST_MESSAGES.errQuota,
  corrupted: CHECKLIST_MESSAGES.errCorrupted,
  'not-found': CHECKLIST_MESSAGES.errNotFound,
  invalid: CHECKLIST_MESSAGES.errInvalid,
  unknown: CHECKLIST_MESSAGES.errUnknown,
};

export interface ChecklistErrorInit {
  /** Technical detail for logs (the original error name/message, a schema path). */
  detail?: string;
  /** The session involved, when known. */
  id?: string;
  /** A change that could not be saved: the caller keeps it on screen and can retry with store.save. */
  pending?: Session;
}

/** The plain-object form that crosses the extension message boundary. */
export interface ChecklistErrorData {
  code: ChecklistErrorCode;
  message: Msg;
  detail?: string;
  id?: string;
  pending?: Session;
}

export class ChecklistError extends Error {
  readonly code: ChecklistErrorCode;
  readonly messages: Msg;
  readonly detail: string | undefined;
  readonly id: string | undefined;
  readonly pending: Session | undefined;

  constructor(code: ChecklistErrorCode, init: ChecklistErrorInit = {}) {
    const messages = MESSAGES[code];
    super(init.detail ? `${messages.en} (${init.detail})` : messages.en);
    this.name = 'ChecklistError';
    this.code = code;
    this.messages = messages;
    this.detail = init.detail;
    this.id = init.id;
    this.pending = init.pending;
  }

  toData(): ChecklistErrorData {
    const data: ChecklistErrorData = { code: this.code, message: this.messages };
    if (this.detail !== undefined) data.detail = this.detail;
    if (this.id !== undefined) data.id = this.id;
    if (this.pending !== undefined) data.pending = this.pending;
    return data;
  }
}

export function checklistErrorMessage(code: ChecklistErrorCode): Msg {
  return MESSAGES[code];
}

function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const name = (error as { name: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

function errorDetail(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return `${errorName(error) ?? 'Error'}: ${String((error as { message: unknown }).message)}`;
  }
  return String(error);
}

/**
 * Maps IndexedDB failures by DOMException name (not instanceof: fake-indexeddb and each browser realm
 * have their own DOMException class).
 */
export function toChecklistError(error: unknown, init: ChecklistErrorInit = {}): ChecklistError {
  if (error instanceof ChecklistError) {
    if (init.pending && !error.pending) return new ChecklistError(error.code, { ...init, detail: error.detail });
    return error;
  }
  const detail = errorDetail(error);
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new ChecklistError('quota', { ...init, detail });
    case 'VersionError':
      return new ChecklistError('version-change', { ...init, detail });
    case 'DataError':
    case 'DataCloneError':
    case 'ConstraintError':
      return new ChecklistError('invalid', { ...init, detail });
    default:
      return new ChecklistError('unknown', { ...init, detail });
  }
}
