/** The repository's own source files, for the house-rule tests that read code as text. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = process.cwd();

/**
 * Every `.ts`/`.tsx` file under `dir` (relative to the repository root), recursively. Tests are left out
 * unless `withTests` is set: a rule about what code hands out need not hold for the test that checks it.
 */
export function sourceFilesUnder(dir: string, opts: { withTests?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFilesUnder(rel, opts));
    else if (/\.tsx?$/.test(name) && (opts.withTests || !/\.test\.tsx?$/.test(name))) out.push(rel);
  }
  return out;
}
