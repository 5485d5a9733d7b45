/*
 * Sandbox interlinked-services portal, lienthong.dichvucong.gov.vn (our own writing). Models the real facts
 * from public sources: Angular-style hash routes /#/ke-khai/<code> (2.000987: birth + permanent residence +
 * health-insurance card for a child under 6, plus an ID-card step) and /#/tra-cuu-ho-so; a forward button
 * id="next" on every step whose label on the last step is "Hoàn thành"; a result screen "Vui lòng ghi nhớ
 * các thông tin bên dưới… Số hồ sơ: G22.99.08-… / Ngày hẹn trả dự kiến". Inputs carry formcontrolname like
 * Angular reactive forms. Nothing is sent anywhere.
 */
import { dossierCode, h, workingDaysFromToday } from '/__sandbox/dom.js';

const SERVICES = {
  '2.000987': {
    name: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
    steps: [
      ['Thông tin người yêu cầu', [['hoTenNguoiYeuCau', 'Họ và tên người yêu cầu'], ['soDienThoai', 'Số điện thoại']]],
      ['Đăng ký khai sinh', [['hoTenTre', 'Họ, chữ đệm, tên của trẻ'], ['ngaySinh', 'Ngày sinh (dd/mm/yyyy)'], ['noiSinh', 'Nơi sinh']]],
      ['Đăng ký thường trú', [['diaChiThuongTru', 'Địa chỉ đăng ký thường trú'], ['quanHeChuHo', 'Quan hệ với chủ hộ']]],
      ['Cấp thẻ bảo hiểm y tế', [['noiKhamBenh', 'Nơi đăng ký khám chữa bệnh ban đầu']]],
      ['Cấp thẻ căn cước', [['hinhThucNhan', 'Hình thức nhận thẻ căn cước']]],
    ],
  },
  '1.006714': {
    name: 'Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất',
    steps: [
      ['Thông tin người yêu cầu', [['NdktHo', 'Họ và tên người đi khai tử']]],
      ['Đăng ký khai tử', [['NctccNgayChet', 'Ngày chết (dd/mm/yyyy)'], ['GbtLoaiGiayto', 'Loại giấy báo tử']]],
      ['Xóa đăng ký thường trú', [['XoaChuhoQuanhe', 'Quan hệ với chủ hộ']]],
      // The group's third procedure (its name: "hưởng chế độ tử tuất"); the field name is ours.
      ['Hưởng chế độ tử tuất, trợ cấp mai táng', [['TtHoTenNguoiNhan', 'Họ và tên người nhận trợ cấp']]],
    ],
  },
};

const values = {};

function header() {
  return h('header', { class: 'lt-header' }, h('div', { class: 'app-container py-3' }, h('a', { href: '#/' }, 'Dịch vụ công liên thông')));
}

function declare(main, code, stepIndex) {
  const service = SERVICES[code];
  if (!service) {
    main.append(h('h1', {}, 'Không tìm thấy dịch vụ'), h('a', { href: '#/' }, 'Về trang chủ'));
    return;
  }
  document.title = `${service.name} - Dịch vụ công liên thông`;
  if (stepIndex >= service.steps.length) {
    main.append(h('section', { class: 'panel', role: 'status' },
      h('h1', { class: 'mt-0' }, 'Nộp hồ sơ thành công'),
      h('p', {}, 'Vui lòng ghi nhớ các thông tin bên dưới để tra cứu tình trạng hồ sơ:'),
      h('p', {}, h('strong', {}, `Số hồ sơ: ${dossierCode()}`)),
      h('p', {}, `Ngày hẹn trả dự kiến: ${workingDaysFromToday(20)}`),
      h('a', { href: '#/tra-cuu-ho-so' }, 'Tra cứu hồ sơ')));
    return;
  }
  const [title, fields] = service.steps[stepIndex];
  const last = stepIndex === service.steps.length - 1;
  const error = h('p', { class: 'error', role: 'alert' });
  const inputs = fields.map(([name, label]) => {
    const el = h('input', { type: 'text', id: name, formcontrolname: name, value: values[name] ?? '' });
    el.addEventListener('input', () => { values[name] = el.value; });
    return h('div', { class: 'field' }, h('label', { for: name }, label), el);
  });
  main.append(
    h('h1', {}, service.name),
    h('ol', { class: 'mat-step-header', 'aria-label': 'Các bước' }, service.steps.map(([t], i) =>
      h('li', { 'aria-current': i === stepIndex ? 'step' : null }, `${i + 1}. ${t}`))),
    h('form', { class: 'panel', novalidate: true, onsubmit: (e) => {
      e.preventDefault();
      const empty = inputs.map((f) => f.querySelector('input')).find((el) => el.value.trim() === '');
      if (empty) {
        error.textContent = 'Vui lòng nhập đầy đủ thông tin.';
        empty.focus();
        return;
      }
      location.hash = `#/ke-khai/${code}/${stepIndex + 2}`;
    } },
      h('h2', { class: 'mt-0' }, title), inputs, error,
      h('div', { class: 'flex justify-between mt-4' },
        stepIndex > 0 ? h('button', { type: 'button', class: 'btn', onclick: () => history.back() }, 'Quay lại') : h('span'),
        h('button', { type: 'submit', id: 'next', class: 'btn bg-primary' }, last ? 'Hoàn thành' : 'Tiếp tục'))));
}

function lookup(main) {
  document.title = 'Tra cứu hồ sơ - Dịch vụ công liên thông';
  const out = h('div', { 'aria-live': 'polite' });
  const input = h('input', { type: 'text', id: 'soHoSo', formcontrolname: 'soHoSo' });
  main.append(h('h1', {}, 'Tra cứu hồ sơ'), h('form', { class: 'panel', onsubmit: (e) => {
    e.preventDefault();
    out.replaceChildren(h('p', {}, input.value.trim() ? 'Hồ sơ đang được xử lý liên thông.' : 'Vui lòng nhập số hồ sơ.'));
  } }, h('div', { class: 'field' }, h('label', { for: 'soHoSo' }, 'Số hồ sơ'), input), h('button', { type: 'submit', class: 'btn bg-primary' }, 'Tra cứu')), out);
}

function render() {
  const route = location.hash.replace(/^#/, '') || '/';
  const main = h('main', { class: 'app-container py-5' });
  const m = route.match(/^\/ke-khai\/([\d.]+)(?:\/(\d+))?$/);
  if (m) declare(main, m[1], Math.max(0, Number(m[2] ?? '1') - 1));
  else if (route === '/tra-cuu-ho-so') lookup(main);
  else {
    document.title = 'Dịch vụ công liên thông';
    main.append(h('h1', {}, 'Dịch vụ công liên thông'), h('ul', {}, Object.entries(SERVICES).map(([code, s]) =>
      h('li', {}, h('a', { href: `#/ke-khai/${code}` }, s.name)))), h('a', { href: '#/tra-cuu-ho-so' }, 'Tra cứu hồ sơ'));
  }
  document.querySelector('app-root').replaceChildren(header(), main);
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', render);
render();
