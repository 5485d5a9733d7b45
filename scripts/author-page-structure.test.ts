// @vitest-environment happy-dom
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runHealth } from './guides';
import { parseSavedPage, type ParsedPage } from './lib/health-files';
import { checkPageHealth } from '../lib/guide/health';
import { validateGuide } from '../lib/guide/load';
import type { Guide } from '../lib/guide/schema';
import { allowListFromGuides } from '../lib/author/page-allow';
import { sampleUrlForPattern } from '../lib/author/page-pattern';
import { MASK, saveStructure, savedPagePattern } from '../lib/author/page-structure';

const URL_ = 'https://dichvucong.gov.vn/nop-ho-so/778899?formalityCaseId=001198012345';

/** A made-up person; none of it may survive. */
const PERSON = {
  name: 'Nguyễn Thị Hồng Nhung',
  id: '001198012345',
  birth: '15/08/1990',
  phone: '0912345678',
  address: 'Số 12 ngõ 34 phố Huế, Hai Bà Trưng, Hà Nội',
  email: 'nhung.nguyen@example.com',
};
const FORBIDDEN = [
  PERSON.name, 'Nguyễn', 'Nguyen', 'nguyen', 'Hồng', 'Nhung', 'nhung', PERSON.id, '1198', PERSON.birth, '1990', PERSON.phone,
  '912345', 'Huế', 'Trưng', 'phố', 'ngõ', 'example', 'Hai Bà',
];

const GUIDE_JSON = {
  $schema: '../lib/author/guide.schema.json',
  id: 'thu-nghiem-luu-trang',
  version: 1,
  title: 'Thử nghiệm lưu cấu trúc trang',
  summary: 'Các kiểu phần tử mà hướng dẫn chỉ tới.',
  reviewedAt: '2026-12-01',
  sources: [{ title: 'Tự viết cho kiểm thử / written for tests' }],
  startPages: ['dichvucong.gov.vn/nop-ho-so/*'],
  documents: [],
  steps: [
    { id: 'ho-ten', title: 'Điền họ và tên', target: [{ label: 'Họ và tên' }] },
    { id: 'dien-thoai', title: 'Số điện thoại', target: [{ formControl: 'soDienThoai' }] },
    { id: 'noi-nhan', title: 'Nơi nhận', target: [{ testId: 'chon-noi-nhan' }] },
    { id: 'co-quan', title: 'Chọn UBND', target: [{ text: 'Chọn', role: 'button', near: 'Cơ quan thực hiện: UBND' }] },
    { id: 'surveyjs', title: 'Ô của biểu mẫu', target: [{ css: '.sd-question[data-name^="tenKhaiSinh__"] input' }] },
    { id: 'tai-len', title: 'Tải lên', target: [{ text: 'Tải lên file', role: 'button' }] },
    { id: 'buu-chinh', title: 'Chọn Bưu chính', target: [{ text: 'Bưu chính', role: 'option' }] },
    { id: 'thu-tuc', title: 'Thủ tục', target: [{ id: 'cboBPROC_CASE_CODE' }] },
    { id: 'phi', title: 'Phí', target: [{ name: 'txtTONGPHI' }] },
    { id: 'nop', title: 'Nộp', target: [{ text: 'Lưu và nộp hồ sơ', role: 'button' }], done: [{ text: 'Gửi hồ sơ thành công' }] },
  ],
  help: { hotline: '18001096' },
};

