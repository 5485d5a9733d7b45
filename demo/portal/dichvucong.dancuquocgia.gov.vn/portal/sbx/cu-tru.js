/*
 * Sandbox pages of the residence portal (our own writing). Facts modelled (FLOWS.md §6.3, §6.5):
 * - dang-ky-thuong-tru.html / dang-ky-tam-tru.html (`?id=<n>` reopens a draft): chkIS_REPORTER (tick: the
 *   declarer is filled from the population database and locked), cboBPROC_CASE_CODE (case), txtSUGGEST_ADDRESS,
 *   txtTEMP_RESIDENT_FROM / _TO (temporary residence), txtPHONE_NUMBER, txtEMAIL, cboRECEIVER_TYPE, members table
 *   #divListNormal with chkCHUHO_FILER / chkCHUSOHUU_FILER, pledge chkCHECK_LIABILITY, fee txtTONGPHI after
 *   "Kiểm tra thông tin lệ phí", attachments #dossier (row 0 CT01, row 1 proof of residence, fileUpload<i>,
 *   #btnDocument adds a row), buttons "Lưu nháp", "In CT01", "Nộp hồ sơ";
 * - "Nộp hồ sơ" opens the bank's payment page in a new window; when the browser blocks it (window.open returns
 *   null) the page says "Gửi hồ sơ thất bại. Lỗi không kết nối được đến trang thanh toán";
 * - xem-ho-so.html?type=N, N = 1 Chưa gửi, 2 Mới đăng ký, 3 Bị trả lại, 4 Đã xử lý, 5 Đang xử lý; codes shaped
 *   like G01.863.805-260916-890125;
 * - thong-bao-luu-tru.html (accommodation notice, public code of third-party tools): accomStay_cboPROVINCE_ID,
 *   "Thêm mới người lưu trú" (#btnAddPersonLT) opening #addpersonLT with guest_cboRDADDRESS_ID and #btnSaveNLT,
 *   pledge chkCHECK_LIABILITY, send #btnSaveSend.
 * The bank page is a stand-in on the local server (/ngan-hang/), never a portal host. Nothing leaves the browser.
 */
import { h } from '/__sandbox/dom.js';

const DOSSIERS_KEY = 'sbx-cu-tru-ho-so';
const page = location.pathname.split('/').pop().replace(/\.html$/, '');
const app = document.getElementById('app');

