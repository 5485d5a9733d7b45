/**
 * No input can make validation slow or its output large (the security review's findings). The proof
 * counts what was produced (problems, names, stored characters), never time: timings live in `npm run bench`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileCatalogs } from '../../scripts/lib/hostile-catalogs';
import { parseGuideSchema } from '../../widget/generated/guide-validator';
import { MAX_CATALOG_GUIDES, MAX_CATALOG_PROBLEMS, parseCatalog } from '../../lib/guide/catalog';
import { MAX_INVALID_ENTRIES, MAX_STORED_WARNINGS, readFetchedCatalog } from '../../lib/guide/distribution';
import { GUIDE_LIMITS, MAX_PROBLEMS_PER_GUIDE, measureGuide, validateGuide, validateGuideWith } from '../../lib/guide/load';
import { readIndex } from '../../lib/guide/published-index';

const SRC = 'https://xa.example.gov.vn/guides.json';

describe('validation output is bounded whatever the catalog holds', () => {
  it('every hostile shape gives a bounded answer and the good parts still work', () => {
    for (const { name, text } of hostileCatalogs(300_000)) {
      const outcome = readFetchedCatalog(text, SRC, 1);
      const invalid = outcome.invalid;
      expect(invalid.length, name).toBeLessThanOrEqual(MAX_INVALID_ENTRIES);
      if (outcome.ok) expect(outcome.warnings.length, name).toBeLessThanOrEqual(MAX_STORED_WARNINGS);
      const parsed = parseCatalog(JSON.parse(text), SRC);
      expect(parsed.problems.length, name).toBeLessThanOrEqual(MAX_CATALOG_PROBLEMS + MAX_CATALOG_GUIDES);
      // The widget validates each guide file on its own with the compiled validator: the same bound.
      for (const raw of (JSON.parse(text) as { guides: unknown[] }).guides.slice(0, 50)) {
        const r = validateGuideWith(parseGuideSchema, raw, SRC, { idFromFile: false });
        expect((r.ok ? r.warnings : r.problems).length, name).toBeLessThanOrEqual(MAX_PROBLEMS_PER_GUIDE + 1);
      }
    }
  });

  it('an index with thousands of copies of one id keeps the first, reads at most the entry limit', () => {
    const entry = { id: 'trung', title: 'Trùng', summary: '', version: 1, hash: 'abcdef0123' };
    const read = readIndex({ format: 'dvc-guide-index/1', guides: Array.from({ length: 5000 }, () => entry) });
    expect(read?.entries).toHaveLength(1);
    expect(read?.skipped).toHaveLength(4999);
  });

  it('a guide with more problems than the cap reports the cap and says there are more', () => {
    const steps = Array.from({ length: 400 }, () => ({ id: 'a', title: 1 }));
    const r = validateGuide({ id: 'x', steps }, 'x', { idFromFile: false });
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_GUIDE + 1);
    expect(problems.at(-1)?.code).toBe('too-many-problems');
    expect(problems.at(-1)?.vi).toContain('chỉ hiện');
  });

  it('a guide past the size limits is refused in one message naming where, before any other check', () => {
    const long = validateGuide({ id: 'x', steps: Array.from({ length: GUIDE_LIMITS.list + 1 }, () => ({})) }, 'x', { idFromFile: false });
    expect(long.ok ? [] : long.problems.map((p) => [p.code, p.path])).toEqual([['guide-too-large', 'steps']]);
    let deep: unknown = 'x';
    for (let i = 0; i < GUIDE_LIMITS.depth + 5; i++) deep = { a: deep };
    expect(measureGuide(deep)?.limit).toContain('levels');
  });

  it('any JSON value: at most the cap of problems, each located, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = validateGuide(value, 'f', { idFromFile: false });
        const problems = r.ok ? r.warnings : r.problems;
        expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_PER_GUIDE + 1);
        for (const p of problems) expect(p.path).not.toBe('');
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('a catalog over 5 MB is refused with a clear reason, without reading it', () => {
    const outcome = readFetchedCatalog(' '.repeat(5_000_001), SRC, 1);
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
