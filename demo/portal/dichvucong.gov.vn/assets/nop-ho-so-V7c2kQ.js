/*
 * Sandbox of the national portal's own one-page submission form, /nop-ho-so?formalityCaseId=<uuid> (our own
 * writing, modelled on ../shared/portal/FLOWS.md §6.1 and §6.5; none of it copied from the portal):
 * - SurveyJS-like questions: `.sd-question[data-name="<field>__<digits>"]`, inputs with `sq_*` ids that change
 *   on every render, a dropdown `.sd-dropdown` whose options are `.sv-list__item`;
 * - a documents table, one row per document, each with `button[title="Tải lên file"]`, all rows sharing
 *   one hidden file input; errors and success as toasts (`.Toastify__toast`, role=alert);
 * - "Hình thức nhận kết quả": a custom select (`.cc-select-wrapper`, `.cc-select-selected-label[title]`)
 *   with the three options as the portal words them; post opens "THÔNG TIN NHẬN KẾT QUẢ" with
 *   id-recipientName / id-recipientPhone / id-recipientAddress and "Thanh toán lệ phí";
 * - "Lưu hồ sơ" (draft) and "Lưu và nộp hồ sơ"; a toast with "thành công" means success. The screen after
 *   a submission is not known (§6.6): the sandbox shows the toast and the dossier code in the page.
 * Nothing is sent anywhere.
 */
import { dossierCode, h, wait } from '/__sandbox/dom.js';

const TEMPLATE = '1203';
const renderId = () => `sq_${Math.floor(Math.random() * 1e6)}`;
const RESULT_OPTIONS = [
  'Trả kết quả tại bộ phận tiếp nhận và trả kết quả',
  'Trả kết quả qua đường bưu điện',
  'Trả kết quả trên môi trường mạng (kết quả có ký số)',
];

function toast(container, text, ok) {
  const t = h('div', { class: `Toastify__toast ${ok ? 'Toastify__toast--success' : 'Toastify__toast--error'}`, role: 'alert' }, text);
  container.append(t);
  setTimeout(() => t.remove(), ok ? 8000 : 5000);
}

/** One SurveyJS-like question: wrapper with data-name, a title, and the control with a fresh sq_ id. */
function question(name, title, control, { required = false, locked = false } = {}) {
  const id = renderId();
  control.id = id;
  if (locked) control.setAttribute('readonly', '');
  return h('div', { class: 'sd-question field', 'data-name': `${name}__${TEMPLATE}` },
    h('label', { for: id, class: 'sd-question__title' }, title, required ? h('span', { class: 'req' }, ' *') : null),
    control);
}

function dropdown(name, title, options) {
  const id = renderId();
  const shown = h('button', { type: 'button', id, class: 'sd-dropdown', 'aria-haspopup': 'listbox', 'aria-expanded': 'false' }, '-- Chọn --');
  const list = h('ul', { class: 'sv-list hidden', role: 'listbox', 'aria-labelledby': id },
    options.map((o) => h('li', { class: 'sv-list__item', role: 'option', tabindex: '-1', onclick: () => {
      shown.textContent = o;
      shown.dataset.value = o;
      list.classList.add('hidden');
      shown.setAttribute('aria-expanded', 'false');
    } }, o)));
  shown.addEventListener('click', () => {
    list.classList.toggle('hidden');
    shown.setAttribute('aria-expanded', String(!list.classList.contains('hidden')));
  });
  return h('div', { class: 'sd-question field', 'data-name': `${name}__${TEMPLATE}` },
    h('span', { class: 'sd-question__title field-label', id: `${id}-t` }, title), shown, list);
}

