/*
 * Sandbox VNeID sign-in for sso.dancuquocgia.gov.vn (our own writing). Models the real facts from public
 * sources: /auth?response_type=code&client_id=…&redirect_uri=…; the title "Đăng nhập tài khoản định danh
 * điện tử"; tabs "Tài khoản" / "Quét mã QR"; then up to three modals one after another: OTP ("Mã xác nhận
 * đăng nhập" / "Nhập mã xác nhận"), data-sharing consent ("Tôi đã đọc và hiểu rõ nội dung mục đích…
 * quyền, nghĩa vụ của chủ thể dữ liệu" + "Xác nhận chia sẻ"), passcode ("Nhập passcode",
 * input[type=number][inputmode=numeric][autocomplete=off]).
 * Any non-empty input is accepted. Nothing typed is sent anywhere or put in a URL: the only navigation is to
 * redirect_uri with a made-up code.
 */
import { h, openDialog, portalUrl } from '/__sandbox/dom.js';

const PORTAL_HOSTS = [
  'dichvucong.gov.vn', 'lienthong.dichvucong.gov.vn', 'dichvucongnganhtuphap.moj.gov.vn',
  'tokhaidientu.moj.gov.vn', 'dichvucong.nghean.gov.vn',
  'dichvucong.bocongan.gov.vn', 'dichvucong.dancuquocgia.gov.vn', 'hokinhdoanh.dkkd.gov.vn',
];

/** Only return to a portal host, so the sandbox is no open redirect. */
function redirectTarget() {
  const raw = new URLSearchParams(location.search).get('redirect_uri');
  try {
    const u = new URL(raw ?? '');
    if ((u.protocol === 'http:' || u.protocol === 'https:') && PORTAL_HOSTS.includes(u.hostname)) return u;
  } catch {
    // fall through to the default
  }
  return new URL(portalUrl('dichvucong.gov.vn', '/sso'));
}

function finish() {
  const target = redirectTarget();
  target.searchParams.set('code', `sbx-${Math.random().toString(36).slice(2, 10)}`);
  const state = new URLSearchParams(location.search).get('state');
  if (state) target.searchParams.set('state', state);
  location.href = target.toString();
}

function required(input, error, message) {
  if (input.value.trim() !== '') return true;
  error.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
  return false;
}

function otpStep() {
  const input = h('input', { id: 'otp', type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6' });
  const error = h('p', { class: 'error', role: 'alert' });
  const status = h('p', { class: 'text-sm text-gray-500', role: 'status' });
  const { close } = openDialog({
    title: 'Mã xác nhận đăng nhập',
    sticky: true,
    body: [
      h('p', { class: 'mt-0' }, 'Mã xác nhận đã được gửi đến số điện thoại 09******21 đăng ký với tài khoản định danh điện tử.'),
      h('div', { class: 'field' }, h('label', { for: 'otp' }, 'Nhập mã xác nhận'), input),
      error,
      h('p', {}, 'Chưa nhận được mã? ', h('button', { type: 'button', class: 'link-btn', onclick: () => { status.textContent = 'Đã gửi lại mã xác nhận.'; } }, 'Gửi lại mã')),
      status,
    ],
    footer: h('button', { type: 'button', class: 'btn-red', onclick: () => {
      if (!required(input, error, 'Vui lòng nhập mã xác nhận.')) return;
      close();
      consentStep();
    } }, 'Xác nhận'),
  });
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') e.preventDefault(); });
}

function consentStep() {
  const box = h('input', { id: 'dong-y', type: 'checkbox' });
  const confirm = h('button', { type: 'button', class: 'btn-red', disabled: true, onclick: () => { close(); passcodeStep(); } }, 'Xác nhận chia sẻ');
  box.addEventListener('change', () => { confirm.disabled = !box.checked; });
  const { close } = openDialog({
    title: 'Xác nhận chia sẻ thông tin',
    sticky: true,
    body: [
      h('p', { class: 'mt-0' }, 'Cổng Dịch vụ công quốc gia đề nghị được dùng thông tin định danh của bạn (họ tên, ngày sinh, số định danh cá nhân, nơi cư trú) để điền sẵn và giải quyết hồ sơ.'),
      h('label', { class: 'flex gap-3', for: 'dong-y' }, box,
        h('span', {}, 'Tôi đã đọc và hiểu rõ nội dung mục đích, phạm vi xử lý dữ liệu cá nhân và các quyền, nghĩa vụ của chủ thể dữ liệu')),
    ],
    footer: confirm,
  });
}

function passcodeStep() {
  const input = h('input', { id: 'passcode', type: 'number', inputmode: 'numeric', autocomplete: 'off' });
  const error = h('p', { class: 'error', role: 'alert' });
  const { close } = openDialog({
    title: 'Nhập passcode',
    sticky: true,
    body: [
      h('p', { class: 'mt-0' }, 'Nhập passcode 6 số bạn dùng để mở ứng dụng VNeID.'),
      h('div', { class: 'field' }, h('label', { for: 'passcode' }, 'Passcode'), input),
      error,
    ],
    footer: h('button', { type: 'button', class: 'btn-red', onclick: () => {
      if (!required(input, error, 'Vui lòng nhập passcode.')) return;
      close();
      finish();
    } }, 'Xác nhận'),
  });
}

function accountPanel() {
  const user = h('input', { id: 'username', name: 'username', type: 'text', inputmode: 'numeric', autocomplete: 'username', placeholder: 'Nhập số định danh cá nhân' });
  const pass = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', placeholder: 'Nhập mật khẩu' });
  const error = h('p', { class: 'error', role: 'alert' });
  // No action, no method: the form never submits anywhere, Enter included.
  return h('form', { novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!required(user, error, 'Vui lòng nhập số định danh cá nhân.')) return;
    if (!required(pass, error, 'Vui lòng nhập mật khẩu.')) return;
    otpStep();
  } },
    h('div', { class: 'field' }, h('label', { for: 'username' }, 'Số định danh cá nhân'), user),
    h('div', { class: 'field' }, h('label', { for: 'password' }, 'Mật khẩu'), pass),
    error,
    h('p', { class: 'text-sm' }, h('a', { href: '#quen-mat-khau' }, 'Quên mật khẩu?')),
    h('button', { type: 'submit', class: 'btn-red' }, 'Đăng nhập'));
}

