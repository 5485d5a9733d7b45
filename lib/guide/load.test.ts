import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGuideJson, validateGuide, type GuideLoadResult } from './load';
import type { GuideProblem } from './problems';

const FILE = 'tests/fixtures/guides/valid/dang-ky-mau.json';
const TEXT = readFileSync(FILE, 'utf8');

function sample(): Record<string, unknown> & { steps: Record<string, unknown>[] } {
  return JSON.parse(TEXT) as Record<string, unknown> & { steps: Record<string, unknown>[] };
}

function errors(r: GuideLoadResult): GuideProblem[] {
  return r.ok ? [] : r.problems.filter((p) => p.severity === 'error');
}

function paths(r: GuideLoadResult): string[] {
  return errors(r).map((p) => p.path);
}

describe('parseGuideJson accepts a valid guide', () => {
  it('returns the guide and shows unverified facts as warnings with their path and note', () => {
    const r = parseGuideJson(TEXT, FILE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.guide.steps.map((s) => s.id)).toEqual(['mo-thu-tuc', 'nop-truc-tuyen', 'nop-truc-tiep']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      severity: 'warning',
      path: 'procedure.channels.online.feeVnd',
      vi: expect.stringContaining('Lệ phí trực tuyến chưa đối chiếu'),
    });
  });

  it('tolerates a byte-order mark', () => {
    expect(parseGuideJson(`\uFEFF${TEXT}`, FILE).ok).toBe(true);
  });
});

