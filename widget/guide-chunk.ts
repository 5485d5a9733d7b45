/**
 * What showing a guide needs and the catalog does not: the guide view and the validator. Loaded from the
 * script's folder when a guide is asked for, at the same time as the guide file (no extra round trip).
 */
import { validateGuideWith } from '../lib/guide/load';
import type { Guide } from '../lib/guide/schema';
import { parseGuideSchema } from './generated/guide-validator';

export { GuideView } from './GuideView';

/** The guide, when the file's value is a valid guide (the compiled schema and every check of load.ts). */
export function validGuide(value: unknown, url: string): Guide | null {
  const result = validateGuideWith(parseGuideSchema, value, url, { idFromFile: false });
  return result.ok ? result.guide : null;
}
