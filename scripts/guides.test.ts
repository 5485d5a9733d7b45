import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { assertGuidesValid } from './lib/guide-files';
import { guideJsonSchema } from './guides';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/guides';
const TSX = path.resolve('node_modules/.bin/tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(TSX, ['scripts/guides.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code?: number; stdout?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '' };
  }
}

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.includes('.json: ') && !l.startsWith('CẢNH BÁO'));
}

describe('npm run guides -- check', { timeout: 30_000 }, () => {
  it('passes a valid guide (exit 0) and still shows its unverified facts', async () => {
    const { code, stdout } = await cli('check', `${FIXTURES}/valid`);
    expect(code).toBe(0);
    expect(errorLines(stdout)).toEqual([]);
    expect(stdout).toMatch(/^CẢNH BÁO \/ WARNING: .*dang-ky-mau\.json: procedure\.channels\.online\.feeVnd: chưa xác minh/m);
    expect(stdout).toContain('0 lỗi, 1 cảnh báo');
  });

  it('gives exactly three messages, with JSON paths, for three independent mistakes (exit 1)', async () => {
    const { code, stdout } = await cli('check', `${FIXTURES}/three-mistakes/ba-loi.json`);
    expect(code).toBe(1);
    const lines = errorLines(stdout);
    expect(lines).toHaveLength(3);
    const file = `${FIXTURES}/three-mistakes/ba-loi.json`;
    expect(lines[0]).toMatch(new RegExp(`^${file}: reviewedAt: .*NNNN-TT-NN.* / .*YYYY-MM-DD`));
    expect(lines[1]).toMatch(new RegExp(`^${file}: steps\\[0\\]\\.body: liên kết bị từ chối: "javascript:alert\\(1\\)"`));
    expect(lines[2]).toMatch(new RegExp(`^${file}: steps\\[2\\]\\.target\\[0\\]: .* / a target needs at least one of`));
    expect(stdout).toContain('3 error(s)');
  });

  it('gives line and column for truncated JSON', async () => {
    const { code, stdout } = await cli('check', `${FIXTURES}/truncated`);
    expect(code).toBe(1);
    expect(errorLines(stdout)).toEqual([expect.stringMatching(/cat-ngang\.json: \(gốc\)\/\(root\): JSON không hợp lệ: .* \(24:6\)$/)]);
  });

  it('reports the same guide id in two files', async () => {
    const { code, stdout } = await cli('check', `${FIXTURES}/valid`, `${FIXTURES}/duplicate`);
    expect(code).toBe(1);
    expect(errorLines(stdout)).toEqual([expect.stringContaining('duplicate/dang-ky-mau.json: id: id hướng dẫn "dang-ky-mau" bị trùng')]);
  });

  it('fails on a path that does not exist', async () => {
    const { code, stdout } = await cli('check', `${FIXTURES}/khong-co.json`);
    expect(code).toBe(1);
    expect(stdout).toContain('không tồn tại / cannot read the file: does not exist');
  });
});

describe('assertGuidesValid (build hook)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('returns the guides of a valid folder', async () => {
    const guides = await assertGuidesValid(`${FIXTURES}/valid`);
    expect(guides.map((g) => g.id)).toEqual(['dang-ky-mau']);
  });

  it('refuses to build from an empty folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'guides-'));
    dirs.push(dir);
    await expect(assertGuidesValid(dir)).rejects.toThrow(/không có tệp hướng dẫn/);
  });

  it('throws with the same lines the CLI prints', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'guides-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'ba-loi.json'), await readFile(`${FIXTURES}/three-mistakes/ba-loi.json`, 'utf8'));
    await writeFile(path.join(dir, 'guide.schema.json'), '{ not a guide');
    const error = await assertGuidesValid(dir).then(() => null, (e: unknown) => e as Error);
    expect(error?.message.split('\n').filter((l) => l.includes('ba-loi.json: '))).toHaveLength(3);
    expect(error?.message).not.toContain('guide.schema.json');
  });
});

describe('guide JSON schema export', () => {
  it('describes the guide format for editors, refusing unknown fields', () => {
    const schema = guideJsonSchema() as { title: string; properties: Record<string, unknown>; additionalProperties: unknown; required: string[] };
    expect(schema.title).toContain('hướng dẫn');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'steps', 'documents', 'help']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'steps', 'help']));
  });
});
