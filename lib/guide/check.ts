/**
 * Checks across a set of guides (one folder, one catalog): what no single file can know.
 */
import { msg, problem, type GuideProblem } from './problems';
import type { Guide } from './schema';

export interface LoadedGuide {
  file: string;
  guide: Guide;
}

/** Guide ids are storage keys for progress and catalog entries, so two files must never share one. */
export function checkGuideSet(entries: readonly LoadedGuide[]): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const firstFile = new Map<string, string>();
  for (const { file, guide } of entries) {
    const first = firstFile.get(guide.id);
    if (first === undefined) firstFile.set(guide.id, file);
    else problems.push(problem(file, ['id'], 'duplicate-guide-id', msg.duplicateGuideId(guide.id, first)));
  }
  return problems;
}
