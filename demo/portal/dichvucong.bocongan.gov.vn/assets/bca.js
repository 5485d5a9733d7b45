/*
 * Sandbox app for dichvucong.bocongan.gov.vn, the police portal (our own writing and markup). Models the facts of
 * FLOWS.md §6.2 and §6.5 and the captures bca-*.html:
 * - procedure page /bocongan/bothutuc/tthc?matt=<n>: title `.tthc-title h4`, "Nộp hồ sơ" as a.btn.bca-search-btn
 *   in `.tthc-title-bottom` linking to /bo-cong-an/tiep-nhan-online/chon-truong-hop-ho-so?ma-thu-tuc-public=<n>,
 *   accordion items `.tthc-list-item` (label div.item-title[role=button], body .tthc-list-item-detail);
 * - list /bocongan/bothutuc?linh_vuc=QL_CU_TRU with links a.tthc-name;
 * - signed out, "Nộp hồ sơ" opens a login modal whose div.login-IDP.BCA goes to the VNeID sign-in; after it the
 *   browser lands on /dich-vu-cong/cong-dan;
 * - chon-truong-hop-ho-so sends residence procedures to the residence portal's own form and the others to
 *   /bo-cong-an/tiep-nhan-online/nhap-thong-tin-nguoi-nop-ho-so?sid=… (step bar "Thông tin người nộp" → "Thông
 *   tin hồ sơ" → "Lệ phí hồ sơ" → "Nộp hồ sơ"); an unknown procedure answers "[ERROR-1] Không tìm thấy quy trình
 *   xử lý online".
 * Nothing is sent anywhere; "signed in" is a sessionStorage flag of this host.
 */
import { h, openDialog, portalUrl, ssoAuthUrl } from '/__sandbox/dom.js';

const LOGIN_KEY = 'sbx-bca-dang-nhap';
const RETURN_KEY = 'sbx-bca-quay-lai';
const isLoggedIn = () => sessionStorage.getItem(LOGIN_KEY) === '1';

const RESIDENCE = 'dichvucong.dancuquocgia.gov.vn';

/** matt → procedure (summarised from the captures and procedures/*.json). `form`: where "Nộp hồ sơ" leads. */
const PROCEDURES = {
  26360: {
    code: '1.004222', title: 'Đăng ký thường trú', field: 'Đăng ký, quản lý cư trú', agency: 'Công an Xã',
    level: 'Dịch vụ công trực tuyến một phần', time: '07 Ngày làm việc', fee: 'Lệ phí: 10.000 đồng/lần (trực tuyến); 20.000 đồng/lần (trực tiếp)',
    docs: ['Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'],
    form: portalUrl(RESIDENCE, '/portal/p/home/dang-ky-thuong-tru.html'),
  },
  26356: {
    code: '1.004194', title: 'Đăng ký tạm trú', field: 'Đăng ký, quản lý cư trú', agency: 'Công an Xã',
    level: 'Dịch vụ công trực tuyến một phần', time: '03 Ngày làm việc', fee: 'Lệ phí: 7.000 đồng/lần (trực tuyến); 15.000 đồng/lần (trực tiếp)',
    docs: ['Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'],
    form: portalUrl(RESIDENCE, '/portal/p/home/dang-ky-tam-tru.html'),
  },
  26346: {
    code: '2.001159', title: 'Thông báo lưu trú', field: 'Đăng ký, quản lý cư trú', agency: 'Công an Xã',
    level: 'Dịch vụ công trực tuyến toàn trình', time: 'Tiếp nhận ngay', fee: 'Không',
    docs: ['Thông tin của người đến lưu trú (số định danh cá nhân), nơi lưu trú, thời gian lưu trú'],
    form: portalUrl(RESIDENCE, '/portal/p/home/thong-bao-luu-tru.html'),
  },
  61555: {
    code: '3.000333', title: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: 'Lý lịch tư pháp', agency: 'Công an tỉnh', level: 'Dịch vụ công trực tuyến toàn trình',
    time: '10 ngày (15 ngày nếu phải xác minh)', fee: 'Theo Thông tư 16/2025/TT-BTC',
    docs: ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Giấy tờ tùy thân (Thẻ căn cước)'],
    form: null,
  },
};

