import { describe, expect, it } from 'vitest';
import { dayInputText, parseDayInput } from './day-input';

describe('a day typed as day/month/year', () => {
  it('reads day first, as the report table shows dates', () => {
    expect(parseDayInput('03/07/2026')).toBe('2026-07-03');
    expect(parseDayInput(' 3-7-2026 ')).toBe('2026-07-03');
    expect(parseDayInput('03.07.2026')).toBe('2026-07-03');
    expect(parseDayInput('2026-07-03')).toBe('2026-07-03');
  });

  it('refuses what is not a real day', () => {
    for (const bad of ['31/02/2026', '29/02/2027', '13/13/2026', '00/01/2026', '07/03', 'hôm qua', '', '01/01/30000']) expect(parseDayInput(bad), bad).toBeNull();
    expect(parseDayInput('29/02/2028')).toBe('2028-02-29');
  });

  it('shows a stored day back as day/month/year', () => {
    expect(dayInputText('2026-07-03')).toBe('03/07/2026');
    expect(parseDayInput(dayInputText('2026-12-31'))).toBe('2026-12-31');
  });
});