/** The custom select for "Hình thức nhận kết quả": no id, no name; found by its label text. */
function resultSelect(onChange) {
  const label = h('span', { class: 'cc-select-selected-label', title: RESULT_OPTIONS[0] }, RESULT_OPTIONS[0]);
  const toggle = h('button', { type: 'button', class: 'cc-select', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-label': 'Hình thức nhận kết quả' }, label);
  const list = h('ul', { class: 'sv-list hidden', role: 'listbox' },
    RESULT_OPTIONS.map((o) => h('li', { class: 'cc-select-option', role: 'option', tabindex: '-1', onclick: () => {
      label.textContent = o;
      label.title = o;
      list.classList.add('hidden');
      toggle.setAttribute('aria-expanded', 'false');
      onChange(o);
    } }, o)));
  toggle.addEventListener('click', () => {
    list.classList.toggle('hidden');
    toggle.setAttribute('aria-expanded', String(!list.classList.contains('hidden')));
  });
  return h('div', { class: 'cc-select-wrapper field' }, h('span', { class: 'field-label' }, 'Hình thức nhận kết quả'), toggle, list);
}

/**
 * The questions of each procedure's form, by national code: khai sinh, khai tử (FLOWS §6.1 names its
 * fields: citizenNDK_*, citizenField56 for the date of death, the copies count), and the marital-status
 * certificate. The field names other than §6.1's are ours.
 */
const COPIES = { name: 'citizenSoluongbansaonguoiyeucaudenghi', title: 'Số lượng bản sao đề nghị cấp', required: true, type: 'number', attrs: { min: '0', value: '0' } };
const PROXY = { key: 'vanBanUyQuyen', name: 'Văn bản ủy quyền (nếu có)', required: false };
const FORMS = {
  '1.001193': {
    heading: 'Tờ khai đăng ký khai sinh',
    fields: [
      { name: 'hoTenTre', title: 'Họ, chữ đệm, tên của trẻ', required: true },
      { name: 'ngaySinhTre', title: 'Ngày, tháng, năm sinh', required: true, attrs: { placeholder: 'dd/mm/yyyy', inputmode: 'numeric' } },
      { name: 'gioiTinhTre', title: 'Giới tính', options: ['Nam', 'Nữ'] },
      { name: 'noiSinh', title: 'Nơi sinh', required: true },
      { name: 'hoTenMe', title: 'Họ, chữ đệm, tên người mẹ', required: true },
      { name: 'hoTenCha', title: 'Họ, chữ đệm, tên người cha' },
      COPIES,
    ],
    docs: [{ key: 'giayChungSinh', name: 'Giấy chứng sinh', required: true }, PROXY],
  },
  '1.000656': {
    heading: 'Tờ khai đăng ký khai tử',
    fields: [
      { name: 'citizenNDK_HoVaTen', title: 'Họ, chữ đệm, tên người đã chết', required: true },
      { name: 'citizenNDK_SoDinhDanh', title: 'Số định danh cá nhân người đã chết', required: true, attrs: { inputmode: 'numeric' } },
      { name: 'citizenNDK_NgaySinh', title: 'Ngày, tháng, năm sinh', required: true, attrs: { placeholder: 'dd/mm/yyyy', inputmode: 'numeric' } },
      { name: 'citizenField56', title: 'Ngày, tháng, năm chết', required: true, attrs: { placeholder: 'dd/mm/yyyy', inputmode: 'numeric' } },
      { name: 'citizenNDKLoaidangky', title: 'Loại đăng ký', options: ['Đăng ký đúng hạn', 'Đăng ký quá hạn', 'Đăng ký lại'] },
      COPIES,
    ],
    docs: [{ key: 'giayBaoTu', name: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', required: true }, PROXY],
  },
  '1.004873': {
    heading: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
    fields: [
      { name: 'mucDichSuDung', title: 'Mục đích sử dụng', required: true },
      { name: 'tinhTrangHonNhan', title: 'Tình trạng hôn nhân', options: ['Chưa kết hôn', 'Đã ly hôn', 'Vợ/chồng đã chết'] },
      COPIES,
    ],
    docs: [{ key: 'toKhai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', required: false }, PROXY],
  },
};

export function onePageFormView(main, procedure) {
  document.title = 'Nộp hồ sơ - Cổng Dịch vụ công Quốc gia';
  const toasts = h('div', { class: 'Toastify', 'aria-live': 'polite' });
  const files = {};
  const fileInput = h('input', { type: 'file', class: 'hidden', accept: '.pdf,.jpg,.jpeg,.png', 'aria-hidden': 'true', tabindex: '-1' });
  let uploadFor = null;
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (!f || !uploadFor) return;
    if (f.size > 2 * 1024 * 1024) {
      toast(toasts, 'Vui lòng chọn tệp nhỏ hơn 2MB!', false);
      return;
    }
    files[uploadFor.key] = f.name;
    uploadFor.status.textContent = `Đã tải lên: ${f.name}`;
    fileInput.value = '';
  });
  const docRow = (key, name, required) => {
    const status = h('span', { class: 'text-sm text-gray-500' }, 'Chưa có tệp');
    return h('tr', { 'data-doc': key },
      h('td', {}, name, required ? h('span', { class: 'req' }, ' *') : null),
      h('td', {}, h('button', { type: 'button', class: 'btn', title: 'Tải lên file', onclick: () => { uploadFor = { key, status }; fileInput.click(); } }, 'Tải lên file'), ' ', status));
  };
  const postal = h('section', { class: 'panel card-agency mb-4 hidden', id: 'thong-tin-nhan-ket-qua' },
    h('h3', { class: 'mt-0' }, 'THÔNG TIN NHẬN KẾT QUẢ'),
    h('div', { class: 'field' }, h('label', { for: 'id-recipientName' }, 'Họ tên người nhận'), h('input', { id: 'id-recipientName', type: 'text' })),
    h('div', { class: 'field' }, h('label', { for: 'id-recipientPhone' }, 'Số điện thoại'), h('input', { id: 'id-recipientPhone', type: 'tel' })),
    h('div', { class: 'field' }, h('label', { for: 'id-recipientAddress' }, 'Địa chỉ nhận'), h('input', { id: 'id-recipientAddress', type: 'text' })),
    h('div', { class: 'field' }, h('label', { for: 'thanh-toan-le-phi' }, 'Thanh toán lệ phí'),
      h('select', { id: 'thanh-toan-le-phi' }, h('option', {}, 'Thanh toán trực tuyến'), h('option', {}, 'Thanh toán khi nhận kết quả'))));
  const result = h('div', { id: 'ket-qua-nop', 'aria-live': 'polite' });
  const form = FORMS[procedure.code] ?? FORMS['1.001193'];
  const inputs = Object.fromEntries(form.fields.filter((f) => !f.options).map((f) => [f.name, h('input', { type: f.type ?? 'text', ...(f.attrs ?? {}) })]));
  const submit = async (final) => {
    if (final) {
      const missing = form.fields.filter((f) => f.required && !f.options && !inputs[f.name].value.trim());
      if (missing.length > 0) return toast(toasts, 'Vui lòng nhập đầy đủ các trường bắt buộc.', false);
      const doc = form.docs.find((d) => d.required && !files[d.key]);
      if (doc) return toast(toasts, `Vui lòng tải lên ${doc.name}.`, false);
    }
    await wait(300);
    if (!final) return toast(toasts, 'Lưu hồ sơ thành công', true);
    toast(toasts, 'Gửi hồ sơ thành công', true);
    result.replaceChildren(h('div', { class: 'card-agency mt-4' },
      h('p', { class: 'mt-0 font-semibold' }, 'Hồ sơ đã được gửi tới cơ quan tiếp nhận.'),
      h('p', {}, 'Mã hồ sơ: ', h('strong', {}, dossierCode())),
      h('p', { class: 'text-sm text-gray-500 my-0' }, 'Theo dõi hồ sơ ở mục Tra cứu hồ sơ.')));
  };
  main.append(h('section', { class: 'app-container py-5' },
    h('h1', { class: 'text-[#903938]' }, procedure.title),
    h('p', { class: 'text-sm text-gray-500' }, `Mã thủ tục: ${procedure.code}. Các ô có dấu * là bắt buộc.`),
    h('section', { class: 'card-agency mb-4' },
      h('h2', { class: 'mt-0' }, 'Thông tin người yêu cầu'),
      h('p', { class: 'text-sm text-gray-500' }, 'Các ô dưới đây được tự điền từ Cơ sở dữ liệu quốc gia về dân cư và bị khóa.'),
      h('div', { class: 'grid grid-cols-12 gap-x-6' },
        h('div', { class: 'col-span-12 md:col-span-6' }, question('citizenYC_HoVaTen', 'Họ và tên', h('input', { type: 'text', value: 'NGUYỄN VĂN AN' }), { locked: true })),
        h('div', { class: 'col-span-12 md:col-span-6' }, question('citizenYC_SoDinhDanh', 'Số định danh cá nhân', h('input', { type: 'text', value: '040092******' }), { locked: true })))),
    h('section', { class: 'card-agency mb-4' },
      h('h2', { class: 'mt-0' }, form.heading),
      h('div', { class: 'grid grid-cols-12 gap-x-6' },
        form.fields.map((f) => h('div', { class: 'col-span-12 md:col-span-6' },
          f.options ? dropdown(f.name, f.title, f.options) : question(f.name, f.title, inputs[f.name], { required: f.required }))))),
    h('section', { class: 'card-agency mb-4' },
      h('h2', { class: 'mt-0' }, 'Giấy tờ đính kèm'),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Tên giấy tờ'), h('th', {}, 'Tệp đính kèm'))),
        h('tbody', {}, form.docs.map((d) => docRow(d.key, d.name, d.required)))),
      fileInput),
    h('section', { class: 'card-agency mb-4' },
      h('h2', { class: 'mt-0' }, 'Nhận kết quả'),
      resultSelect((o) => postal.classList.toggle('hidden', o !== RESULT_OPTIONS[1]))),
    postal,
    h('div', { class: 'flex gap-3 justify-end' },
      h('button', { type: 'button', class: 'btn', onclick: () => submit(false) }, 'Lưu hồ sơ'),
      h('button', { type: 'button', class: 'btn', onclick: () => toast(toasts, 'Trang thử nghiệm: không gửi phản ánh.', true) }, 'Gửi Phản ánh kiến nghị'),
      h('button', { type: 'button', class: 'btn bg-primary', id: 'luu-va-nop', onclick: () => submit(true) }, 'Lưu và nộp hồ sơ')),
    result),
  toasts);
}
