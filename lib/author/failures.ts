/**
 * The local log of where guides fail on the real portal, for the town's guide maintainer.
 *
 * A record says which step of which guide version failed how, on which page pattern, in which browser
 * and extension version, how often and when first and last. It is built only from the guide (ids,
 * strategies the guide itself holds) and the address generalised to a page pattern: never the full
 * address, its query, page text or anything typed (contract 10). The same shape is checked again when a
 * log is read back (`npm run guides -- failures`), so a hand-edited file cannot smuggle more in.
 */
import * as z from 'zod/mini';
import { TargetStrategy } from '../guide/schema';
import { matchesAny } from '../engine/url-pattern';
import { pagePatternFromUrl } from './page-pattern';

export const FAILURE_KINDS = ['target-not-found', 'step-passed-over', 'help-opened', 'route-not-recognised'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** What the overlay reports when something goes wrong on a step. */
export interface FailureEvent {
  guideId: string;
  guideVersion: number;
  stepId: string;
  kind: FailureKind;
  /** The page's address; only its pattern is kept. */
  url: string;
  /** For target-not-found: the step's strategies that were tried (from the guide, not the page). */
  tried?: readonly TargetStrategy[];
  userAgent: string;
  extensionVersion: string;
  at: number;
  /**
   * The guide's own page patterns: when one matches, it is the record's page (the words of a public
   * guide), so nothing of the address beyond what the guide already says is kept.
   */
  knownPages?: readonly string[];
}

const Slugish = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
/** A page pattern as pagePatternFromUrl makes it: no query, no scheme, no long digit runs, no encoded text. */
const PagePattern = z.string().check(z.maxLength(500), z.regex(/^(?:[a-z0-9.-]+(?:\/[^?\s%]*)?|unknown)$/), z.refine((p) => !/\d{3,}/.test(p)));

export const FailureRecord = z.strictObject({
  key: z.string(),
  guideId: Slugish,
  guideVersion: z.int().check(z.positive()),
  stepId: Slugish,
  kind: z.enum(FAILURE_KINDS),
  page: PagePattern,
  tried: z.optional(z.array(TargetStrategy)),
  browser: z.string().check(z.regex(/^[A-Za-z]+(?: \d{1,4})?$/)),
  extension: z.string().check(z.regex(/^\d{1,4}(?:\.\d{1,4}){0,3}$|^unknown$/)),
  count: z.int().check(z.positive()),
  firstAt: z.number(),
  lastAt: z.number(),
});
export type FailureRecord = z.infer<typeof FailureRecord>;

const FAILURE_LOG_FORMAT = 'dvc-guide-failures';

export const FailureLog = z.strictObject({
  format: z.literal(FAILURE_LOG_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  records: z.array(FailureRecord),
});
export type FailureLog = z.infer<typeof FailureLog>;

/** "Chrome 156", "Firefox 153", "Edge 150", or the engine alone: no build numbers, no OS, no device. */
export function browserOf(userAgent: string): string {
  const pick = (re: RegExp, name: string): string | undefined => {
    const m = re.exec(userAgent);
    return m ? `${name} ${m[1]}` : undefined;
  };
  return (
    pick(/Edg\/(\d{1,4})/, 'Edge') ??
    pick(/Firefox\/(\d{1,4})/, 'Firefox') ??
    pick(/Chrom(?:e|ium)\/(\d{1,4})/, 'Chrome') ??
    pick(/Version\/(\d{1,4}).*Safari/, 'Safari') ??
    'other'
  );
}

function extensionOf(v: string): string {
  return /^\d{1,4}(?:\.\d{1,4}){0,3}$/.test(v) ? v : 'unknown';
}

function failureKey(r: Pick<FailureRecord, 'guideId' | 'guideVersion' | 'stepId' | 'kind' | 'page' | 'browser' | 'extension'>): string {
  return [r.guideId, r.guideVersion, r.stepId, r.kind, r.page, r.browser, r.extension].join('|');
}

/** The record one event makes (count 1), or undefined when the event is not one we can log safely. */
export function failureRecordOf(e: FailureEvent): FailureRecord | undefined {
  const known = e.knownPages?.find((p) => matchesAny([p], e.url));
  const page = known ?? pagePatternFromUrl(e.url) ?? 'unknown';
  const base = {
    guideId: e.guideId,
    guideVersion: e.guideVersion,
    stepId: e.stepId,
    kind: e.kind,
    page,
    browser: browserOf(e.userAgent),
    extension: extensionOf(e.extensionVersion),
  };
  const record = {
    key: failureKey(base),
    ...base,
    ...(e.kind === 'target-not-found' && e.tried && e.tried.length > 0 ? { tried: e.tried.map((s) => ({ ...s })) } : {}),
    count: 1,
    firstAt: e.at,
    lastAt: e.at,
  };
  return FailureRecord.safeParse(record).success ? record : undefined;
}

/** Two records of the same key: counts add up, the first and last times widen. */
export function mergeRecords(a: FailureRecord, b: FailureRecord): FailureRecord {
  return {
    ...a,
    ...(b.tried ? { tried: b.tried } : {}),
    count: a.count + b.count,
    firstAt: Math.min(a.firstAt, b.firstAt),
    lastAt: Math.max(a.lastAt, b.lastAt),
  };
}

/** Adds records into a list by key (a log, or several helpers' logs), keeping list order stable. */
export function mergeInto(into: readonly FailureRecord[], add: readonly FailureRecord[]): FailureRecord[] {
  const byKey = new Map(into.map((r) => [r.key, r]));
  for (const r of add) {
    const old = byKey.get(r.key);
    byKey.set(r.key, old ? mergeRecords(old, r) : r);
  }
  return Array.from(byKey.values());
}

export function exportFailureLog(records: readonly FailureRecord[], now: number): FailureLog {
  return { format: FAILURE_LOG_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), records: [...records] };
}

export type FailureLogRead = { ok: true; log: FailureLog } | { ok: false; vi: string; en: string };

export function parseFailureLog(text: string): FailureLogRead {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    return { ok: false, vi: `không phải JSON: ${m}`, en: `not JSON: ${m}` };
  }
  const parsed = FailureLog.safeParse(value);
  if (parsed.success) return { ok: true, log: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? issue.path.map(String).join('.') || '(gốc / root)' : '';
  return {
    ok: false,
    vi: `không phải nhật ký bước lỗi của dvc-guide (${where}: ${issue?.message ?? ''})`,
    en: `not a dvc-guide failure log (${where}: ${issue?.message ?? ''})`,
  };
}

/** One step of one guide version, for the side panel's "Bước lỗi" and the CLI summary. */
export interface StepFailures {
  guideId: string;
  guideVersion: number;
  stepId: string;
  total: number;
  byKind: Partial<Record<FailureKind, number>>;
  /** Page patterns where it failed, most frequent first. */
  pages: { page: string; count: number }[];
  browsers: string[];
  /** How many logs (helpers) reported it; 1 for the local log. */
  logs: number;
  firstAt: number;
  lastAt: number;
}

/** Groups records (from one or several logs) by guide, version and step; most failures first. */
export function summarizeFailures(logs: readonly (readonly FailureRecord[])[]): StepFailures[] {
  const rows = new Map<string, StepFailures & { pageCounts: Map<string, number>; logSet: Set<number> }>();
  logs.forEach((records, logIndex) => {
    for (const r of records) {
      const key = `${r.guideId}|${r.guideVersion}|${r.stepId}`;
      let row = rows.get(key);
      if (!row) {
        row = { guideId: r.guideId, guideVersion: r.guideVersion, stepId: r.stepId, total: 0, byKind: {}, pages: [], browsers: [], logs: 0, firstAt: r.firstAt, lastAt: r.lastAt, pageCounts: new Map(), logSet: new Set() };
        rows.set(key, row);
      }
      row.total += r.count;
      row.byKind[r.kind] = (row.byKind[r.kind] ?? 0) + r.count;
      row.pageCounts.set(r.page, (row.pageCounts.get(r.page) ?? 0) + r.count);
      if (!row.browsers.includes(r.browser)) row.browsers.push(r.browser);
      row.logSet.add(logIndex);
      row.firstAt = Math.min(row.firstAt, r.firstAt);
      row.lastAt = Math.max(row.lastAt, r.lastAt);
    }
  });
  return Array.from(rows.values())
    .map(({ pageCounts, logSet, ...row }) => ({
      ...row,
      logs: logSet.size,
      pages: Array.from(pageCounts, ([page, count]) => ({ page, count })).sort((a, b) => b.count - a.count || a.page.localeCompare(b.page)),
      browsers: [...row.browsers].sort(),
    }))
    .sort((a, b) => b.total - a.total || a.guideId.localeCompare(b.guideId) || a.guideVersion - b.guideVersion || a.stepId.localeCompare(b.stepId));
}

export const KIND_WORDS: Record<FailureKind, { vi: string; en: string }> = {
  'target-not-found': { vi: 'không tìm thấy phần tử', en: 'target not found' },
  'step-passed-over': { vi: 'bước bị bỏ qua', en: 'step passed over' },
  'help-opened': { vi: 'mở trợ giúp', en: 'help opened' },
  'route-not-recognised': { vi: 'không nhận ra nhánh', en: 'route not recognised' },
};

/** Plain-text table lines for the CLI: one line per step, then its pages. */
export function formatFailureSummary(rows: readonly StepFailures[]): string[] {
  const out: string[] = [];
  const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
  for (const r of rows) {
    const kinds = FAILURE_KINDS.filter((k) => r.byKind[k]).map((k) => `${KIND_WORDS[k].vi} / ${KIND_WORDS[k].en}: ${r.byKind[k]}`).join('; ');
    out.push(`${r.guideId} v${r.guideVersion} · ${r.stepId}: ${r.total} lần / times (${kinds}); ${r.logs} nhật ký / log(s); ${day(r.firstAt)} → ${day(r.lastAt)}; ${r.browsers.join(', ')}`);
    for (const p of r.pages) out.push(`    ${p.page}: ${p.count}`);
  }
  return out;
}
