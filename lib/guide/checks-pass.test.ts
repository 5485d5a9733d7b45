import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideChecksPass } from './checks-pass';
import { MAX_PROBLEMS_PER_GUIDE, validateGuide } from './load';
import { Guide as GuideSchema, type Guide } from './schema';

const read = (file: string): Guide => JSON.parse(readFileSync(file, 'utf8')) as Guide;
/** What load.ts answers, the file name not checked (the widget passes no file name). */
const loadSays = (g: Guide): boolean => validateGuide(g, 'x', { idFromFile: false }).ok;

const BASE = read('guides/dang-ky-khai-sinh.json');
const edit = (change: (g: Guide) => void): Guide => {
  const g = structuredClone(BASE);
  change(g);
  return g;
};
const main = (g: Guide, i: number) => g.steps[i]!;
const routes = (g: Guide) => g.routes!;

/** Each way a check of load.ts can refuse a guide that passes the schema. */
const REFUSED: [string, Guide][] = [
  ['a repeated step id', edit((g) => (main(g, 1).id = main(g, 0).id))],
  ['a route step reusing a main step id', edit((g) => (routes(g)[0]!.steps[0]!.id = main(g, 0).id))],
  ['a repeated route id', edit((g) => (routes(g)[1]!.id = routes(g)[0]!.id))],
  ['a repeated document id', edit((g) => (g.documents[1]!.id = g.documents[0]!.id))],
  ['a repeated question id', edit((g) => (g.situations![1]!.id = g.situations![0]!.id))],
  ['a page pattern with a scheme', edit((g) => (main(g, 1).page = ['https://dichvucong.gov.vn/**']))],
  ['a start page that is not a pattern', edit((g) => (g.startPages = ['dichvucong/a b']))],
  ['a route step page with a bad host', edit((g) => (routes(g)[0]!.steps[1]!.page = ['dich*vu.gov.vn/x']))],
  ['a target with no locator', edit((g) => (main(g, 1).target = [{ exact: true }]))],
  ['a done condition of two kinds', edit((g) => (main(g, 1).done = [{ url: 'dichvucong.gov.vn/x', text: 'Xong' }]))],
  ['a done condition whose url is not a pattern', edit((g) => (main(g, 1).done = [{ url: 'http://x' }]))],
  ['a done element with no locator', edit((g) => (main(g, 1).done = [{ appears: { exact: true } }]))],
  ['"clicked" on a step with nothing to click', edit((g) => ((main(g, 0).target = undefined), (main(g, 0).done = [{ clicked: true }])))],
  ['a script link in a step body', edit((g) => (main(g, 0).body = 'Bấm [đây](javascript:alert(1)).'))],
  ['a link to another site in a tip', edit((g) => (main(g, 0).tips = ['Xem [trang](https://evil.example/).']))],
  ['a link to another site in a warning', edit((g) => (main(g, 0).warnings = ['Xem [trang](https://evil.example/).']))],
  ['a step link to another site', edit((g) => (main(g, 0).links = [{ text: 'Trang', url: 'https://evil.example/' }]))],
  ['a document note with a bad link', edit((g) => (g.documents[0]!.note = '[x](https://evil.example/)'))],
  ['a form link to another site', edit((g) => (g.documents[0]!.form = { text: 'Mẫu', url: 'https://evil.example/mau.pdf' }))],
  ['an answer with a bad link', edit((g) => (g.situations![0]!.answer = '[x](https://evil.example/)'))],
  ['postal return text with a bad link', edit((g) => (g.help.postalReturn = '[x](https://evil.example/)'))],
  ['Saturday text with a bad link', edit((g) => (g.help.saturday = '[x](https://evil.example/)'))],
  ['a feedback page on another site', edit((g) => (g.help.feedbackUrl = 'https://evil.example/'))],
  ['a route after an unknown step', edit((g) => (routes(g)[0]!.after = 'khong-co'))],
  ['a route rejoining an unknown step', edit((g) => (routes(g)[0]!.rejoin = 'khong-co'))],
  ['a route rejoining before it starts', edit((g) => (routes(g)[0]!.rejoin = routes(g)[1]!.rejoin = main(g, 0).id))],
  ['a fork whose routes rejoin apart', edit((g) => (routes(g)[1]!.rejoin = main(g, 3).id))],
  ['a fork of one route', edit((g) => g.routes!.pop())],
  ['a main step no route can reach', edit((g) => (routes(g)[0]!.after = routes(g)[1]!.after = main(g, 2).id))],
  [
    'forks that overlap',
    edit((g) => {
      const r = routes(g);
      r[0]!.after = r[1]!.after = main(g, 2).id;
      r.push({ ...structuredClone(r[0]!), id: 'r3', after: main(g, 3).id, rejoin: main(g, 4).id, steps: [{ id: 'r3-a', title: 'A' }] });
      r.push({ ...structuredClone(r[0]!), id: 'r4', after: main(g, 3).id, rejoin: main(g, 4).id, steps: [{ id: 'r4-a', title: 'B' }] });
      for (const x of r.slice(0, 2)) x.rejoin = main(g, 4).id;
    }),
  ],
];

/** Only warnings: both accept. */
const ACCEPTED: [string, Guide][] = [
  ['a page pattern off the portal', edit((g) => (main(g, 1).page = ['example.gov.vn/x']))],
  ['a step with a target on every page of a host', edit((g) => (main(g, 1).page = ['dichvucong.gov.vn/**']))],
  ['a source on another site', edit((g) => (g.sources[0]!.url = 'https://evil.example/'))],
];

describe('guideChecksPass answers as load.ts does', () => {
  it.each(REFUSED)('refuses %s', (_name, g) => {
    // The schema passes: the refusal is one of the checks beyond it.
    expect(GuideSchema.safeParse(g).success).toBe(true);
    expect(loadSays(g)).toBe(false);
    expect(guideChecksPass(g)).toBe(false);
  });

  it.each(ACCEPTED)('accepts %s (a warning only)', (_name, g) => {
    expect(loadSays(g)).toBe(true);
    expect(guideChecksPass(g)).toBe(true);
  });

  it('accepts every published guide and the valid fixture', () => {
    const files = [...readdirSync('guides').filter((f) => f.endsWith('.json') && f !== 'guide.schema.json').map((f) => path.join('guides', f)), 'tests/fixtures/guides/valid/dang-ky-mau.json'];
    for (const f of files) {
      const g = read(f);
      expect(loadSays(g), f).toBe(true);
      expect(guideChecksPass(g), f).toBe(true);
    }
  });

  it('decides on every problem, not only the first 100 it lists', () => {
    const offPortal = Array.from({ length: MAX_PROBLEMS_PER_GUIDE + 20 }, (_, i) => `example.gov.vn/trang-${i}`);
    const warnedOnly = edit((g) => (g.startPages = offPortal));
    const r = validateGuide(warnedOnly, 'x', { idFromFile: false });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.at(-1)?.code).toBe('too-many-problems');
    expect(guideChecksPass(warnedOnly)).toBe(true);
    // The error comes after the 120 warnings (help is checked last) and is past the listed ones.
    const late = edit((g) => ((g.startPages = offPortal), (g.help.feedbackUrl = 'https://evil.example/')));
    expect(loadSays(late)).toBe(false);
    expect(guideChecksPass(late)).toBe(false);
  });
});