function qrPanel() {
  const cells = [];
  for (let y = 0; y < 21; y += 1) {
    for (let x = 0; x < 21; x += 1) {
      const finder = (x < 7 && y < 7) || (x > 13 && y < 7) || (x < 7 && y > 13);
      if (finder ? (x % 6 === 0 || y % 6 === 0 || (x % 14 > 1 && x % 14 < 5 && y % 14 > 1 && y % 14 < 5)) : (x * 7 + y * 13) % 5 < 2) {
        cells.push(`M${x} ${y}h1v1h-1z`);
      }
    }
  }
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '-1 -1 23 23');
  svg.setAttribute('class', 'qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Mã QR đăng nhập');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', cells.join(''));
  svg.append(path);
  return h('div', {},
    h('p', { class: 'text-center' }, 'Mở ứng dụng VNeID trên điện thoại, chọn quét mã QR và hướng camera vào mã dưới đây.'),
    svg,
    h('button', { type: 'button', class: 'btn-red', onclick: () => consentStep() }, 'Giả lập: tôi đã quét mã'));
}

function render() {
  const panels = { account: accountPanel(), qr: qrPanel() };
  const tabs = [['account', 'Tài khoản'], ['qr', 'Quét mã QR']];
  const panelBox = h('div', { role: 'tabpanel', id: 'sso-panel', 'aria-labelledby': 'tab-account' }, panels.account);
  const tabButtons = tabs.map(([key, text], i) => h('button', {
    type: 'button', role: 'tab', id: `tab-${key}`, 'aria-controls': 'sso-panel', 'aria-selected': i === 0 ? 'true' : 'false',
    onclick: () => {
      for (const b of tabButtons) b.setAttribute('aria-selected', b.id === `tab-${key}` ? 'true' : 'false');
      panelBox.setAttribute('aria-labelledby', `tab-${key}`);
      panelBox.replaceChildren(panels[key]);
    },
  }, text));
  const onAuth = location.pathname.replace(/\/+$/, '') === '/auth';
  document.getElementById('app').replaceChildren(h('main', { class: 'sso-card' },
    h('p', { class: 'text-center text-sm text-gray-500 mt-0' }, 'Bộ Công an · Hệ thống định danh và xác thực điện tử'),
    onAuth
      ? [h('h1', {}, 'Đăng nhập tài khoản định danh điện tử'), h('div', { role: 'tablist', 'aria-label': 'Cách đăng nhập' }, tabButtons), panelBox]
      : [h('h1', {}, 'Không tìm thấy trang'), h('p', {}, h('a', { href: '/auth' }, 'Đến trang đăng nhập'))]));
}

render();