const LIST = [
  [26345, 'Gia hạn tạm trú'], [26346, 'Thông báo lưu trú'], [26348, 'Xóa đăng ký thường trú'], [26351, 'Khai báo tạm vắng'],
  [26356, 'Đăng ký tạm trú'], [26360, 'Đăng ký thường trú'],
];

const query = () => new URLSearchParams(location.search);

function header() {
  return h('header', { class: 'bca-head' }, h('div', { class: 'app-container' },
    h('a', { href: '/', class: 'font-bold' }, 'Cổng dịch vụ công - Bộ Công an'),
    h('nav', { class: 'flex gap-4 items-center' },
      h('a', { href: '/bocongan/bothutuc?linh_vuc=QL_CU_TRU' }, 'Thủ tục hành chính'),
      isLoggedIn()
        ? [h('a', { href: '/dich-vu-cong/cong-dan' }, 'Công dân'),
           h('button', { type: 'button', class: 'link-btn', onclick: () => { sessionStorage.removeItem(LOGIN_KEY); render(); } }, 'Đăng xuất')]
        : h('button', { type: 'button', class: 'link-btn', onclick: () => openLogin(location.pathname + location.search) }, 'Đăng nhập'))));
}

function openLogin(returnTo) {
  sessionStorage.setItem(RETURN_KEY, returnTo);
  openDialog({
    title: 'Đăng nhập',
    body: [
      h('p', { class: 'mt-0' }, 'Chọn cách đăng nhập:'),
      h('div', { class: 'login-IDP BCA', role: 'button', tabindex: '0',
        onclick: () => { location.href = ssoAuthUrl(portalUrl('dichvucong.bocongan.gov.vn', '/dang-nhap-sso')); },
        onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.currentTarget.click(); } },
      }, h('strong', {}, 'Tài khoản định danh điện tử'), h('span', {}, 'cấp bởi Bộ Công an (VNeID)')),
    ],
  });
}

function item(title, ...body) {
  const detail = h('div', { class: 'tthc-list-item-detail' }, body);
  const panel = h('div', { class: 'tthc-panel-collapse collapse', hidden: true }, detail);
  const toggle = h('div', { role: 'button', class: 'item-title', tabindex: '0', 'aria-expanded': 'false',
    onclick: () => { panel.hidden = !panel.hidden; toggle.setAttribute('aria-expanded', String(!panel.hidden)); },
  }, title);
  return h('div', { class: 'tthc-list-item' }, toggle, panel);
}

function detailView(main) {
  const matt = query().get('matt') ?? '';
  const p = PROCEDURES[matt];
  if (!p) {
    main.append(h('h4', {}, 'Không tìm thấy thủ tục'));
    return;
  }
  document.title = `${p.title} - Cổng dịch vụ công Bộ Công an`;
  const submitHref = `/bo-cong-an/tiep-nhan-online/chon-truong-hop-ho-so?ma-thu-tuc-public=${matt}`;
  main.append(
    h('div', { class: 'tthc-title' }, h('h4', {}, p.title),
      h('div', { class: 'tthc-title-bottom' }, h('a', { href: submitHref, class: 'btn bca-search-btn', onclick: (e) => {
        if (isLoggedIn()) return;
        e.preventDefault();
        openLogin(submitHref);
      } }, 'Nộp hồ sơ'))),
    h('div', { class: 'tthc-accordion' }, h('div', { class: 'tthc-step', role: 'tablist' },
      item('Mã thủ tục', p.code),
      item('Lĩnh vực', p.field),
      item('Cơ quan thực hiện', p.agency),
      item('Mức độ cung cấp dịch vụ công trực tuyến', p.level),
      item('Thời hạn giải quyết', p.time),
      item('Phí, Lệ Phí', p.fee),
      item('Thành phần hồ sơ', h('ul', {}, p.docs.map((d) => h('li', {}, d)))),
      item('Biểu mẫu', h('a', { class: 'label label-success', href: '#' }, 'Tải về')))));
}

