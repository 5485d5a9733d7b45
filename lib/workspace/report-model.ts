/**
 * The day / month report: the chosen period and range, the counts from the background, and the CSV
 * files the town's spreadsheet opens (UTF-8 with BOM, so Vietnamese reads correctly in Excel).
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ChecklistErrorData } from '../checklist/errors';
import { addDays, dayKey, dayRange } from '../checklist/model';
import type { Lang } from '../i18n/lang';
import { reportToCsv, sessionsToCsv, type CsvOptions } from '../checklist/csv';
import type { Report, ReportPeriod } from '../checklist/report';
import { ClientError, toClientError, type ChecklistClient } from './client';

type CsvDelimiter = NonNullable<CsvOptions['delimiter']>;

export interface ReportModel {
  period: ReadonlySignal<ReportPeriod>;
  from: ReadonlySignal<string>;
  to: ReadonlySignal<string>;
  delimiter: ReadonlySignal<CsvDelimiter>;
  report: ReadonlySignal<Report | null>;
  loading: ReadonlySignal<boolean>;
  error: ReadonlySignal<ChecklistErrorData | null>;
  /** Switches period and resets the range to its default (last 7 days / this year). */
  setPeriod(period: ReportPeriod): void;
  /** A range end as yyyy-mm-dd (what a date input gives). */
  setFrom(day: string): void;
  setTo(day: string): void;
  setDelimiter(delimiter: CsvDelimiter): void;
  load(): Promise<void>;
  reportCsv(lang: Lang): { fileName: string; text: string } | null;
  /** One row per session started or updated in the range: the detail behind the counts. */
  sessionsCsv(lang: Lang): Promise<{ fileName: string; text: string } | null>;
}

function defaultRange(period: ReportPeriod, today: string): { from: string; to: string } {
  return period === 'day' ? { from: addDays(today, -6), to: today } : { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export function createReportModel(deps: { client: ChecklistClient; today?: () => string }): ReportModel {
  const today = deps.today ?? (() => dayKey(Date.now()));
  const initial = defaultRange('day', today());
  const period = signal<ReportPeriod>('day');
  const from = signal(initial.from);
  const to = signal(initial.to);
  const delimiter = signal<CsvDelimiter>(',');
  const report = signal<Report | null>(null);
  const loading = signal(false);
  const error = signal<ChecklistErrorData | null>(null);

  const rangeLabel = (): string => (from.value === to.value ? from.value : `${from.value}_${to.value}`);

  return {
    period,
    from,
    to,
    delimiter,
    report,
    loading,
    error,
    setFrom(day) {
      from.value = day;
    },
    setTo(day) {
      to.value = day;
    },
    setDelimiter(next) {
      delimiter.value = next;
    },
    setPeriod(next) {
      const range = defaultRange(next, today());
      // One change for whatever reads the three (a range half-switched is never seen).
      batch(() => {
        period.value = next;
        from.value = range.from;
        to.value = range.to;
      });
    },
    async load() {
      loading.value = true;
      try {
        const [a, b] = from.value <= to.value ? [from.value, to.value] : [to.value, from.value];
        report.value = await deps.client.request('report:get', { options: { period: period.value, from: a, to: b, today: today() } });
        error.value = null;
      } catch (err) {
        error.value = (err instanceof ClientError ? err : toClientError(err)).data;
      } finally {
        loading.value = false;
      }
    },
    reportCsv(lang) {
      const current = report.value;
      if (!current) return null;
      return { fileName: `bao-cao-${current.options.period === 'day' ? 'ngay' : 'thang'}-${rangeLabel()}.csv`, text: reportToCsv(current, lang, { delimiter: delimiter.value }) };
    },
    async sessionsCsv(lang) {
      try {
        const all = await deps.client.request('session:list', { query: { by: 'all' } });
        const [start] = dayRange(from.value <= to.value ? from.value : to.value);
        const [, end] = dayRange(from.value <= to.value ? to.value : from.value);
        const inRange = (t: number): boolean => t >= start && t < end;
        const rows = all.sessions
          .filter((s) => inRange(s.createdAt) || inRange(s.updatedAt) || (s.submittedAt !== undefined && inRange(s.submittedAt)))
          .sort((a, b) => a.createdAt - b.createdAt);
        error.value = null;
        return { fileName: `danh-sach-phien-${rangeLabel()}.csv`, text: sessionsToCsv(rows, lang, { delimiter: delimiter.value }) };
      } catch (err) {
        error.value = (err instanceof ClientError ? err : toClientError(err)).data;
        return null;
      }
    },
  };
}
