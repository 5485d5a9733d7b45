import { describe, expect, it } from 'vitest';
import {
  FIXTURE_FROM,
  FIXTURE_TO,
  FIXTURE_TODAY,
  KNOWN_DAY,
  KNOWN_DAY_COUNTS,
  generateSessions,
  vnTime,
} from '../../tests/fixtures/sessions';
import { buildReport, COUNT_KEYS, periodsBetween, type ReportCounts } from './report';
import type { Session } from './model';

const sessions = generateSessions(200);

/**
 * The counts made "by hand": a plain loop over the fixture with the rules spelt out, using string
 * dates from Intl in the Vietnam zone rather than the report's offset arithmetic.
 */
const vnDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

function handCount(list: readonly Session[], day: (s: string) => boolean): ReportCounts {
  const vnDay = (ms: number): string => vnDayFormat.format(ms);
  const counts: ReportCounts = { sessions: 0, submitted: 0, submittedOnline: 0, paidOnline: 0, resultByPost: 0, overdue: 0 };
  for (const s of list) {
    if (day(vnDay(s.createdAt))) counts.sessions++;
    if (s.submittedAt !== undefined && day(vnDay(s.submittedAt))) {
      counts.submitted++;
      if (s.channel === 'online') counts.submittedOnline++;
      if (s.paidOnline === true) counts.paidOnline++;
      if (s.resultByPost) counts.resultByPost++;
      if (s.status !== 'done' && s.resultDate !== undefined && s.resultDate < FIXTURE_TODAY) counts.overdue++;
    }
  }
  return counts;
}

function countsOf(row: ReportCounts): ReportCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, row[k]])) as unknown as ReportCounts;
}

describe('report over 200 sessions', () => {
  const daily = buildReport(sessions, { period: 'day', from: FIXTURE_FROM, to: FIXTURE_TO, today: FIXTURE_TODAY });
  const monthly = buildReport(sessions, { period: 'month', from: FIXTURE_FROM, to: FIXTURE_TO, today: FIXTURE_TODAY });

  it('has a row for every day, empty days included', () => {
    expect(daily.rows).toHaveLength(62);
    expect(daily.rows[0]?.period).toBe('2025-07-01');
    expect(daily.rows.at(-1)?.period).toBe('2025-08-31');
    expect(daily.rows.find((r) => r.period === '2025-08-31')).toMatchObject({ sessions: 0, submitted: 0 });
  });

  it('matches a hand count for every day', () => {
    for (const row of daily.rows) {
      expect(countsOf(row), row.period).toEqual(handCount(sessions, (d) => d === row.period));
    }
  });

  it('matches a hand count for every month and in total', () => {
    for (const row of monthly.rows) {
      expect(countsOf(row), row.period).toEqual(handCount(sessions, (d) => d.startsWith(row.period)));
    }
    expect(countsOf(monthly.total)).toEqual(handCount(sessions, () => true));
    expect(monthly.total.sessions).toBe(200);
  });

  it('gives the known day its known numbers', () => {
    expect(countsOf(daily.rows.find((r) => r.period === KNOWN_DAY) ?? daily.total)).toEqual(KNOWN_DAY_COUNTS);
  });

  it('counts 23:59 and 00:00 Vietnam time in different days and months', () => {
    const pair = sessions.filter((s) => s.id.startsWith('edge-'));
    const report = buildReport(pair, { period: 'month', from: FIXTURE_FROM, to: FIXTURE_TO, today: FIXTURE_TODAY });
    expect(report.rows.map((r) => [r.period, r.sessions])).toEqual([
      ['2025-07', 1],
      ['2025-08', 1],
    ]);
  });

  it('breaks each period down per procedure, adding up to the period', () => {
    for (const row of monthly.rows) {
      for (const key of COUNT_KEYS) {
        expect(row.perProcedure.reduce((sum, p) => sum + p[key], 0)).toBe(row[key]);
      }
    }
    const known = daily.rows.find((r) => r.period === KNOWN_DAY);
    expect(known?.perProcedure.map((p) => [p.key, p.title, p.sessions])).toEqual([
      ['1.000656', 'Đăng ký khai tử', 1],
      ['1.001193', 'Đăng ký khai sinh', 2],
      ['1.004222', 'Đăng ký thường trú', 2],
    ]);
    // A how-to guide without a procedure code is listed under its guide id.
    expect(monthly.total.perProcedure.some((p) => p.key === 'dang-nhap-vneid')).toBe(true);
  });

  it('leaves out what happened outside the range', () => {
    const one = buildReport(sessions, { period: 'day', from: KNOWN_DAY, to: KNOWN_DAY, today: FIXTURE_TODAY });
    expect(countsOf(one.total)).toEqual(KNOWN_DAY_COUNTS);
    expect(one.rows).toHaveLength(1);
    // The random fixture has sessions the day before and after; none leak in.
    expect(sessions.some((s) => s.createdAt >= vnTime('2025-07-14 00:00') && s.createdAt < vnTime(`${KNOWN_DAY} 00:00`))).toBe(true);
  });
});

describe('practice sessions', () => {
  it('are never counted: the same sessions marked as practice add nothing to any count', () => {
    const known = sessions.filter((s) => s.submittedAt !== undefined).slice(0, 20);
    const practice: Session[] = known.map((s) => ({ ...s, id: `practice-${s.id}`, practice: true }));
    const opts = { period: 'month' as const, from: FIXTURE_FROM, to: FIXTURE_TO, today: FIXTURE_TODAY };
    const real = buildReport(sessions, opts);
    const withPractice = buildReport([...sessions, ...practice], opts);
    expect(withPractice).toEqual(real);
    // And they would have counted: the same sessions unmarked change the report.
    const unmarked = practice.map(({ practice: _p, ...s }) => s);
    expect(buildReport([...sessions, ...unmarked], opts).total.submitted).toBe(real.total.submitted + known.length);
  });
});

describe('periods', () => {
  it('lists months across a year end', () => {
    expect(periodsBetween('month', '2025-11-20', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('day', '2025-08-02', '2025-08-01')).toEqual([]);
  });
});
