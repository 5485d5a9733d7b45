/*
 * Sandbox Ministry of Justice e-form, dichvucongnganhtuphap.moj.gov.vn (our own writing). Models the real
 * facts from public sources (../shared/portal/FLOWS.md, "MOJ 4-step wizard"):
 * - route /nop-ho-so/<n>; sign-in through sso.dancuquocgia.gov.vn when not signed in;
 * - modal "Thông tin chung" choosing for whom: "Làm thủ tục cho bản thân" (data-value null), "Người khác ủy
 *   quyền" (canhan), "Doanh nghiệp ủy quyền", "Làm thủ tục cho người khác", "Đại diện cơ quan, tổ chức";
 * - step 1 "Thông tin chủ hồ sơ": Ngày cấp, Nơi cấp, name=soDienThoai, name=diaChiThuongTru, next
 *   #kt_buoc-tiep-theo-cho-ban-than; the authorisation branch adds [data-e2e=other-fullName-field],
 *   other-relationship-field, other-numberOfDocument-field;
 * - step 2 "Kê khai thông tin": x-input / x-date (-day/-month/-year) / x-select / x-radio, #xem-truoc-to-khai;
 * - step 3 "Thành phần hồ sơ"; step 4 "Thông tin nhận kết quả" with "Nhận kết quả bản giấy có đóng dấu",
 *   "Nhận kết quả trực tuyến", "Dịch vụ bưu chính công ích"; submit #kt_gui-ho-so "Gửi hồ sơ", then
 *   "Gửi hồ sơ thành công"; data-e2e="btn-next" sits on the forward button of every step.
 * Steps change with history.pushState (?buoc=N); step 2's form and step 4's submit button render 600 ms late
 * to model slow rendering. Files chosen are only read for their name; nothing is uploaded or sent.
 */
import { dossierCode, h, openDialog, portalUrl, ssoAuthUrl, wait, workingDaysFromToday } from '/__sandbox/dom.js';

const LOGIN_KEY = 'sbx-moj-dang-nhap';
const SLOW_MS = 600;
/**
 * Each procedure's own declaration (step 2) and documents (step 3), by national code. The documents are the
 * records' ("Thành phần hồ sơ" of 1.001193, 1.000656, 1.004873; the copy certification's is the original
 * to be copied); the field ids other than khai sinh's are ours. Field kinds: x-input, x-date, x-select.
 */
