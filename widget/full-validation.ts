/**
 * The validation of lib/guide/load.ts with the real problem wording, for problem-report.ts only. The
 * widget build resolves this import to a second copy of load.ts that uses lib/guide/problems.ts (the guide
 * chunk's copy uses widget/problems-lite.ts); in tests and type checks it is simply load.ts.
 */
export { validateGuideWith } from '../lib/guide/load';
