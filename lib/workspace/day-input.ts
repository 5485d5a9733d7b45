/**
 * A day typed as the report table shows it, day/month/year ("18/07/2026"), whatever the browser's locale
 * (a date input follows the browser: mm/dd/yyyy in an en-US browser while the table says dd/mm/yyyy).
 */

/** "18/07/2026", "18-7-2026", "18.07.2026" or "2026-07-18" → "2026-07-18"; null when not a real day (1970–2100). */
export function parseDayInput(text: string): string | null {
  const s = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]].map(Number) : ymd ? [ymd[3], ymd[2], ymd[1]].map(Number) : [];
  if (d === undefined || m === undefined || y === undefined) return null;
  if (y < 1970 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  // Day 0 of the next month is the last day of this one (UTC: no time zone can shift it).
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2026-07-18" → "18/07/2026". */
export function dayInputText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}