function listView(main) {
  document.title = 'Đăng ký, quản lý cư trú - Cổng dịch vụ công Bộ Công an';
  main.append(h('div', { class: 'lv-title-text' }, h('h4', {}, 'Đăng ký, quản lý cư trú')),
    h('ul', { class: 'list-tthc' }, LIST.map(([matt, name]) =>
      h('li', {}, h('a', { href: `/bocongan/bothutuc/tthc?matt=${matt}`, class: 'tthc-name' }, name)))));
}

function citizenView(main) {
  document.title = 'Công dân - Cổng dịch vụ công Bộ Công an';
  main.append(h('h1', {}, 'Trang công dân'),
    isLoggedIn()
      ? h('p', {}, 'Bạn đã đăng nhập bằng tài khoản định danh điện tử.')
      : h('p', {}, 'Bạn chưa đăng nhập.'),
    h('p', {}, h('a', { href: '/bocongan/bothutuc?linh_vuc=QL_CU_TRU' }, 'Danh sách thủ tục hành chính')));
}

function chooseCaseView(main) {
  const matt = query().get('ma-thu-tuc-public') ?? '';
  const p = PROCEDURES[matt];
  if (!isLoggedIn()) {
    openLogin(location.pathname + location.search);
    main.append(h('p', {}, 'Vui lòng đăng nhập để nộp hồ sơ.'));
    return;
  }
  if (!p) {
    main.append(h('div', { class: 'alert-danger', role: 'alert' }, '[ERROR-1] Không tìm thấy quy trình xử lý online'));
    return;
  }
  // A procedure with its own form elsewhere goes straight there (the residence portal for residence).
  if (p.form) {
    location.replace(p.form);
    return;
  }
  location.replace(`/bo-cong-an/tiep-nhan-online/nhap-thong-tin-nguoi-nop-ho-so?sid=sbx-${matt}`);
}

function stepBar(current) {
  const steps = ['Thông tin người nộp', 'Thông tin hồ sơ', 'Lệ phí hồ sơ', 'Nộp hồ sơ'];
  return h('ol', { class: 'step-bar' }, steps.map((s, i) => h('li', { 'aria-current': i === current ? 'step' : null }, s)));
}

function applicantView(main) {
  document.title = 'Thông tin người nộp hồ sơ - Cổng dịch vụ công Bộ Công an';
  main.append(stepBar(0),
    h('h2', {}, 'Thông tin người nộp'),
    h('p', {}, 'Thông tin của bạn được lấy từ tài khoản định danh điện tử.'),
    h('p', { class: 'text-gray-500' }, 'Trang thử nghiệm: các bước sau của biểu mẫu chưa có nguồn công khai nên không mô phỏng.'));
}

function ssoReturn() {
  if (query().has('code')) sessionStorage.setItem(LOGIN_KEY, '1');
  // The real portal lands here after the VNeID sign-in, whatever the person was doing.
  history.replaceState({}, '', '/dich-vu-cong/cong-dan');
  render();
}

function render() {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/dang-nhap-sso') return ssoReturn();
  const main = h('main', { class: 'app-container py-5' });
  if (path === '/bocongan/bothutuc/tthc') detailView(main);
  else if (path === '/bocongan/bothutuc' || path === '/') listView(main);
  else if (path === '/dich-vu-cong/cong-dan') citizenView(main);
  else if (path === '/bo-cong-an/tiep-nhan-online/chon-truong-hop-ho-so') chooseCaseView(main);
  else if (path === '/bo-cong-an/tiep-nhan-online/nhap-thong-tin-nguoi-nop-ho-so') applicantView(main);
  else main.append(h('h1', {}, 'Không tìm thấy trang'));
  document.getElementById('app').replaceChildren(header(), main);
}

render();
