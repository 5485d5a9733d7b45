/**
 * Retention: sessions hold personal notes, so they do not stay forever. A session untouched for more
 * than N days (default 90) is removed; activity restarts the clock.
 */
import { DAY_MS } from './model';

export const DEFAULT_RETENTION_DAYS = 90;

/** Records last updated strictly before this instant are expired. */
export function retentionCutoff(now: number, days: number): number {
  return now - Math.max(1, Math.floor(days)) * DAY_MS;
}
