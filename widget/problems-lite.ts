/**
 * Stands in for lib/guide/problems.ts inside the widget's guide chunk (scripts/build-widget.ts swaps it
 * in for lib/guide/load.ts only): every problem keeps its code, path and severity, so a guide is accepted
 * or refused exactly as with the full wording, but carries no words. Residents see one plain sentence;
 * the words are for the webmaster's console and come with problem-report.ts, which validates again with
 * the real lib/guide/problems.ts when a file is broken.
 */
import type { Msg } from '../lib/guide/problem-core';

export { formatJsonPath, formatProblem, problem, ROOT_PATH, type GuideProblem, type PathSegment, type Severity } from '../lib/guide/problem-core';

const NONE: Msg = { vi: '', en: '' };

export const zodIssueMessage = (issue: { code: string }): { code: string } & Msg => ({ code: `schema/${issue.code}`, ...NONE });
export const jsonSyntaxMessage = (): Msg => NONE;
/** Any message function of problems.ts' `msg`, answering with no words. */
export const msg = new Proxy({}, { get: () => () => NONE }) as typeof import('../lib/guide/problems').msg;
export const KIND_STEP = NONE;
export const KIND_ROUTE = NONE;
export const KIND_DOCUMENT = NONE;
export const KIND_SITUATION = NONE;
