/**
 * Numbers, money, processing times and dates as people in Vietnam read them: "10.000 đồng",
 * "7 ngày làm việc", "18/07/2026". Written by hand rather than with Intl so the output is the same in
 * every browser and in tests.
 */
import type { Channel } from '../guide/schema';
import { t } from './info-messages';
import type { Lang, MessageKey } from './info-messages';

/** Vietnamese groups thousands with "." and uses "," for decimals; English the other way round. */
export function formatNumber(n: number, lang: Lang): string {
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const rounded = Math.round(Math.abs(n) * 100) / 100;
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (n < 0 ? '-' : '') + grouped + (fraction ? decimal + fraction : '');
}

/** A fee in đồng: 0 is "Miễn phí"; null means the amount is set locally (e.g. by the provincial council). */
export function formatVnd(n: number | null, lang: Lang): string {
  if (n === null) return t(lang, 'fee.local');
  if (n === 0) return t(lang, 'fee.free');
  return t(lang, 'fee.amount', { amount: formatNumber(Math.round(n), lang) });
}

const TIME_KEYS: Record<'working-day' | 'day' | 'hour' | 'month', string> = {
  'working-day': 'time.workingDays',
  day: 'time.days',
  hour: 'time.hours',
  month: 'time.months',
};

/**
 * A processing time: "7 ngày làm việc", "Trong ngày". Unit "other" has no formula, so the guide's own
 * words (`text`, usually the channel's timeText) are shown when given.
 */
export function formatProcessingTime(time: Channel['time'], lang: Lang, text?: string): string {
  if (time.unit === 'same-day') return t(lang, 'time.sameDay');
  if (time.unit === 'other') return text ?? t(lang, 'time.other');
  // The language's own plural rule (lib/i18n/lang.ts): Vietnamese has one form, English "1 day", "1.5 days".
  const plural = new Intl.PluralRules(lang).select(time.qty) === 'one' ? 'one' : 'other';
  const key = `${TIME_KEYS[time.unit]}.${plural}` as MessageKey;
  return t(lang, key, { n: formatNumber(time.qty, lang) });
}

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

export interface DateFormatOptions {
  /** Add the local time of day: "14:05 18/07/2026", "14:05, 18 July 2026". */
  withTime?: boolean;
}

/**
 * A date: vi "18/07/2026", en "18 July 2026" (GOV.UK style). A "YYYY-MM-DD" string is a calendar date
 * and is never shifted by the time zone; a Date or timestamp is shown in the browser's local time.
 */
export function formatDate(date: Date | number | string, lang: Lang, options: DateFormatOptions = {}): string {
  let y: number;
  let m: number;
  let d: number;
  let time = '';
  const calendar = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (calendar) {
    [y, m, d] = [Number(calendar[1]), Number(calendar[2]), Number(calendar[3])];
  } else {
    const value = date instanceof Date ? date : new Date(date);
    if (Number.isNaN(value.getTime())) return String(date);
    [y, m, d] = [value.getFullYear(), value.getMonth() + 1, value.getDate()];
    if (options.withTime) time = `${pad(value.getHours())}:${pad(value.getMinutes())}`;
  }
  const day = lang === 'vi' ? `${pad(d)}/${pad(m)}/${y}` : `${d} ${EN_MONTHS[m - 1] ?? m} ${y}`;
  if (!time) return day;
  return lang === 'vi' ? `${time} ${day}` : `${time}, ${day}`;
}
