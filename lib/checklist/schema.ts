/**
 * Runtime shapes of what the checklist stores and imports. Every record read from IndexedDB and every
 * backup is checked here, so one damaged record is reported instead of breaking a list.
 * zod/mini because this ships in the background worker and the side panel.
 */
import * as z from 'zod/mini';
import { CHANNELS, SESSION_STATUSES, type Session } from './model';
import type { Lang } from '../i18n/lang';
import { CHECKLIST_MESSAGES, fillMsg, type Msg } from './messages';

/**
 * Every date is bounded, on write, on import and on read: `new Date(9e15)` throws "Invalid time value"
 * wherever it is shown, and a year-30000 timestamp would escape retention forever. Until 2100 is room
 * enough; a record outside is reported as damaged and the others still load.
 */
export const MAX_TIME = Date.UTC(2100, 0, 1);
const IsoDay = z.string().check(
  z.regex(/^(19|20)\d{2}-\d{2}-\d{2}$/),
  z.refine((day) => {
    const t = Date.parse(`${day}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().startsWith(day);
  }),
);
const Time = z.number().check(z.nonnegative(), z.maximum(MAX_TIME));

export const SessionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  residentLabel: z.string().check(z.maxLength(200)),
  guideId: z.string().check(z.minLength(1), z.maxLength(100)),
  guideVersion: z.int().check(z.positive()),
  guideTitle: z.string().check(z.maxLength(500)),
  procedureCode: z.optional(z.string().check(z.maxLength(50))),
  status: z.enum(SESSION_STATUSES),
  steps: z.record(z.string(), z.object({ done: z.boolean(), at: Time })),
  currentStep: z.int().check(z.nonnegative()),
  documents: z.record(z.string(), z.boolean()),
  dossierCode: z.optional(z.string().check(z.maxLength(100))),
  resultDate: z.optional(IsoDay),
  channel: z.optional(z.enum(CHANNELS)),
  resultByPost: z.boolean(),
  paidOnline: z.nullable(z.boolean()),
  submittedAt: z.optional(Time),
  notes: z.string().check(z.maxLength(5000)),
  practice: z.optional(z.literal(true)),
  createdAt: Time,
  updatedAt: Time,
});

export interface Settings {
  /** Sessions not updated for this many days are removed (default 90). */
  retentionDays: number;
  /** How many days ahead "Sắp đến hạn" looks. */
  dueSoonDays: number;
}

export const DEFAULT_SETTINGS: Settings = { retentionDays: 90, dueSoonDays: 2 };

export const SettingsSchema = z.object({
  retentionDays: z.int().check(z.minimum(1), z.maximum(3650)),
  dueSoonDays: z.int().check(z.minimum(0), z.maximum(60)),
});

// The hand-written types are the documentation; these lines fail to compile if the schemas drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sessionMatches: Same<z.infer<typeof SessionSchema>, Session> = true;
const settingsMatch: Same<z.infer<typeof SettingsSchema>, Settings> = true;
void [sessionMatches, settingsMatch];

// ── Readable problems ────────────────────────────────────────────────────────────────────────────

export interface SchemaProblem {
  /** JSON path as a person reads it: `sessions[3].status`. */
  path: string;
  message: Msg;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

interface LooseIssue {
  code: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  values?: readonly unknown[];
  input?: unknown;
}

function issueMessage(issue: LooseIssue): Msg {
  const m = CHECKLIST_MESSAGES;
  switch (issue.code) {
    case 'invalid_type':
      return !('input' in issue) || issue.input === undefined ? m.issueMissing : fillMsg(m.issueType, { expected: String(issue.expected) });
    case 'invalid_value':
      return fillMsg(m.issueValue, { values: (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ') });
    case 'too_small':
      return m.issueTooSmall;
    case 'too_big':
      return m.issueTooBig;
    case 'invalid_format':
      return m.issueFormat;
    default:
      return m.issueOther;
  }
}

export function problemsFromIssues(
  issues: readonly LooseIssue[],
  prefix: readonly PropertyKey[] = [],
): SchemaProblem[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issueMessage(issue) }));
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] };

export function checkSession(value: unknown, prefix: readonly PropertyKey[] = []): Checked<Session> {
  const result = SessionSchema.safeParse(value, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsFromIssues(result.error.issues as readonly LooseIssue[], prefix) };
}

/** One line for logs and the "damaged record" list. */
export function problemText(problems: readonly SchemaProblem[], lang: Lang = 'en'): string {
  return problems.map((p) => `${p.path || '(root)'}: ${p.message[lang]}`).join('; ');
}