const PROXY = ['vanBanUyQuyen', 'Văn bản ủy quyền (nếu có)', false];
const FORMS = {
  '1.001193': {
    name: 'Đăng ký khai sinh',
    sections: [
      ['Thông tin người được khai sinh', [
        ['input', 'hoTenTre', 'Họ, chữ đệm, tên của trẻ', true],
        ['date', 'ngaySinhTre', 'Ngày, tháng, năm sinh'],
        ['select', 'gioiTinh', 'Giới tính', ['Nam', 'Nữ']],
        ['select', 'danToc', 'Dân tộc', ['Kinh', 'Thái', 'Mường', 'Tày', 'Khác']],
        ['select', 'quocTich', 'Quốc tịch', ['Việt Nam', 'Khác']],
        ['input', 'noiSinh', 'Nơi sinh', true, 'Tên cơ sở y tế hoặc địa chỉ nơi sinh'],
        ['input', 'queQuan', 'Quê quán', false]]],
      ['Thông tin cha, mẹ', [
        ['input', 'hoTenMe', 'Họ, chữ đệm, tên người mẹ', true],
        ['input', 'hoTenCha', 'Họ, chữ đệm, tên người cha', false]]],
    ],
    married: true,
    docs: [['giayChungSinh', 'Giấy chứng sinh (hoặc văn bản người làm chứng, giấy cam đoan về việc sinh)', true], PROXY,
      ['giayToKhac', 'Giấy tờ khác (nếu có)', false]],
  },
  '1.000656': {
    name: 'Đăng ký khai tử',
    sections: [
      ['Thông tin người đã chết', [
        ['input', 'hoTenNguoiChet', 'Họ, chữ đệm, tên người đã chết', true],
        ['date', 'ngaySinhNguoiChet', 'Ngày, tháng, năm sinh'],
        ['input', 'soDinhDanhNguoiChet', 'Số định danh cá nhân', true, '', 'numeric'],
        ['date', 'ngayChet', 'Ngày, tháng, năm chết'],
        ['input', 'noiChet', 'Nơi chết', true],
        ['input', 'nguyenNhanChet', 'Nguyên nhân chết', false]]],
      ['Thông tin người đi khai tử', [
        ['select', 'quanHeNguoiChet', 'Quan hệ với người đã chết', ['Vợ', 'Chồng', 'Con', 'Cha', 'Mẹ', 'Người thân thích khác']]]],
    ],
    docs: [['giayBaoTu', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', true], PROXY, ['giayToKhac', 'Giấy tờ khác (nếu có)', false]],
  },
  '1.004873': {
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    sections: [
      ['Thông tin xác nhận', [
        ['select', 'tinhTrangHonNhan', 'Tình trạng hôn nhân hiện tại', ['Chưa kết hôn', 'Đã ly hôn', 'Vợ/chồng đã chết']],
        ['input', 'mucDichSuDung', 'Mục đích sử dụng', true],
        ['input', 'soLuongBan', 'Số lượng bản đề nghị cấp', true, '', 'numeric']]],
    ],
    docs: [['giayXacNhanCu', 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó (nếu xin cấp lại)', false], PROXY],
  },
  '2.000815': {
    name: 'Chứng thực bản sao từ bản chính',
    sections: [
      ['Thông tin yêu cầu chứng thực', [
        ['input', 'tenGiayTo', 'Tên giấy tờ, văn bản cần chứng thực', true],
        ['input', 'soTrang', 'Số trang của bản chính', true, '', 'numeric'],
        ['input', 'soBanSao', 'Số bản sao cần chứng thực', true, '', 'numeric']]],
    ],
    docs: [['banChinh', 'Bản chính giấy tờ, văn bản cần chứng thực (bản quét đủ các trang)', true]],
  },
};
const formOf = (code) => FORMS[code] ?? FORMS['1.001193'];
const codeOf = () => decodeURIComponent(location.pathname.match(/^\/nop-ho-so\/([^/]+)/)?.[1] ?? '');
const STEPS = ['Thông tin chủ hồ sơ', 'Kê khai thông tin', 'Thành phần hồ sơ', 'Thông tin nhận kết quả'];
const FOR_WHOM = [
  ['null', 'Làm thủ tục cho bản thân'],
  ['canhan', 'Người khác ủy quyền'],
  ['doanhnghiep', 'Doanh nghiệp ủy quyền'],
  ['nguoikhac', 'Làm thủ tục cho người khác'],
  ['tochuc', 'Đại diện cơ quan, tổ chức'],
];

/** What the person typed, kept in this page's memory only (the preview reads it). */
const values = {};
let renderToken = 0;

const params = () => new URLSearchParams(location.search);

function setParam(name, value, push) {
  const q = params();
  if (value === null) q.delete(name);
  else q.set(name, value);
  const url = `${location.pathname}?${q.toString()}`;
  if (push) history.pushState({}, '', url);
  else history.replaceState({}, '', url);
}

function header() {
  return h('header', { class: 'moj-header' }, h('div', { class: 'app-container py-3 flex items-center justify-between' },
    h('a', { href: '/' }, 'Dịch vụ công trực tuyến ngành Tư pháp'),
    sessionStorage.getItem(LOGIN_KEY) === '1' ? h('span', {}, 'NGUYỄN VĂN AN') : null));
}

function field(label, control, { required = false, id } = {}) {
  return h('div', { class: 'field' }, h('label', { for: id ?? control.id }, label, required ? h('span', { class: 'req' }, ' *') : null), control);
}

function input(props) {
  const el = h('input', { type: 'text', ...props });
  el.value = values[props.name ?? props.id] ?? props.value ?? '';
  el.addEventListener('input', () => { values[props.name ?? props.id] = el.value; });
  return el;
}

function select(props, options) {
  const el = h('select', props, options.map((o) => h('option', { value: o }, o)));
  if (values[props.name]) el.value = values[props.name];
  el.addEventListener('change', () => { values[props.name] = el.value; });
  return el;
}

/** Checks the required controls of a step; marks the empty ones and focuses the first. */
function validate(root, summary) {
  const missing = [...root.querySelectorAll('[data-required]')].filter((el) =>
    el.type === 'file' ? el.files.length === 0 : el.type === 'checkbox' ? !el.checked : el.value.trim() === '');
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of missing) el.setAttribute('aria-invalid', 'true');
  summary.textContent = missing.length ? `Vui lòng nhập đủ các mục bắt buộc (${missing.length} mục còn thiếu).` : '';
  missing[0]?.focus();
  return missing.length === 0;
}

function stepper(current) {
  return h('ol', { class: 'stepper', 'aria-label': 'Các bước nộp hồ sơ' }, STEPS.map((name, i) =>
    h('li', { 'aria-current': i + 1 === current ? 'step' : null }, `${i + 1}. ${name}`)));
}

function actions(step, next) {
  return h('div', { class: 'actions' },
    step > 1 ? h('button', { type: 'button', class: 'btn', onclick: () => history.back() }, 'Quay lại') : h('span'),
    next);
}

function goStep(step) {
  setParam('buoc', String(step), true);
  render();
}

// ---------------------------------------------------------------- steps

function ownerStep(body) {
  const forWhom = params().get('doiTuong') ?? 'null';
  const summary = h('p', { class: 'error', role: 'alert' });
  const other = forWhom === 'null' ? null : h('fieldset', { class: 'panel mb-4' },
    h('legend', { class: 'font-semibold' }, 'Thông tin người ủy quyền / người được làm thay'),
    h('div', { class: 'two-col' },
      field('Họ, chữ đệm, tên', input({ id: 'other-fullName', name: 'otherFullName', 'data-e2e': 'other-fullName-field', 'data-required': true }), { required: true }),
      field('Quan hệ với người yêu cầu', select({ id: 'other-relationship', name: 'otherRelationship', 'data-e2e': 'other-relationship-field' }, ['Cha', 'Mẹ', 'Ông', 'Bà', 'Anh, chị, em ruột', 'Khác'])),
      field('Số giấy tờ tùy thân', input({ id: 'other-numberOfDocument', name: 'otherNumberOfDocument', 'data-e2e': 'other-numberOfDocument-field', inputmode: 'numeric', 'data-required': true }), { required: true })));
  const form = h('form', { class: 'panel', novalidate: true, onsubmit: (e) => { e.preventDefault(); if (validate(form, summary)) goStep(2); } },
    h('h2', { class: 'mt-0' }, 'Thông tin chủ hồ sơ'),
    h('p', { class: 'text-sm text-gray-500' }, 'Thông tin lấy từ tài khoản định danh điện tử; kiểm tra và bổ sung các mục còn trống.'),
    h('div', { class: 'two-col' },
      field('Họ, chữ đệm, tên', h('input', { id: 'hoTen', type: 'text', readonly: true, value: 'NGUYỄN VĂN AN' })),
      field('Ngày sinh', h('input', { id: 'ngaySinh', type: 'text', readonly: true, value: '12/03/1992' })),
      field('Số định danh cá nhân', h('input', { id: 'soDinhDanh', type: 'text', readonly: true, value: '040092******' })),
      field('Ngày cấp', input({ id: 'ngayCap', name: 'ngayCap', placeholder: 'dd/mm/yyyy', inputmode: 'numeric' })),
      field('Nơi cấp', select({ id: 'noiCap', name: 'noiCap' }, ['Bộ Công an', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội'])),
      field('Số điện thoại', input({ id: 'soDienThoai', name: 'soDienThoai', type: 'tel', inputmode: 'tel', autocomplete: 'tel', 'data-required': true }), { required: true }),
      field('Thư điện tử', input({ id: 'email', name: 'email', type: 'email', autocomplete: 'email' }))),
    field('Địa chỉ thường trú', input({ id: 'diaChiThuongTru', name: 'diaChiThuongTru', 'data-required': true }), { required: true }),
    other, summary,
    actions(1, h('button', { type: 'submit', class: 'btn btn-moj', id: forWhom === 'null' ? 'kt_buoc-tiep-theo-cho-ban-than' : 'kt_buoc-tiep-theo', 'data-e2e': 'btn-next' }, 'Tiếp theo')));
  body.append(form);
}

function xDate(id, label) {
  const part = (suffix, text, size) => input({ id: `${id}-${suffix}`, name: `${id}-${suffix}`, inputmode: 'numeric', maxlength: String(size), placeholder: text, 'aria-label': `${label}: ${text}`, 'data-required': true });
  return h('x-date', { id },
    h('fieldset', { class: 'field border-0 p-0 m-0' },
      h('legend', { class: 'field-label mb-2' }, label, h('span', { class: 'req' }, ' *')),
      h('div', { class: 'date-parts' }, part('day', 'Ngày', 2), part('month', 'Tháng', 2), part('year', 'Năm', 4))));
}

function previewDialog() {
  const form = formOf(codeOf());
  const row = (k, v) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v || '—'));
  const shown = (kind, id) => kind === 'date' ? ['day', 'month', 'year'].map((p) => values[`${id}-${p}`] ?? '').join('/') : values[id];
  const { close } = openDialog({
    title: `Xem trước tờ khai ${form.name.toLowerCase()}`,
    body: h('table', {}, h('tbody', {}, form.sections.flatMap(([, fields]) => fields.map(([kind, id, label, extra]) =>
      row(label, shown(kind, id) ?? (kind === 'select' ? extra[0] : '')))))),
    footer: h('button', { type: 'button', class: 'btn', onclick: () => close() }, 'Đóng'),
  });
}

async function declareStep(body, token) {
  const loading = h('p', { role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Đang tải biểu mẫu…');
  body.append(loading);
  await wait(SLOW_MS);
  if (token !== renderToken) return;
  const summary = h('p', { class: 'error', role: 'alert' });
  const form = formOf(codeOf());
  const married = values.daKetHon ?? 'co';
  const radio = (value, text) => h('label', { class: 'flex items-center gap-2' },
    h('input', { type: 'radio', name: 'daKetHon', value, checked: married === value, onchange: () => { values.daKetHon = value; } }), text);
  const control = ([kind, id, label, extra, placeholder, inputmode]) => {
    if (kind === 'date') return xDate(id, label);
    if (kind === 'select') return h('x-select', {}, field(label, select({ id, name: id }, extra)));
    return h('x-input', {}, field(label, input({ id, name: id, placeholder: placeholder || null, inputmode: inputmode || null, 'data-required': extra || null }), { required: extra }));
  };
  const formEl = h('form', { class: 'panel', novalidate: true, onsubmit: (e) => { e.preventDefault(); if (validate(formEl, summary)) goStep(3); } },
    h('h2', { class: 'mt-0' }, 'Kê khai thông tin'),
    form.sections.map(([title, fields]) => [h('h3', {}, title), h('div', { class: 'two-col' }, fields.map(control))]),
    form.married ? h('x-radio', {}, h('fieldset', { class: 'field border-0 p-0 m-0' },
      h('legend', { class: 'field-label mb-2' }, 'Cha, mẹ của trẻ đã đăng ký kết hôn?'),
      h('div', { class: 'flex gap-4' }, radio('co', 'Có'), radio('khong', 'Không')))) : null,
    summary,
    actions(2, h('div', { class: 'flex gap-2' },
      h('button', { type: 'button', class: 'btn', id: 'xem-truoc-to-khai', onclick: previewDialog }, 'Xem trước'),
      h('button', { type: 'submit', class: 'btn btn-moj', 'data-e2e': 'btn-next' }, 'Tiếp theo'))));
  loading.replaceWith(formEl);
}

function attachmentsStep(body) {
  const summary = h('p', { class: 'error', role: 'alert' });
  const row = (id, name, required) => {
    const status = h('span', { class: 'text-sm text-gray-500' }, 'Chưa có tệp');
    const file = h('input', { type: 'file', id, name: id, accept: '.pdf,.jpg,.jpeg,.png', 'data-required': required || null, onchange: () => {
      const f = file.files[0];
      status.textContent = f ? `${f.name} (${Math.max(1, Math.round(f.size / 1024))} KB)` : 'Chưa có tệp';
    } });
    return h('tr', {},
      h('td', {}, h('label', { for: id }, name), required ? h('span', { class: 'req' }, ' *') : null),
      h('td', {}, file), h('td', {}, status));
  };
  const form = h('form', { class: 'panel', novalidate: true, onsubmit: (e) => { e.preventDefault(); if (validate(form, summary)) goStep(4); } },
    h('h2', { class: 'mt-0' }, 'Thành phần hồ sơ'),
    h('p', { class: 'text-sm text-gray-500' }, 'Đính kèm bản chụp hoặc bản quét rõ nét (PDF, JPG, PNG; tối đa 10 MB mỗi tệp).'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Tên giấy tờ'), h('th', {}, 'Tệp đính kèm'), h('th', {}, 'Trạng thái'))),
      h('tbody', {}, formOf(codeOf()).docs.map(([id, name, required]) => row(id, name, required)))),
    summary,
    actions(3, h('button', { type: 'submit', class: 'btn btn-moj', 'data-e2e': 'btn-next' }, 'Tiếp theo')));
  body.append(form);
}

async function resultStep(body, token) {
  const summary = h('p', { class: 'error', role: 'alert' });
  const sw = (id, text, on) => {
    const el = h('input', { type: 'checkbox', role: 'switch', id, name: id, checked: values[id] ?? on });
    el.addEventListener('change', () => { values[id] = el.checked; postal.classList.toggle('hidden', !document.getElementById('buuChinh')?.checked); });
    return h('label', { class: 'switch', for: id }, el, text);
  };
  const postal = h('div', { class: `panel mb-4 ${values.buuChinh ? '' : 'hidden'}` },
    field('Địa chỉ nhận kết quả qua bưu chính', input({ id: 'diaChiNhanKetQua', name: 'diaChiNhanKetQua' })),
    h('p', { class: 'text-sm text-gray-500 my-0' }, 'Phí chuyển phát trả cho bưu điện theo giá cước, ngoài lệ phí của thủ tục.'));
  const pledge = h('input', { type: 'checkbox', id: 'camDoan', 'data-required': true });
  const footerBox = h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'btn', onclick: () => history.back() }, 'Quay lại'),
    h('span', { role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' })));
  const form = h('form', { class: 'panel', novalidate: true, onsubmit: (e) => {
    e.preventDefault();
    if (!['banGiay', 'trucTuyen', 'buuChinh'].some((id) => document.getElementById(id)?.checked)) {
      summary.textContent = 'Vui lòng chọn ít nhất một hình thức nhận kết quả.';
      return;
    }
    if (validate(form, summary)) {
      setParam('buoc', 'ket-qua', true);
      render();
    }
  } },
    h('h2', { class: 'mt-0' }, 'Thông tin nhận kết quả'),
    sw('banGiay', 'Nhận kết quả bản giấy có đóng dấu', false),
    sw('trucTuyen', 'Nhận kết quả trực tuyến', true),
    sw('buuChinh', 'Dịch vụ bưu chính công ích', false),
    postal,
    h('label', { class: 'flex gap-3 mt-4', for: 'camDoan' }, pledge,
      h('span', {}, 'Tôi cam đoan nội dung khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.')),
    summary, footerBox);
  body.append(form);
  await wait(SLOW_MS);
  if (token !== renderToken) return;
  footerBox.lastChild.replaceWith(h('button', { type: 'submit', class: 'btn btn-moj', id: 'kt_gui-ho-so', 'data-e2e': 'btn-next' }, 'Gửi hồ sơ'));
}

function doneView(body) {
  const q = params();
  body.append(h('section', { class: 'panel' },
    h('h2', { class: 'mt-0 text-green-700', role: 'status' }, 'Gửi hồ sơ thành công'),
    h('p', {}, 'Vui lòng ghi lại mã hồ sơ để tra cứu tình trạng giải quyết.'),
    h('p', { class: 'text-lg' }, h('strong', {}, `Mã hồ sơ: ${dossierCode()}`)),
    h('p', {}, `Ngày hẹn trả: ${workingDaysFromToday(1)}`),
    h('p', {}, `Cơ quan tiếp nhận: ${q.get('tenCoQuan') ?? 'Ủy ban nhân dân cấp xã'}`),
    h('p', {}, h('a', { href: portalUrl('dichvucong.gov.vn', '/tra-cuu-ho-so') }, 'Tra cứu hồ sơ trên Cổng Dịch vụ công quốc gia'),
      ' · ', h('a', { href: '/tra-cuu-tinh-trang-ho-so' }, 'Tra cứu tình trạng hồ sơ'))));
}

function generalInfoModal() {
  const choices = FOR_WHOM.map(([value, text], i) => h('label', { class: 'choice', 'data-value': value },
    h('input', { type: 'radio', name: 'doiTuong', value, checked: i === 0 }), text));
  const { dialog, close } = openDialog({
    title: 'Thông tin chung',
    sticky: true,
    body: h('fieldset', { class: 'border-0 p-0 m-0' }, h('legend', { class: 'font-semibold mb-2' }, 'Bạn làm thủ tục cho ai?'), choices),
    footer: h('button', { type: 'button', class: 'btn btn-moj', 'data-e2e': 'confirm-button-information', onclick: () => {
      const value = dialog.querySelector('input[name=doiTuong]:checked')?.value ?? 'null';
      close();
      setParam('doiTuong', value, false);
      render();
    } }, 'Xác nhận'),
  });
}

// ---------------------------------------------------------------- pages

function wizard(main, code) {
  const q = params();
  if (q.has('code')) {
    sessionStorage.setItem(LOGIN_KEY, '1');
    setParam('code', null, false);
    setParam('state', null, false);
  }
  if (sessionStorage.getItem(LOGIN_KEY) !== '1') {
    location.href = ssoAuthUrl(location.href, 'sso-c12-moj-dvc');
    return false;
  }
  const name = FORMS[code]?.name ?? `Thủ tục ${code}`;
  document.title = `${name} - Dịch vụ công trực tuyến ngành Tư pháp`;
  const step = params().get('buoc') ?? '1';
  const body = h('div', {});
  main.append(h('div', { class: 'app-container py-5' },
    h('h1', { class: 'mt-0' }, name),
    h('p', { class: 'text-gray-500' }, `Cơ quan thực hiện: ${params().get('tenCoQuan') ?? 'chưa chọn'}`),
    step === 'ket-qua' ? null : stepper(Number(step)),
    body));
  const token = ++renderToken;
  if (!params().has('doiTuong')) {
    ownerStep(body);
    generalInfoModal();
  } else if (step === '1') ownerStep(body);
  else if (step === '2') declareStep(body, token);
  else if (step === '3') attachmentsStep(body);
  else if (step === '4') resultStep(body, token);
  else if (step === 'ket-qua') doneView(body);
  else ownerStep(body);
  return true;
}

function lookup(main) {
  document.title = 'Tra cứu tình trạng hồ sơ - Dịch vụ công trực tuyến ngành Tư pháp';
  const out = h('div', { 'aria-live': 'polite' });
  const code = h('input', { id: 'maHoSo', name: 'maHoSo', type: 'text' });
  main.append(h('div', { class: 'app-container py-5' }, h('h1', {}, 'Tra cứu tình trạng hồ sơ'),
    h('form', { class: 'panel', onsubmit: (e) => {
      e.preventDefault();
      out.replaceChildren(h('p', {}, code.value.trim() ? 'Hồ sơ đang được xử lý.' : 'Vui lòng nhập mã hồ sơ.'));
    } }, field('Mã hồ sơ', code), h('button', { type: 'submit', class: 'btn btn-moj' }, 'Tra cứu')), out));
}

function render() {
  document.querySelectorAll('.backdrop').forEach((el) => el.remove());
  const main = h('main', {});
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const m = path.match(/^\/nop-ho-so\/([^/]+)/);
  if (m) {
    if (!wizard(main, decodeURIComponent(m[1]))) return;
  } else if (path === '/tra-cuu-tinh-trang-ho-so') lookup(main);
  else if (path === '/') {
    main.append(h('div', { class: 'app-container py-5' }, h('h1', {}, 'Dịch vụ công trực tuyến ngành Tư pháp'),
      h('ul', {}, h('li', {}, h('a', { href: '/nop-ho-so/1.001193' }, 'Đăng ký khai sinh')), h('li', {}, h('a', { href: '/tra-cuu-tinh-trang-ho-so' }, 'Tra cứu tình trạng hồ sơ')))));
  } else {
    main.append(h('div', { class: 'app-container py-5' }, h('h1', {}, 'Không tìm thấy trang'), h('a', { href: '/' }, 'Về trang chủ')));
  }
  document.getElementById('kt_app_root').replaceChildren(header(), main,
    h('footer', { class: 'site-footer text-center text-sm py-5' }, 'Trang thử nghiệm do dự án dvc-guide tự viết; không gửi dữ liệu đi đâu.'));
  window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => render());
render();
