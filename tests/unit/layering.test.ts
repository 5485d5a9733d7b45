/**
 * The house's layering, tests included: lib/ is the core and imports nothing from the surfaces
 * (components/, entrypoints/, widget/, scripts/); components/ import nothing from entrypoints/ or
 * widget/. A test here fails naming the file and the import.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFilesUnder } from './support/source-files';

/** Every module a file imports or re-exports, resolved to a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  return specs.filter((s) => s.startsWith('.')).map((s) => path.relative(ROOT, path.resolve(ROOT, path.dirname(file), s)));
}

function violations(dir: string, forbidden: readonly string[]): string[] {
  const out: string[] = [];
  for (const file of sourceFilesUnder(dir, { withTests: true })) {
    for (const target of importsOf(file)) {
      const top = target.split(path.sep)[0] ?? '';
      if (forbidden.includes(top)) out.push(`${file} imports ${target}`);
    }
  }
  return out;
}

describe('layering', () => {
  it('lib/ imports nothing from components/, entrypoints/, widget/ or scripts/ (tests included)', () => {
    expect(violations('lib', ['components', 'entrypoints', 'widget', 'scripts'])).toEqual([]);
  });

  it('components/ import nothing from entrypoints/ or widget/ (tests included)', () => {
    expect(violations('components', ['entrypoints', 'widget'])).toEqual([]);
  });

  it('sees an import it should refuse (the check itself works)', () => {
    expect(importsOf('components/test-fixtures.ts')).toEqual([path.join('tests', 'fixtures', 'test-guide')]);
  });
});
