/**
 * JSON backup and restore. A backup is validated as a whole before anything is written, and restoring
 * never replaces a session that is newer on this computer unless the helper explicitly says so.
 */
import * as z from 'zod/mini';
import { CHECKLIST_MESSAGES } from './messages';
import { RECORD_VERSION, upgradeSessionRecord } from './migrate';
import type { Session } from './model';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  checkSession,
  problemsFromIssues,
  type SchemaProblem,
  type Settings,
} from './schema';

export const BACKUP_FORMAT = 'dvc-guide-backup';
/** Stop listing after this many problems: a wrong file would otherwise produce thousands. */
const MAX_PROBLEMS = 50;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** Version of the session record shape (see migrate.ts); older backups are upgraded on import. */
  schemaVersion: number;
  exportedAt: string;
  sessions: Session[];
  settings: Settings;
}

export type ParsedBackup =
  | { ok: true; backup: Backup; upgradedFrom?: number }
  | { ok: false; problems: SchemaProblem[] };

const Envelope = z.object({
  format: z.string(),
  schemaVersion: z.int().check(z.positive()),
  exportedAt: z.optional(z.string()),
  sessions: z.array(z.unknown()),
  settings: z.optional(z.unknown()),
});

export function exportBackup(sessions: readonly Session[], settings: Settings, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: RECORD_VERSION,
    exportedAt: new Date(now).toISOString(),
    sessions: [...sessions],
    settings,
  };
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

/** Suggested file name: dvc-guide-sao-luu-2025-08-01.json */
export function backupFileName(day: string): string {
  return `dvc-guide-sao-luu-${day}.json`;
}

/** Clocks differ by minutes, not days: a later time in a backup is a wrong clock, not a real date. */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** Paths of the session's times later than `limit`. */
export function futureTimes(session: Session, limit: number): string[] {
  const out: string[] = [];
  for (const key of ['createdAt', 'updatedAt', 'submittedAt'] as const) {
    const t = session[key];
    if (t !== undefined && t > limit) out.push(key);
  }
  for (const [id, step] of Object.entries(session.steps)) if (step.at > limit) out.push(`steps[${JSON.stringify(id)}].at`);
  return out;
}

export function parseBackup(text: string, now: number = Date.now()): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ path: '', message: CHECKLIST_MESSAGES.backupNotJson }] };
  }
  const envelope = Envelope.safeParse(data, { reportInput: true });
  if (!envelope.success) {
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    if (!isObject || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
      return { ok: false, problems: [{ path: 'format', message: CHECKLIST_MESSAGES.backupWrongFormat }] };
    }
    return { ok: false, problems: problemsFromIssues(envelope.error.issues).slice(0, MAX_PROBLEMS) };
  }
  const { format, schemaVersion, exportedAt, sessions: rawSessions, settings: rawSettings } = envelope.data;
  if (format !== BACKUP_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: CHECKLIST_MESSAGES.backupWrongFormat }] };
  }
  if (schemaVersion > RECORD_VERSION) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: CHECKLIST_MESSAGES.backupNewer }] };
  }

  const problems: SchemaProblem[] = [];
  const sessions: Session[] = [];
  const seen = new Set<string>();
  rawSessions.forEach((raw, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const checked = checkSession(upgradeSessionRecord(raw, schemaVersion), ['sessions', index]);
    if (!checked.ok) {
      problems.push(...checked.problems);
      return;
    }
    const future = futureTimes(checked.value, now + CLOCK_SLACK_MS);
    if (future.length > 0) {
      for (const path of future) problems.push({ path: `sessions[${index}].${path}`, message: CHECKLIST_MESSAGES.issueFuture });
      return;
    }
    if (seen.has(checked.value.id)) {
      problems.push({ path: `sessions[${index}].id`, message: CHECKLIST_MESSAGES.backupDuplicateId });
      return;
    }
    seen.add(checked.value.id);
    sessions.push(checked.value);
  });

  let settings: Settings = DEFAULT_SETTINGS;
  if (rawSettings !== undefined) {
    const parsed = SettingsSchema.safeParse(rawSettings, { reportInput: true });
    if (parsed.success) settings = parsed.data;
    else problems.push(...problemsFromIssues(parsed.error.issues, ['settings']));
  }

  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: RECORD_VERSION,
    exportedAt: exportedAt ?? '',
    sessions,
    settings,
  };
  return schemaVersion < RECORD_VERSION ? { ok: true, backup, upgradedFrom: schemaVersion } : { ok: true, backup };
}

export interface RestorePlan {
  /** Not on this computer. */
  add: Session[];
  /** On this computer but older than the backup's copy. */
  replace: Session[];
  /** Newer on this computer: reported, written only with `overwriteNewer`. */
  keepNewerLocal: Array<{ local: Session; incoming: Session }>;
  /** Same last-update time on both sides: nothing to do. */
  unchanged: number;
}

export function planRestore(existing: readonly Session[], incoming: readonly Session[]): RestorePlan {
  const local = new Map(existing.map((session) => [session.id, session]));
  const plan: RestorePlan = { add: [], replace: [], keepNewerLocal: [], unchanged: 0 };
  for (const session of incoming) {
    const mine = local.get(session.id);
    if (!mine) plan.add.push(session);
    else if (session.updatedAt > mine.updatedAt) plan.replace.push(session);
    else if (session.updatedAt < mine.updatedAt) plan.keepNewerLocal.push({ local: mine, incoming: session });
    else plan.unchanged += 1;
  }
  return plan;
}

export interface RestoreOptions {
  /** The helper confirmed replacing sessions that are newer on this computer. */
  overwriteNewer?: boolean;
}

/** The sessions a restore writes, in one place so the store and a dry-run summary agree. */
export function sessionsToWrite(plan: RestorePlan, options: RestoreOptions = {}): Session[] {
  const newer = options.overwriteNewer ? plan.keepNewerLocal.map((pair) => pair.incoming) : [];
  return [...plan.add, ...plan.replace, ...newer];
}
