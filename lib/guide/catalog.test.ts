import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, parseCatalog } from './catalog';
import { checkGuideSet } from './check';
import { parseGuideJson } from './load';
import type { Guide } from './schema';

const TEXT = readFileSync('tests/fixtures/guides/valid/dang-ky-mau.json', 'utf8');

function guide(id: string): Guide {
  const r = parseGuideJson(TEXT.replace('"id": "dang-ky-mau"', `"id": "${id}"`), `${id}.json`);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.guide;
}

describe('parseCatalog', () => {
  it('still shows the valid guides when another one is broken', () => {
    const broken = { ...guide('hong'), steps: [] };
    const result = parseCatalog({ guides: [guide('mot'), broken, guide('hai')] }, 'https://xa.example/guides.json');
    expect(result.guides.map((g) => g.id)).toEqual(['mot', 'hai']);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ file: 'https://xa.example/guides.json guides[1]', path: 'steps' }),
    ]);
  });

  it('keeps the first of two guides with the same id', () => {
    const first = guide('mot');
    const second = { ...guide('mot'), version: 2 };
    const result = parseCatalog({ guides: [first, second] }, 'c');
    expect(result.guides).toEqual([first]);
    expect(result.problems.map((p) => p.code)).toContain('duplicate-guide-id');
  });

  it.each([null, [], 'guides', { guide: [] }])('reports a catalog that is not { guides: [...] } (%j)', (value) => {
    const result = parseCatalog(value, 'c');
    expect(result.guides).toEqual([]);
    expect(result.problems[0]?.code).toBe('catalog-shape');
  });

  it('reads back what buildCatalog writes, without the file-relative $schema', () => {
    const envelope = buildCatalog([guide('mot'), guide('hai')], { generatedAt: '2026-07-18T00:00:00Z' });
    const json = JSON.parse(JSON.stringify(envelope)) as unknown;
    expect(JSON.stringify(json)).not.toContain('guide.schema.json');
    const back = parseCatalog(json, 'c');
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.guides.map((g) => g.id)).toEqual(['mot', 'hai']);
  });
});

describe('checkGuideSet', () => {
  it('reports a guide id used by two files, naming the first', () => {
    const problems = checkGuideSet([
      { file: 'guides/a.json', guide: guide('mot') },
      { file: 'guides/b.json', guide: guide('hai') },
      { file: 'guides/c.json', guide: guide('mot') },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'guides/c.json', path: 'id', vi: expect.stringContaining('guides/a.json') }),
    ]);
  });
});