describe('JSON syntax errors', () => {
  it('gives line and column for a truncated file', () => {
    const text = readFileSync('tests/fixtures/guides/truncated/cat-ngang.json', 'utf8');
    const r = parseGuideJson(text, 'cat-ngang.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const lines = text.split('\n');
    expect(r.problems[0]).toMatchObject({ code: 'json-syntax', line: lines.length, path: '(gốc)/(root)' });
    expect(r.problems[0]?.column).toBeGreaterThan(1);
  });

  it('points at the end of the input when it stops mid-value', () => {
    const r = parseGuideJson('{\n  "id": "x",\n  "steps": [\n', 'x.json');
    expect(r.ok ? undefined : r.problems[0]).toMatchObject({ line: 3, column: 13, vi: expect.stringContaining('kết thúc giữa chừng') });
  });

  it('points at a trailing comma', () => {
    const r = parseGuideJson('{\n  "id": "x",\n}', 'x.json');
    expect(r.ok ? undefined : r.problems[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('reports a field written twice, which JSON.parse would silently drop', () => {
    const r = parseGuideJson(TEXT.replace('"version": 1,', '"version": 1,\n  "version": 2,'), FILE);
    expect(errors(r).map((p) => [p.code, p.path])).toEqual([['json-duplicate-key', 'version']]);
  });
});

describe('schema problems: every one, with JSON path and friendly text', () => {
  it('reports all issues, not just the first', () => {
    const g = sample();
    g.version = 1.5;
    g.reviewedAt = '18/7/2026';
    delete g.summary;
    (g.steps[1]?.target as Record<string, unknown>[])[0] = { txt: 'Nộp' };
    (g.documents as Record<string, unknown>[])[0]!.need = 'always';
    const r = validateGuide(g, 'x');
    expect(paths(r).sort()).toEqual(['documents[0].need', 'reviewedAt', 'steps[1].target[0]', 'summary', 'version'].sort());
    const by = new Map(errors(r).map((p) => [p.path, p]));
    expect(by.get('summary')?.vi).toContain('thiếu trường bắt buộc');
    expect(by.get('version')?.vi).toContain('số nguyên');
    expect(by.get('reviewedAt')?.en).toContain('YYYY-MM-DD');
    expect(by.get('steps[1].target[0]')?.vi).toContain('"txt"');
    expect(by.get('documents[0].need')?.en).toContain('"required", "conditional"');
  });

  it('names slug, uuid, procedure code and phone formats', () => {
    const g = sample();
    g.id = 'Đăng Ký';
    const proc = g.procedure as Record<string, unknown>;
    proc.code = '1001193';
    proc.portalId = 'abc';
    (g.help as Record<string, unknown>).hotline = 'gọi tổng đài';
    const r = validateGuide(g, 'x');
    const text = errors(r).map((p) => `${p.path} ${p.en}`);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id .*lower-case/),
        expect.stringMatching(/^procedure\.code .*1\.001193/),
        expect.stringMatching(/^procedure\.portalId .*UUID/),
        expect.stringMatching(/^help\.hotline .*phone/),
      ]),
    );
  });

  it('gives line numbers to schema problems in a file', () => {
    const r = parseGuideJson(TEXT.replace('"reviewedAt": "2026-07-18"', '"reviewedAt": "hôm qua"'), FILE);
    const line = TEXT.split('\n').findIndex((l) => l.includes('"reviewedAt"')) + 1;
    expect(errors(r)[0]).toMatchObject({ path: 'reviewedAt', line });
  });
});

describe('checks beyond the schema', () => {
  it('requires the id to equal the file name', () => {
    expect(paths(parseGuideJson(TEXT, 'guides/khac-ten.json'))).toEqual(['id']);
    expect(validateGuide(sample(), 'catalog entry').ok).toBe(true);
  });

  it('finds duplicate step and document ids', () => {
    const g = sample();
    g.steps[1]!.id = 'mo-thu-tuc';
    (g.documents as Record<string, unknown>[])[1]!.id = 'to-khai';
    const r = validateGuide(g, 'x');
    expect(errors(r).map((p) => [p.path, p.code])).toEqual([
      ['steps[1].id', 'duplicate-steps-id'],
      ['documents[1].id', 'duplicate-documents-id'],
    ]);
  });

  describe('routes', () => {
    const route = (id: string, after: string, rejoin: string, stepId: string): Record<string, unknown> => ({
      id,
      title: `Lộ trình ${id}`,
      after,
      rejoin,
      steps: [{ id: stepId, title: `Bước ${stepId}` }],
    });
    const codes = (g: Record<string, unknown>): string[][] => errors(validateGuide(g, 'x')).map((p) => [p.path, p.code]);

    it('accepts a fork of two routes that rejoin at the next main step', () => {
      const g = sample();
      g.routes = [route('mot-trang', 'mo-thu-tuc', 'nop-truc-tuyen', 'a'), route('wizard', 'mo-thu-tuc', 'nop-truc-tuyen', 'b')];
      expect(codes(g)).toEqual([]);
    });

    it('names unknown after/rejoin steps and a rejoin that is not after the start', () => {
      const g = sample();
      g.routes = [
        route('r1', 'khong-co', 'nop-truc-tuyen', 'a'),
        route('r2', 'mo-thu-tuc', 'cung-khong', 'b'),
        route('r3', 'nop-truc-tuyen', 'mo-thu-tuc', 'c'),
      ];
      expect(codes(g)).toEqual([
        ['routes[0].after', 'route-after-unknown'],
        ['routes[1].rejoin', 'route-rejoin-unknown'],
        ['routes[2].rejoin', 'route-rejoin-order'],
      ]);
    });

    it('reports a main step nobody can reach, a lone route, and a different rejoin', () => {
      const g = sample();
      g.routes = [route('r1', 'mo-thu-tuc', 'nop-truc-tiep', 'a'), route('r2', 'mo-thu-tuc', 'nop-truc-tuyen', 'b')];
      expect(codes(g)).toEqual([
        ['routes[1].rejoin', 'route-rejoin-differs'],
        ['steps[1]', 'route-unreachable'],
      ]);
      g.routes = [route('r1', 'mo-thu-tuc', 'nop-truc-tuyen', 'a')];
      expect(codes(g)).toEqual([['routes[0]', 'route-fork-single']]);
    });

    it('reports overlapping forks and step ids reused across routes', () => {
      const g = sample();
      g.routes = [
        route('r1', 'mo-thu-tuc', 'nop-truc-tiep', 'a'),
        route('r2', 'mo-thu-tuc', 'nop-truc-tiep', 'mo-thu-tuc'),
        route('r3', 'nop-truc-tuyen', 'nop-truc-tiep', 'a'),
        route('r4', 'nop-truc-tuyen', 'nop-truc-tiep', 'd'),
      ];
      const found = codes(g);
      expect(found).toContainEqual(['routes[1].steps[0].id', 'duplicate-steps-id']);
      expect(found).toContainEqual(['routes[2].steps[0].id', 'duplicate-steps-id']);
      expect(found).toContainEqual(['routes[2].after', 'route-forks-overlap']);
    });

    it('checks the steps inside a route like main steps', () => {
      const g = sample();
      const r1 = route('r1', 'mo-thu-tuc', 'nop-truc-tuyen', 'a');
      (r1.steps as Record<string, unknown>[])[0]!.target = [{ role: 'button' }];
      g.routes = [r1, route('r2', 'mo-thu-tuc', 'nop-truc-tuyen', 'b')];
      expect(codes(g)).toEqual([['routes[0].steps[0].target[0]', 'target-no-locator']]);
    });
  });

  it('checks URL patterns, target locators, done kinds and clicked targets', () => {
    const g = sample();
    g.startPages = ['https://dichvucong.gov.vn/**'];
    g.steps[0]!.done = [{ url: 'dichvucong.gov.vn/x', confirm: true }];
    g.steps[1]!.target = [{ role: 'button', exact: true }];
    g.steps[2]!.done = [{ clicked: true }];
    const r = validateGuide(g, 'x');
    expect(errors(r).map((p) => [p.path, p.code])).toEqual([
      ['startPages[0]', 'url-pattern-scheme'],
      ['steps[0].done[0]', 'done-kinds'],
      ['steps[1].target[0]', 'target-no-locator'],
      ['steps[2].done[0].clicked', 'clicked-needs-target'],
    ]);
  });

  it('refuses a javascript: link in rich text as an error naming the URL', () => {
    const g = sample();
    g.steps[0]!.body = 'Bấm [đây](javascript:alert(1))';
    const r = validateGuide(g, 'x');
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatchObject({ path: 'steps[0].body', vi: expect.stringContaining('javascript:alert(1)') });
  });

  it('refuses structured links off the allow-list', () => {
    const g = sample();
    g.steps[0]!.links = [{ text: 'Mẫu tờ khai', url: 'https://example.com/to-khai.docx' }];
    expect(paths(validateGuide(g, 'x'))).toEqual(['steps[0].links[0].url']);
  });

  it('checks CSS selectors when a validator is given', () => {
    const g = sample();
    g.steps[1]!.target = [{ css: 'button[data-e2e="nop"' }];
    const isValidSelector = (css: string): boolean => {
      try {
        document.querySelector(css);
        return true;
      } catch {
        return false;
      }
    };
    expect(paths(validateGuide(g, 'x', { isValidSelector }))).toEqual(['steps[1].target[0].css']);
    expect(validateGuide(g, 'x').ok).toBe(true);
  });

  it('says nothing twice: a misspelt key gets the schema message only', () => {
    const g = sample();
    g.steps[1]!.target = [{ selector: '#nop' }];
    expect(errors(validateGuide(g, 'x')).map((p) => p.code)).toEqual(['schema/unrecognized_keys']);
  });

  it('warns about a pattern the extension can never run on', () => {
    const g = sample();
    g.startPages = ['example.gov.vn/**'];
    const r = validateGuide(g, 'x');
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('url-pattern-not-portal');
  });
});
