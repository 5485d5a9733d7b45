// @vitest-environment happy-dom
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from './guides';
import { findTarget } from '../lib/engine/targets';
import {
  addStep,
  draftAsGuide,
  exportDraft,
  importGuideFile,
  moveStep,
  newDraft,
  readStep,
  removeStep,
  repairTarget,
  slugify,
  stepFromPick,
  suggestDone,
  updateStep,
  type Draft,
} from '../lib/author/draft';
import { pagePatternFromUrl } from '../lib/author/page-pattern';
import { suggestTarget } from '../lib/author/pick-target';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const PAGE = 'https://dichvucong.gov.vn/nop-ho-so/12345?formalityCaseId=99';

function byId(id: string): Element {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

async function guidesCheck(fileName: string, text: string): Promise<{ code: number; lines: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'draft-'));
  try {
    const file = path.join(dir, fileName);
    await writeFile(file, text);
    const lines: string[] = [];
    const code = await runCheck([file], { log: (l) => lines.push(l) });
    return { code, lines };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Four steps recorded by picking on one page, plus a read-and-confirm step. */
function recorded(): Draft {
  document.body.innerHTML =
    '<label for="txtHoTen">Họ và tên người yêu cầu</label><input id="txtHoTen" name="hoTen">' +
    '<select id="cboNoiNhan" aria-label="Hình thức nhận kết quả"><option>Trực tuyến</option></select>' +
    '<button id="upload">Tải lên file</button><button id="send" data-e2e="luu-nop">Lưu và nộp hồ sơ</button>';
  const page = pagePatternFromUrl(PAGE);
  let d = newDraft({ title: 'Nộp hồ sơ trên biểu mẫu một trang' }, NOW);
  for (const id of ['txtHoTen', 'cboNoiNhan', 'upload']) d = addStep(d, stepFromPick(d.guide, suggestTarget(document, byId(id)), page), NOW);
  d = addStep(d, stepFromPick(d.guide, suggestTarget(document, byId('send')), page, { nextPage: 'dichvucong.gov.vn/ho-so/*' }), NOW);
  d = addStep(d, readStep(d.guide, 'Đọc và xác nhận thông tin'), NOW, 0);
  return d;
}

beforeEach(() => document.body.replaceChildren());

describe('recording a draft', () => {
  it('prefills titles from the element, the page pattern and a done condition for each pick', () => {
    const d = recorded();
    expect(d.guide.steps.map((s) => s.title)).toEqual([
      'Đọc và xác nhận thông tin',
      'Điền ô “Họ và tên người yêu cầu”',
      'Chọn trong ô “Hình thức nhận kết quả”',
      'Bấm “Tải lên file”',
      'Bấm “Lưu và nộp hồ sơ”',
    ]);
    const send = d.guide.steps[4];
    expect(send?.id).toBe('bam-luu-va-nop-ho-so');
    expect(send?.page).toEqual(['dichvucong.gov.vn/nop-ho-so/*']);
    expect(send?.done).toEqual([{ url: 'dichvucong.gov.vn/ho-so/*' }]);
    expect(d.guide.steps[1]?.done).toEqual([{ filled: { text: 'Họ và tên người yêu cầu', role: 'textbox' } }]);
    expect(d.guide.steps[0]?.target).toBeUndefined();
    expect(d.guide.startPages).toEqual(['dichvucong.gov.vn/nop-ho-so/*']);
    expect(findTarget(document, send?.target ?? [])?.element).toBe(byId('send'));
  });

  it('offers the next page, an element that appeared, filled and clicked as done conditions', () => {
    const options = suggestDone({ action: 'fill', strategies: [{ label: 'Email' }] }, { nextPage: 'a.gov.vn/b', appeared: { text: 'Thành công' } });
    expect(options).toEqual([{ url: 'a.gov.vn/b' }, { appears: { text: 'Thành công' } }, { filled: { label: 'Email' } }, { clicked: true }]);
  });

  it('reorders, edits and deletes steps; ids stay unique', () => {
    let d = recorded();
    d = moveStep(d, 0, 4, NOW);
    expect(d.guide.steps[4]?.title).toBe('Đọc và xác nhận thông tin');
    d = updateStep(d, 'bam-tai-len-file', { title: 'Tải giấy tờ lên', body: 'Bấm nút **Tải lên file** của cổng.', done: undefined }, NOW);
    const upload = d.guide.steps.find((s) => s.id === 'bam-tai-len-file');
    expect(upload?.title).toBe('Tải giấy tờ lên');
    expect(upload?.done).toBeUndefined();
    d = removeStep(d, 'doc-va-xac-nhan-thong-tin', NOW);
    expect(d.guide.steps).toHaveLength(4);
    d = addStep(d, readStep(d.guide, 'Bấm “Tải lên file”'), NOW);
    expect(d.guide.steps.at(-1)?.id).toBe('bam-tai-len-file-2');
  });
});

describe('export and import', () => {
  it('exports a new guide as version 1 that `guides check` passes unchanged, and the overlay can play', async () => {
    const exported = exportDraft(recorded(), NOW);
    expect(exported.ok).toBe(true);
    expect(exported.fileName).toBe('nop-ho-so-tren-bieu-mau-mot-trang.json');
    const guide = JSON.parse(exported.text);
    expect(guide.version).toBe(1);
    expect(guide.reviewedAt).toBe('2026-12-01');
    const check = await guidesCheck(exported.fileName, exported.text);
    expect(check.lines.at(-1)).toContain('0 lỗi');
    expect(check.code).toBe(0);
    expect(draftAsGuide(recorded(), NOW)?.steps).toHaveLength(5);
  });

  it('editing a published guide keeps its other fields and bumps the version by one', async () => {
    const file = 'guides/tra-cuu-ho-so.json';
    const text = await readFile(file, 'utf8');
    const original = JSON.parse(text);
    const imported = importGuideFile(text, 'tra-cuu-ho-so.json', NOW);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const stepId = original.steps.find((s: { target?: unknown }) => s.target)?.id as string;
    const d = repairTarget(imported.draft, stepId, [{ text: 'Tra cứu hồ sơ mới', role: 'button' }], NOW);
    const exported = exportDraft(d, NOW);
    const out = JSON.parse(exported.text);
    expect(out.version).toBe(original.version + 1);
    expect(out.documents).toEqual(original.documents);
    expect(out.help).toEqual(original.help);
    expect(out.steps.find((s: { id: string }) => s.id === stepId).target).toEqual([{ text: 'Tra cứu hồ sơ mới', role: 'button' }]);
    expect((await guidesCheck(exported.fileName, exported.text)).code).toBe(0);
  });

  it('refuses a broken file with the loader’s messages and keeps nothing half-imported', () => {
    const r = importGuideFile('{"id": "x", "version": 1', 'x.json', NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.code).toBe('json-syntax');
  });

  it('reports what check would refuse (a draft with no steps)', () => {
    const exported = exportDraft(newDraft({ title: 'Trống' }, NOW), NOW);
    expect(exported.ok).toBe(false);
    expect(exported.problems.length).toBeGreaterThan(0);
  });
});

describe('slugify', () => {
  it('folds Vietnamese into a guide slug', () => {
    expect(slugify('Bấm “Lưu và nộp hồ sơ”')).toBe('bam-luu-va-nop-ho-so');
    expect(slugify('Đăng ký khai sinh')).toBe('dang-ky-khai-sinh');
    expect(slugify('“”')).toBe('buoc');
  });
});