const FORMS = {
  'dang-ky-thuong-tru': {
    title: 'Đăng ký thường trú', fee: '10.000', temporary: false,
    cases: ['Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình', 'Đăng ký thường trú vào chỗ ở của người thân (vợ, chồng, cha, mẹ, con…)', 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ'],
  },
  'dang-ky-tam-tru': {
    title: 'Đăng ký tạm trú', fee: '7.000', temporary: true,
    cases: ['Đăng ký tạm trú tại chỗ ở hợp pháp', 'Đăng ký tạm trú theo danh sách'],
  },
};

const STATUSES = [[1, 'Chưa gửi'], [2, 'Mới đăng ký'], [3, 'Bị trả lại'], [4, 'Đã xử lý'], [5, 'Đang xử lý']];

function dossiers() {
  try {
    return JSON.parse(localStorage.getItem(DOSSIERS_KEY) ?? '[]');
  } catch {
    return [];
  }
}
function saveDossier(d) {
  localStorage.setItem(DOSSIERS_KEY, JSON.stringify([...dossiers(), d]));
}

/** G01.863.805-260916-890125: agency, yymmdd, six digits (random: the sandbox keeps no real records). */
function dossierCode() {
  const d = new Date();
  const ymd = `${String(d.getFullYear()).slice(2)}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  return `G01.863.805-${ymd}-${String(Math.floor(Math.random() * 900000) + 100000)}`;
}

function header() {
  return h('header', { class: 'ct-head' }, h('div', { class: 'app-container flex justify-between items-center' },
    h('strong', {}, 'Cổng dịch vụ công quản lý cư trú'),
    h('nav', { class: 'flex gap-4' }, h('a', { href: '/portal/p/home/xem-ho-so.html?type=2' }, 'Hồ sơ của tôi'))));
}

function field(label, control, required = false) {
  return h('div', { class: 'field' }, h('label', { for: control.id }, label, required ? h('span', { class: 'req' }, ' *') : null), control);
}
function check(id, label) {
  return h('label', { class: 'flex items-center gap-2' }, h('input', { type: 'checkbox', id, name: id }), label);
}
function message(box, kind, text) {
  box.className = `ct-msg ${kind}`;
  box.textContent = text;
  box.hidden = false;
}

function residenceForm(form) {
  document.title = `${form.title} - Cổng dịch vụ công quản lý cư trú`;
  const msg = h('div', { id: 'sbx-message', role: 'alert', hidden: true });
  const name = h('input', { id: 'txtFULLNAME', name: 'txtFULLNAME', type: 'text' });
  const idNo = h('input', { id: 'txtCITIZEN_ID', name: 'txtCITIZEN_ID', type: 'text', inputmode: 'numeric' });
  const birth = h('input', { id: 'txtBIRTHDAY', name: 'txtBIRTHDAY', type: 'text', placeholder: 'dd/mm/yyyy' });
  const reporter = h('input', { type: 'checkbox', id: 'chkIS_REPORTER', name: 'chkIS_REPORTER', onchange: () => {
    // Filled from the population database and locked, as on the real form.
    const on = reporter.checked;
    name.value = on ? 'NGUYỄN VĂN AN' : '';
    idNo.value = on ? '040090001234' : '';
    birth.value = on ? '01/01/1990' : '';
    for (const el of [name, idNo, birth]) el.readOnly = on;
  } });
  const caseSelect = h('select', { id: 'cboBPROC_CASE_CODE', name: 'cboBPROC_CASE_CODE' },
    h('option', { value: '' }, '-- Chọn trường hợp --'), form.cases.map((c, i) => h('option', { value: String(i + 1) }, c)));
  const address = h('input', { id: 'txtSUGGEST_ADDRESS', name: 'txtSUGGEST_ADDRESS', type: 'text', placeholder: 'Số nhà, đường, tổ dân phố, phường/xã, tỉnh' });
  const fee = h('input', { id: 'txtTONGPHI', name: 'txtTONGPHI', type: 'text', readonly: true, value: '' });
  const pledge = h('input', { type: 'checkbox', id: 'chkCHECK_LIABILITY', name: 'chkCHECK_LIABILITY' });
  const dossierBody = h('tbody', {});
  const addDocRow = (label) => {
    const i = dossierBody.children.length;
    dossierBody.append(h('tr', {}, h('td', {}, String(i + 1)), h('td', {}, label),
      h('td', {}, h('input', { type: 'file', id: `fileUpload${i}`, name: `fileUpload${i}`, 'aria-label': `Tệp đính kèm: ${label}` }))));
  };
  addDocRow('Tờ khai thay đổi thông tin cư trú (CT01)');
  addDocRow('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp');

  const submit = () => {
    if (!caseSelect.value || !address.value.trim()) return message(msg, 'err', 'Vui lòng nhập đầy đủ các trường bắt buộc.');
    if (!fee.value) return message(msg, 'err', 'Vui lòng bấm "Kiểm tra thông tin lệ phí" trước khi nộp hồ sơ.');
    if (!pledge.checked) return message(msg, 'err', 'Vui lòng xác nhận cam đoan trước khi nộp hồ sơ.');
    const code = dossierCode();
    const bank = `${location.protocol}//127.0.0.1${location.port ? `:${location.port}` : ''}/ngan-hang/?ma=${encodeURIComponent(code)}&so-tien=${encodeURIComponent(fee.value)}`;
    const win = window.open(bank, 'thanhtoan');
    if (!win) return message(msg, 'err', 'Gửi hồ sơ thất bại. Lỗi không kết nối được đến trang thanh toán');
    message(msg, 'ok', 'Đang chờ thanh toán lệ phí trên trang của ngân hàng…');
    const onPaid = (event) => {
      if (!event.data || event.data.sbxPaid !== code) return;
      window.removeEventListener('message', onPaid);
      saveDossier({ code, title: form.title, status: 2, at: new Date().toLocaleDateString('vi-VN') });
      message(msg, 'ok', `Gửi hồ sơ thành công. Mã hồ sơ: ${code}`);
    };
    window.addEventListener('message', onPaid);
  };

  app.replaceChildren(header(), h('main', { class: 'app-container py-5' },
    h('h1', {}, form.title),
    h('section', { class: 'ct-section' }, h('h2', {}, 'Thông tin người kê khai'),
      h('label', { class: 'flex items-center gap-2 mb-3' }, reporter, 'Người kê khai là chủ hồ sơ (lấy thông tin từ Cơ sở dữ liệu quốc gia về dân cư)'),
      h('div', { class: 'ct-row' }, field('Họ, chữ đệm và tên', name, true), field('Số định danh cá nhân', idNo, true), field('Ngày sinh', birth, true))),
    h('section', { class: 'ct-section' }, h('h2', {}, 'Thông tin đề nghị'),
      h('div', { class: 'ct-row' },
        field('Trường hợp', caseSelect, true),
        field('Địa chỉ đề nghị đăng ký', address, true),
        form.temporary ? field('Tạm trú từ ngày', h('input', { id: 'txtTEMP_RESIDENT_FROM', name: 'txtTEMP_RESIDENT_FROM', type: 'text', placeholder: 'dd/mm/yyyy' }), true) : null,
        form.temporary ? field('Đến ngày', h('input', { id: 'txtTEMP_RESIDENT_TO', name: 'txtTEMP_RESIDENT_TO', type: 'text', placeholder: 'dd/mm/yyyy' }), true) : null,
        field('Số điện thoại', h('input', { id: 'txtPHONE_NUMBER', name: 'txtPHONE_NUMBER', type: 'tel' }), true),
        field('Thư điện tử', h('input', { id: 'txtEMAIL', name: 'txtEMAIL', type: 'email' })),
        field('Hình thức nhận thông báo', h('select', { id: 'cboRECEIVER_TYPE', name: 'cboRECEIVER_TYPE' },
          h('option', { value: '1' }, 'Nhận thông báo qua ứng dụng VNeID'), h('option', { value: '2' }, 'Nhận thông báo qua thư điện tử'))))),
    h('section', { class: 'ct-section' }, h('h2', {}, 'Thành viên hộ gia đình cùng thay đổi'),
      h('div', { id: 'divListNormal' }, h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Họ và tên'), h('th', {}, 'Vai trò'))),
        h('tbody', {}, h('tr', {}, h('td', {}, '(chưa có)'), h('td', {}, check('chkCHUHO_FILER', 'Là chủ hộ'), check('chkCHUSOHUU_FILER', 'Là chủ sở hữu chỗ ở'))))))),
    h('section', { class: 'ct-section' }, h('h2', {}, 'Hồ sơ đính kèm'),
      h('table', { id: 'dossier' }, h('thead', {}, h('tr', {}, h('th', {}, 'STT'), h('th', {}, 'Tên giấy tờ'), h('th', {}, 'Tệp'))), dossierBody),
      h('button', { type: 'button', id: 'btnDocument', class: 'btn mt-2', onclick: () => addDocRow('Giấy tờ khác') }, 'Thêm giấy tờ')),
    h('section', { class: 'ct-section' }, h('h2', {}, 'Lệ phí'),
      h('div', { class: 'flex gap-3 items-center' },
        h('button', { type: 'button', class: 'btn', onclick: () => {
          if (!caseSelect.value) return message(msg, 'err', 'Vui lòng chọn trường hợp trước khi kiểm tra lệ phí.');
          fee.value = form.fee;
          msg.hidden = true;
        } }, 'Kiểm tra thông tin lệ phí'),
        field('Tổng phí (đồng)', fee))),
    h('label', { class: 'flex items-center gap-2 mb-3' }, pledge, 'Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật.'),
    msg,
    h('div', { class: 'ct-actions' },
      h('button', { type: 'button', class: 'btn', onclick: () => {
        const draft = Math.floor(Math.random() * 90000) + 10000;
        saveDossier({ code: `Nháp ${draft}`, title: form.title, status: 1, at: new Date().toLocaleDateString('vi-VN') });
        history.replaceState({}, '', `${location.pathname}?id=${draft}`);
        message(msg, 'ok', 'Lưu nháp thành công.');
      } }, 'Lưu nháp'),
      h('button', { type: 'button', class: 'btn', onclick: () => window.print() }, 'In CT01'),
      h('button', { type: 'button', class: 'btn bg-primary', onclick: submit }, 'Nộp hồ sơ'))));
}