function guide(): Guide {
  const r = validateGuide(GUIDE_JSON, 'thu-nghiem-luu-trang.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.guide;
}

function buildPersonPage(): void {
  const p = PERSON;
  document.title = `Hồ sơ của ${p.name}`;
  document.head.innerHTML = `<script>window.user = { name: "${p.name}", cccd: "${p.id}" }</script><style>.x{}</style>`;
  document.body.innerHTML = `
    <header><nav class="account-menu" data-user="${p.id}">
      <a href="/tai-khoan?cccd=${p.id}" title="${p.name}" id="user-${p.phone}">${p.name}</a>
      <img src="/avatar/${p.id}.png" alt="${p.name}"><a href="/dang-xuat">Đăng xuất</a></nav></header>
    <h1>Nộp hồ sơ</h1>
    <h2 id="hoso-${p.id}">Hồ sơ của ${p.name} (${p.birth})</h2>
    <form>
      <label for="mat-input-7">Họ và tên <span>*</span></label>
      <input id="mat-input-7" name="hoTen" value="${p.name}" placeholder="${p.name}" aria-label="Họ và tên">
      <label>Số điện thoại <input formcontrolname="soDienThoai" value="${p.phone}" data-val="${p.phone}"></label>
      <label for="dc">Địa chỉ</label><textarea id="dc">${p.address}</textarea>
      <label for="ns">Ngày sinh</label><input id="ns" type="date" value="1990-08-15">
      <select id="cboBPROC_CASE_CODE"><option value="${p.id}" selected>${p.name}</option><option>Khai sinh</option></select>
      <input name="txtTONGPHI" value="8000">
      <div class="sd-question sd-row" data-name="tenKhaiSinh__123456"><span>Tên khai sinh</span><input value="${p.name}"></div>
      <div class="sd-question" data-name="${p.name}__1"><input value="${p.email}"></div>
      <button type="button" data-e2e="chon-noi-nhan" aria-label="Nơi nhận của ${p.name}">Hình thức nhận kết quả</button>
      <input type="submit" value="Lưu và nộp hồ sơ">
    </form>
    <div class="cards">
      <div class="card"><p>Cơ quan thực hiện: UBND cấp xã</p><button>Chọn</button></div>
      <div class="card"><p>Cơ quan thực hiện: Sở Tư pháp</p><button>Chọn</button></div>
    </div>
    <table><tr><th>Họ và tên</th><th>Ngày sinh</th></tr><tr><td>${p.name}</td><td>${p.birth}</td></tr>
      <tr><td>${p.address}</td><td title="${p.email}">${p.phone}</td></tr></table>
    <div id="upload-host"></div>
    <video title="${p.name}" src="/v/${p.id}.mp4"></video><object data="/${p.id}.pdf"></object>
    <div class="cdk-overlay-container"><div role="listbox" aria-label="Hình thức nhận kết quả">
      <div role="option">Trực tuyến</div><div role="option">Bưu chính</div><div role="option">${p.address}</div></div></div>`;
  const shadow = (document.getElementById('upload-host') as Element).attachShadow({ mode: 'open' });
  shadow.innerHTML = `<p>Tệp của ${p.name}</p><button>Tải lên file</button><slot></slot>`;
  const name = document.querySelector('input[name="hoTen"]') as HTMLInputElement;
  name.value = `${p.name} (typed)`;
}

const opened: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});
beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('saveStructure (privacy)', () => {
  it('keeps none of a made-up person’s data, from fields, options, menu, headings, table cells or attributes', () => {
    buildPersonPage();
    const saved = saveStructure(document, URL_, allowListFromGuides([guide()]));
    for (const bad of FORBIDDEN) expect(saved.html, bad).not.toContain(bad);
    // Digits only in the markup's own names (utf-8, data-e2e, h1), never in text or attribute values.
    expect(saved.html.replace('utf-8', '').replaceAll('data-e2e', '').replace(/<\/?h[1-6]\b/g, '')).not.toMatch(/[1-9]/);
    expect(saved.html).not.toMatch(/<(script|style|img|video|object|title)\b/);
    expect(saved.html).not.toContain('value="0');
    expect(saved.html).not.toMatch(/\?|typed|cdk-overlay|mat-input/);
    expect(saved.page).toBe('dichvucong.gov.vn/nop-ho-so/*');
    expect(savedPagePattern(saved.html)).toBe('dichvucong.gov.vn/nop-ho-so/*');
    // The preview tells the helper what was masked (on this machine) and what is kept.
    expect(saved.masked).toContain(PERSON.name);
    expect(saved.kept).toEqual(expect.arrayContaining(['Lưu và nộp hồ sơ', 'Họ và tên', 'Bưu chính', 'Đăng xuất']));
    for (const k of saved.kept) for (const bad of FORBIDDEN) expect(k).not.toContain(bad);
    expect(saved.html).toContain(MASK);
  });

  it('still finds every target of the page’s guide in the saved file, in the health check', async () => {
    buildPersonPage();
    const g = guide();
    const live = checkPageHealth(document, URL_, [g]);
    expect(live.steps.every((s) => s.status === 'found')).toBe(true);
    const saved = saveStructure(document, URL_, allowListFromGuides([g]));
    const url = sampleUrlForPattern(savedPagePattern(saved.html) ?? '');
    const page = parseSavedPage(saved.html, url);
    opened.push(page);
    const health = checkPageHealth(page.document, url, [g]);
    expect(health.steps.map((s) => `${s.stepId}:${s.status}`)).toEqual(g.steps.map((s) => `${s.id}:found`));
    // The card button near "UBND" is still the first card's, not the other one.
    const coQuan = health.steps.find((s) => s.stepId === 'co-quan')?.found?.element;
    expect(coQuan?.parentElement?.textContent).toContain('UBND');
  });

  it('is read by `guides -- health` with the page pattern from its comment', async () => {
    buildPersonPage();
    const saved = saveStructure(document, URL_, allowListFromGuides([guide()]));
    const dir = await mkdtemp(path.join(tmpdir(), 'structure-'));
    try {
      await writeFile(path.join(dir, 'trang.html'), saved.html);
      await writeFile(path.join(dir, 'thu-nghiem-luu-trang.json'), JSON.stringify(GUIDE_JSON));
      const lines: string[] = [];
      const code = await runHealth([path.join(dir, 'trang.html'), '--guides', path.join(dir, 'thu-nghiem-luu-trang.json')], { log: (l) => lines.push(l) });
      expect(lines.filter((l) => l.includes('tìm thấy / found ('))).toHaveLength(GUIDE_JSON.steps.length);
      expect(code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps interface words only in controls, labels and headings, and a one-word match only as the whole text', () => {
    document.body.innerHTML = '<p>Lưu</p><button>Lưu</button><td>Lưu Văn Nam</td><h3>Nam</h3><p>Nam</p>';
    const saved = saveStructure(document, 'https://dichvucong.gov.vn/', allowListFromGuides([]));
    expect(saved.html).toContain('<button>Lưu</button>');
    expect(saved.html).toContain('<h3>Nam</h3>');
    expect(saved.html).toContain(`<p>${MASK}</p><button>`);
    expect(saved.html).not.toContain('Văn');
  });
});
