/**
 * What showing a guide needs and the catalog does not: the guide view and the validator. Loaded from the
 * script's folder when a guide is asked for, at the same time as the guide file (no extra round trip).
 */
import { guideChecksPass } from '../lib/guide/checks-pass';
import { measureGuide } from '../lib/guide/guide-limits';
import type { Guide } from '../lib/guide/schema';
import { parseGuideSchema } from './generated/guide-validator';

export { GuideView } from './GuideView';

/**
 * The guide, when the file's value is a valid guide: the bounds, the compiled schema and every check of
 * lib/guide/load.ts that can refuse one, answered yes or no (lib/guide/checks-pass.ts). Which problems, and
 * their words, load only for a broken file (problem-report.ts, with load.ts itself).
 */
export function validGuide(value: unknown): Guide | null {
  if (measureGuide(value)) return null;
  const parsed = parseGuideSchema(value);
  return parsed.success && guideChecksPass(parsed.data) ? parsed.data : null;
}