function accommodationForm() {
  document.title = 'Thông báo lưu trú - Cổng dịch vụ công quản lý cư trú';
  const msg = h('div', { id: 'sbx-message', role: 'alert', hidden: true });
  const guests = h('tbody', {});
  const pledge = h('input', { type: 'checkbox', id: 'chkCHECK_LIABILITY', name: 'chkCHECK_LIABILITY' });
  const openGuest = () => {
    const gName = h('input', { id: 'guest_txtFULLNAME', type: 'text' });
    const gId = h('input', { id: 'guest_txtCITIZEN_ID', type: 'text', inputmode: 'numeric' });
    const ward = h('select', { id: 'guest_cboRDADDRESS_ID' }, h('option', { value: '-1' }, '-- Chọn phường/xã --'), h('option', { value: '1' }, 'Phường Cửa Lò'), h('option', { value: '2' }, 'Phường Vinh Phú'));
    const from = h('input', { id: 'guest_txtSTART_DATE', type: 'text', placeholder: 'dd/mm/yyyy' });
    const to = h('input', { id: 'guest_txtEND_DATE', type: 'text', placeholder: 'dd/mm/yyyy' });
    const err = h('p', { class: 'error', role: 'alert' });
    const modal = h('div', { id: 'addpersonLT', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'addpersonLT-title', class: 'modal' },
      h('div', { class: 'modal-head' }, h('h2', { id: 'addpersonLT-title' }, 'Thông tin người lưu trú')),
      h('div', { class: 'modal-body ct-row' }, field('Họ và tên', gName, true), field('Số định danh cá nhân', gId, true),
        field('Nơi thường trú: phường/xã', ward, true), field('Lưu trú từ ngày', from, true), field('Đến ngày', to, true), err),
      h('div', { class: 'modal-foot' },
        h('button', { type: 'button', class: 'btn', onclick: () => backdrop.remove() }, 'Đóng'),
        h('button', { type: 'button', id: 'btnSaveNLT', class: 'btn bg-primary', onclick: () => {
          if (!gName.value.trim() || !gId.value.trim() || ward.value === '-1') {
            err.textContent = 'Vui lòng nhập đầy đủ các trường bắt buộc.';
            return;
          }
          guests.append(h('tr', {}, h('td', {}, gName.value), h('td', {}, gId.value), h('td', {}, `${from.value} – ${to.value}`)));
          backdrop.remove();
        } }, 'Lưu')));
    const backdrop = h('div', { class: 'backdrop' }, modal);
    document.body.append(backdrop);
    gName.focus();
  };
  app.replaceChildren(header(), h('main', { class: 'app-container py-5' },
    h('h1', {}, 'Thông báo lưu trú'),
    h('section', { class: 'ct-section' }, h('h2', {}, 'Thông tin cơ sở lưu trú'),
      h('div', { class: 'ct-row' },
        field('Tỉnh/Thành phố', h('select', { id: 'accomStay_cboPROVINCE_ID' }, h('option', { value: '40' }, 'Tỉnh Nghệ An'))),
        field('Tên cơ sở lưu trú', h('input', { id: 'accomStay_txtNAME', type: 'text', value: 'Nhà nghỉ Biển Xanh (ví dụ)', readonly: true })))),
    h('section', { class: 'ct-section' }, h('h2', {}, 'Danh sách người lưu trú'),
      h('button', { type: 'button', id: 'btnAddPersonLT', class: 'btn mb-3', onclick: openGuest }, 'Thêm mới người lưu trú'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Họ và tên'), h('th', {}, 'Số định danh'), h('th', {}, 'Thời gian lưu trú'))), guests)),
    h('label', { class: 'flex items-center gap-2 mb-3' }, pledge, 'Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật.'),
    msg,
    h('div', { class: 'ct-actions' }, h('button', { type: 'button', id: 'btnSaveSend', class: 'btn bg-primary', onclick: () => {
      if (guests.children.length === 0) return message(msg, 'err', 'Vui lòng thêm ít nhất một người lưu trú.');
      if (!pledge.checked) return message(msg, 'err', 'Vui lòng xác nhận cam đoan trước khi gửi.');
      const code = dossierCode();
      saveDossier({ code, title: 'Thông báo lưu trú', status: 4, at: new Date().toLocaleDateString('vi-VN') });
      message(msg, 'ok', `Gửi hồ sơ thành công. Mã hồ sơ: ${code}`);
    } }, 'Gửi thông báo'))));
}

function dossierList() {
  document.title = 'Hồ sơ của tôi - Cổng dịch vụ công quản lý cư trú';
  const type = Number(new URLSearchParams(location.search).get('type') ?? '2');
  const rows = dossiers().filter((d) => d.status === type);
  app.replaceChildren(header(), h('main', { class: 'app-container py-5' },
    h('h1', {}, 'Hồ sơ của tôi'),
    h('ul', { class: 'ct-tabs' }, STATUSES.map(([n, label]) =>
      h('li', {}, h('a', { href: `?type=${n}`, 'aria-current': n === type ? 'page' : null }, label)))),
    h('table', { id: 'tblDossier' }, h('thead', {}, h('tr', {}, h('th', {}, 'Mã hồ sơ'), h('th', {}, 'Thủ tục'), h('th', {}, 'Ngày'))),
      h('tbody', {}, rows.length === 0
        ? h('tr', {}, h('td', { colspan: '3' }, 'Không có hồ sơ'))
        : rows.map((d) => h('tr', {}, h('td', {}, d.code), h('td', {}, d.title), h('td', {}, d.at)))))));
}

if (FORMS[page]) residenceForm(FORMS[page]);
else if (page === 'thong-bao-luu-tru') accommodationForm();
else if (page === 'xem-ho-so') dossierList();
