import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTownJson } from './load';
import { townQuestionsFor } from './questions';
import { checkTownShape } from './shape';

const EXAMPLE = readFileSync('town/phuong-cua-lo.json', 'utf8');
const GUIDES = new Map([['thong-bao-luu-tru', new Set(['chuan-bi', 'gui-thong-bao'])]]);

describe('town profile', () => {
  it('the example profile loads and says it is an example', () => {
    const r = parseTownJson(EXAMPLE, 'town/phuong-cua-lo.json', GUIDES);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.town.example).toBe(true);
      expect(r.town.name).toContain('ví dụ');
    }
  });

  it('a broken profile names the file and the field, in Vietnamese and English', () => {
    const broken = JSON.parse(EXAMPLE) as Record<string, unknown>;
    (broken.offices as Record<string, unknown>[])[1]!.phone = 'gọi tôi';
    delete broken.name;
    const r = parseTownJson(JSON.stringify(broken), 'town/hong.json', GUIDES);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path).sort()).toEqual(['name', 'offices[1].phone']);
      for (const p of r.problems) {
        expect(p.file).toBe('town/hong.json');
        expect(p.vi.length).toBeGreaterThan(0);
        expect(p.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a question about a guide or step that does not exist, and bad JSON with a message', () => {
    const withBadRef = JSON.parse(EXAMPLE) as { questions: Record<string, unknown>[] };
    withBadRef.questions[1]!.step = 'khong-co';
    const r = parseTownJson(JSON.stringify(withBadRef), 't.json', GUIDES);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['questions[1].step']);
    const bad = parseTownJson('{ "id": ', 't.json');
    expect(bad.ok).toBe(false);
  });

  it('refuses a feedback link to a site outside the allow-list', () => {
    const p = JSON.parse(EXAMPLE) as Record<string, unknown>;
    p.feedbackUrl = 'https://lua-dao.example/gop-y';
    const r = parseTownJson(JSON.stringify(p), 't.json', GUIDES);
    expect(r.ok ? [] : r.problems.map((x) => x.path)).toEqual(['feedbackUrl']);
  });

  it('shows town-wide questions with every guide and a guide’s own questions only with it', () => {
    const r = parseTownJson(EXAMPLE, 't.json', GUIDES);
    if (!r.ok) throw new Error('example must load');
    expect(townQuestionsFor(r.town, 'dang-ky-khai-tu').map((q) => q.id)).toEqual(['thu-bay']);
    expect(townQuestionsFor(r.town, 'thong-bao-luu-tru').map((q) => q.id)).toEqual(['thu-bay', 'khach-den-khuya']);
  });

  it('the widget’s small shape check agrees on a good profile and names the field of a bad one', () => {
    expect(checkTownShape(JSON.parse(EXAMPLE), 'town.json').ok).toBe(true);
    const bad = checkTownShape({ id: 'x', name: 'X', offices: [{ address: 'a' }] }, 'https://xa.example/town.json');
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.file} ${p.path}`)).toEqual(['https://xa.example/town.json offices[0].name']);
    expect(checkTownShape([], 'town.json').ok).toBe(false);
  });
});
