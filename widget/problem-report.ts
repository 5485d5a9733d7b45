/**
 * Loaded from the script's folder only when a guide file is broken: the problems of that file, worded as
 * `npm run guides -- check` words them, for the webmaster's console. Residents see one plain sentence
 * (WidgetApp); nothing here is needed while every file is valid, so it stays out of the first file and out
 * of the guide view, which asks only yes or no (widget/guide-chunk.ts).
 */
import { formatProblem } from '../lib/guide/problems';
import { validateGuideWith } from '../lib/guide/load';
import { MAX_GUIDE_FILE_CHARS } from '../lib/guide/published';
import { parseGuideSchema } from './generated/guide-validator';

export function reportProblems(url: string, value: unknown, warn: (...args: unknown[]) => void): void {
  if (typeof value === 'string') {
    const what = value.length > MAX_GUIDE_FILE_CHARS ? `larger than ${MAX_GUIDE_FILE_CHARS} characters` : 'not JSON';
    warn(`[dvc-guide] ${url} is ${what} and is not shown.`);
    return;
  }
  const result = validateGuideWith(parseGuideSchema, value, url, { idFromFile: false });
  const lines = result.ok
    ? [`the file holds guide "${result.guide.id}", not the one its name says`]
    : result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  warn(`[dvc-guide] the guide ${url} is invalid and is not shown:\n  ${lines.join('\n  ')}`);
}
