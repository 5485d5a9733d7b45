/**
 * CSV for the town's spreadsheet. Excel only reads UTF-8 (Vietnamese) correctly with a byte-order mark,
 * and expects CRLF rows and RFC 4180 quoting. Vietnamese-locale Excel uses ";" as its list separator
 * when a file is double-clicked, hence the `delimiter` option.
 */
import { CHANNEL_LABELS, STATUS_LABELS, VN_OFFSET_MINUTES, type Session } from './model';
import type { Lang } from '../i18n/lang';
import { COUNT_KEYS, type Report, type ReportCounts } from './report';

export interface CsvOptions {
  delimiter?: ',' | ';' | '\t';
  /** Default true. */
  bom?: boolean;
  /**
   * Default true: a cell starting (after spaces) with = + - @ (or their full-width forms) is prefixed
   * with ' so a spreadsheet shows it as text instead of running it as a formula (notes and labels are
   * free text). Every cell holding any list separator is quoted, whatever this file's delimiter: a
   * comma file opened where ";" is the list separator would otherwise split `x;=1+1` into a formula.
   */
  guardFormulas?: boolean;
}

const FORMULA_START = /^[\s]*[=+\-@＝＋－＠]|^[\t\r]/;
/** Any character a spreadsheet in some locale splits cells on, plus quotes and line breaks. */
const NEEDS_QUOTES = /[",;\t\n\r|]/;

/** A formula start right after a list separator (spaces and a quote between allowed). */
const FORMULA_AFTER_SEPARATOR = /([,;\t|][\s"]*)([=+\-@＝＋－＠])/g;

/** Shown as text under any list separator: every place a cell could start is guarded, not only the first. */
function guarded(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/**
 * Every character that can make a cell need guarding or quotes (formula starts, every list separator,
 * quotes, line breaks). Most cells (names, codes, labels) have none and are returned as they are.
 */
const MAY_NEED_CARE = /[=+\-@＝＋－＠",;\t\n\r|]/;

export function csvCell(value: string, delimiter = ',', guardFormulas = true): string {
  if (!MAY_NEED_CARE.test(value) && !value.includes(delimiter)) return value;
  const text = guardFormulas ? guarded(value) : value;
  const needsQuotes = text.includes(delimiter) || (guardFormulas ? NEEDS_QUOTES.test(text) : /["\n\r]/.test(text));
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const guard = options.guardFormulas ?? true;
  const lines: string[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cells: string[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      cells[c] = typeof value === 'number' ? String(value) : csvCell(value ?? '', delimiter, guard);
    }
    lines[r] = cells.join(delimiter);
  }
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

/** "2025-08-01 14:05" local time: ISO order is read as a date by Excel in every locale. */
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function formatLocalTime(ms: number | undefined, offsetMinutes: number = VN_OFFSET_MINUTES): string {
  if (ms === undefined) return '';
  const d = new Date(ms + offsetMinutes * 60_000);
  const year = d.getUTCFullYear();
  // Three times a row of a 10,000-session export: the date's parts, not toISOString().slice().replace().
  if (!(year >= 1000 && year <= 9999)) return d.toISOString().slice(0, 16).replace('T', ' ');
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

const SESSION_HEADERS: Record<Lang, string[]> = {
  vi: [
    'Người dân',
    'Thủ tục',
    'Mã thủ tục',
    'Trạng thái',
    'Mã hồ sơ',
    'Ngày hẹn trả',
    'Hình thức nộp',
    'Thanh toán trực tuyến',
    'Nhận kết quả qua bưu chính',
    'Giấy tờ đã có',
    'Bước hiện tại',
    'Bắt đầu lúc',
    'Nộp lúc',
    'Cập nhật lúc',
    'Ghi chú',
    'Mã phiên',
  ],
  en: [
    'Resident',
    'Procedure',
    'Procedure code',
    'Status',
    'Dossier code',
    'Result date',
    'Channel',
    'Paid online',
    'Result by post',
    'Documents ready',
    'Current step',
    'Started',
    'Submitted',
    'Updated',
    'Notes',
    'Session id',
  ],
};

const YES_NO: Record<Lang, { yes: string; no: string; unknown: string }> = {
  vi: { yes: 'Có', no: 'Không', unknown: 'Chưa rõ' },
  en: { yes: 'Yes', no: 'No', unknown: 'Unknown' },
};

export function sessionsToCsv(sessions: readonly Session[], lang: Lang, options: CsvOptions = {}): string {
  const yn = YES_NO[lang];
  const rows: Array<Array<string | number>> = [SESSION_HEADERS[lang]];
  for (const s of sessions) {
    let ready = 0;
    for (const key in s.documents) if (s.documents[key]) ready += 1;
    rows.push([
      s.residentLabel,
      s.guideTitle,
      s.procedureCode ?? '',
      STATUS_LABELS[s.status][lang],
      s.dossierCode ?? '',
      s.resultDate ?? '',
      s.channel ? CHANNEL_LABELS[s.channel][lang] : '',
      s.paidOnline === null ? yn.unknown : s.paidOnline ? yn.yes : yn.no,
      s.resultByPost ? yn.yes : yn.no,
      ready,
      s.currentStep + 1,
      formatLocalTime(s.createdAt),
      formatLocalTime(s.submittedAt),
      formatLocalTime(s.updatedAt),
      s.notes,
      s.id,
    ]);
  }
  return toCsv(rows, options);
}

const REPORT_HEADERS: Record<Lang, { period: string; procedure: string; code: string; all: string; total: string; counts: Record<keyof ReportCounts, string> }> = {
  vi: {
    period: 'Kỳ',
    procedure: 'Thủ tục',
    code: 'Mã thủ tục',
    all: 'Tất cả thủ tục',
    total: 'Tổng cộng',
    counts: {
      sessions: 'Số lượt hỗ trợ',
      submitted: 'Hồ sơ đã nộp',
      submittedOnline: 'Hồ sơ nộp trực tuyến',
      paidOnline: 'Thanh toán trực tuyến',
      resultByPost: 'Nhận kết quả qua bưu chính',
      overdue: 'Quá hạn trả kết quả',
    },
  },
  en: {
    period: 'Period',
    procedure: 'Procedure',
    code: 'Procedure code',
    all: 'All procedures',
    total: 'Total',
    counts: {
      sessions: 'Sessions',
      submitted: 'Dossiers submitted',
      submittedOnline: 'Submitted online',
      paidOnline: 'Paid online',
      resultByPost: 'Result by post',
      overdue: 'Past result date',
    },
  },
};

/**
 * One flat table (period, procedure, counts) so the town can filter or pivot it: per period a line for
 * all procedures followed by one line per procedure, then the grand total.
 */
export function reportToCsv(report: Report, lang: Lang, options: CsvOptions = {}): string {
  const h = REPORT_HEADERS[lang];
  const rows: Array<Array<string | number>> = [[h.period, h.procedure, h.code, ...COUNT_KEYS.map((k) => h.counts[k])]];
  for (const row of [...report.rows, report.total]) {
    const period = row === report.total ? h.total : row.period;
    rows.push([period, h.all, '', ...COUNT_KEYS.map((k) => row[k])]);
    for (const proc of row.perProcedure) {
      rows.push([period, proc.title, proc.key, ...COUNT_KEYS.map((k) => proc[k])]);
    }
  }
  return toCsv(rows, options);
}
