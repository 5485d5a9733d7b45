/**
 * The counts the town asks for, per day or per month. Each count has one rule, stated once:
 * - sessions: sessions started (createdAt) in the period;
 * - submitted / submittedOnline / paidOnline / resultByPost: dossiers submitted (submittedAt) in the
 *   period — all channels / channel online / fee paid online / result returned by post;
 * - overdue: of the dossiers submitted in the period, those still not done whose promised result
 *   date is before `today`.
 * Periods with nothing still get a row: a town form has a line for every day.
 */
import { dayKey, dueState, VN_OFFSET_MINUTES, type Session } from './model';

export type ReportPeriod = 'day' | 'month';

export interface ReportOptions {
  period: ReportPeriod;
  /** First local day included, YYYY-MM-DD. */
  from: string;
  /** Last local day included, YYYY-MM-DD. */
  to: string;
  /** Local day used for "overdue", YYYY-MM-DD. */
  today: string;
  offsetMinutes?: number;
}

export interface ReportCounts {
  sessions: number;
  submitted: number;
  submittedOnline: number;
  paidOnline: number;
  resultByPost: number;
  overdue: number;
}

export interface ProcedureCounts extends ReportCounts {
  /** Procedure code when the guide has one, else the guide id. */
  key: string;
  title: string;
}

export interface ReportRow extends ReportCounts {
  /** YYYY-MM-DD or YYYY-MM. */
  period: string;
  perProcedure: ProcedureCounts[];
}

export interface Report {
  options: ReportOptions;
  rows: ReportRow[];
  total: ReportRow;
}

export const COUNT_KEYS = ['sessions', 'submitted', 'submittedOnline', 'paidOnline', 'resultByPost', 'overdue'] as const;

export function emptyCounts(): ReportCounts {
  return { sessions: 0, submitted: 0, submittedOnline: 0, paidOnline: 0, resultByPost: 0, overdue: 0 };
}

/** Every period label from `from` to `to`, inclusive. */
export function periodsBetween(period: ReportPeriod, from: string, to: string): string[] {
  const out: string[] = [];
  if (from > to) return out;
  if (period === 'day') {
    for (let t = Date.parse(`${from}T00:00:00Z`); ; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (day > to) break;
      out.push(day);
    }
    return out;
  }
  let [year, month] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (label > last) break;
    out.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

interface Bucket {
  counts: ReportCounts;
  procedures: Map<string, ProcedureCounts>;
}

function newBucket(): Bucket {
  return { counts: emptyCounts(), procedures: new Map() };
}

function add(bucket: Bucket, session: Session, field: keyof ReportCounts): void {
  bucket.counts[field] += 1;
  const key = session.procedureCode ?? session.guideId;
  let proc = bucket.procedures.get(key);
  if (!proc) {
    proc = { key, title: session.guideTitle, ...emptyCounts() };
    bucket.procedures.set(key, proc);
  }
  proc[field] += 1;
}

function toRow(period: string, bucket: Bucket): ReportRow {
  const perProcedure = [...bucket.procedures.values()].sort((a, b) => a.key.localeCompare(b.key));
  return { period, ...bucket.counts, perProcedure };
}

export function buildReport(sessions: readonly Session[], options: ReportOptions): Report {
  const offset = options.offsetMinutes ?? VN_OFFSET_MINUTES;
  const labels = periodsBetween(options.period, options.from, options.to);
  const buckets = new Map(labels.map((label) => [label, newBucket()]));
  const total = newBucket();
  const bucketOf = (ms: number): Bucket | undefined => {
    const day = dayKey(ms, offset);
    if (day < options.from || day > options.to) return undefined;
    return buckets.get(options.period === 'day' ? day : day.slice(0, 7));
  };

  for (const session of sessions) {
    // Training walks on the practice portal are not the town's work: never counted.
    if (session.practice === true) continue;
    const started = bucketOf(session.createdAt);
    if (started) {
      add(started, session, 'sessions');
      add(total, session, 'sessions');
    }
    if (session.submittedAt === undefined) continue;
    const submitted = bucketOf(session.submittedAt);
    if (!submitted) continue;
    const fields: Array<keyof ReportCounts> = ['submitted'];
    if (session.channel === 'online') fields.push('submittedOnline');
    if (session.paidOnline === true) fields.push('paidOnline');
    if (session.resultByPost) fields.push('resultByPost');
    if (dueState(session, options.today) === 'overdue') fields.push('overdue');
    for (const field of fields) {
      add(submitted, session, field);
      add(total, session, field);
    }
  }

  return {
    options,
    rows: labels.map((label) => toRow(label, buckets.get(label) ?? newBucket())),
    total: toRow('total', total),
  };
}
