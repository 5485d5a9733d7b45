/*
 * Sandbox helpers shared by the sandbox portal pages (our own writing, not portal code).
 * Models the facts that matter to a content script: pages are single-page apps that build their DOM
 * after load, open dialogs by appending to the end of <body>, and change views with history.pushState.
 * Nothing here sends data anywhere: there is no fetch or XHR in the sandbox.
 */

/** Build an element. Strings become text nodes, so nothing typed or read from the URL becomes markup. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'value') el.value = String(value);
    else if (key === 'checked') el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Same scheme and port as this page, another portal host: http in tests, https on a real deployment. */
export function portalUrl(host, pathAndQuery) {
  const port = location.port ? `:${location.port}` : '';
  return `${location.protocol}//${host}${port}${pathAndQuery}`;
}

export function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let dialogCount = 0;

/**
 * A modal dialog appended at the end of <body> (as React portals do). Returns the dialog element and a
 * close function. Escape closes it unless `sticky`.
 */
export function openDialog({ title, body, footer, sticky = false, onClose, labelTag = 'h2' }) {
  const titleId = `sbx-dialog-title-${++dialogCount}`;
  const previous = document.activeElement;
  const dialog = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, class: 'modal', tabindex: '-1' },
    h('div', { class: 'modal-head' },
      h(labelTag, { id: titleId }, title),
      sticky ? null : h('button', { type: 'button', class: 'link-btn', 'aria-label': 'Đóng', onclick: () => close() }, '✕'),
    ),
    h('div', { class: 'modal-body' }, body),
    footer ? h('div', { class: 'modal-foot' }, footer) : null,
  );
  const backdrop = h('div', { class: 'backdrop' }, dialog);
  const onKey = (event) => {
    if (event.key === 'Escape' && !sticky) close();
  };
  function close() {
    document.removeEventListener('keydown', onKey);
    backdrop.remove();
    onClose?.();
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
  }
  document.addEventListener('keydown', onKey);
  document.body.append(backdrop);
  const first = dialog.querySelector('input:not([type=hidden]), select, textarea, button:not([aria-label="Đóng"])');
  (first ?? dialog).focus();
  return { dialog, close };
}

/** "G22.99.08-260115-0042": agency-like prefix, date, counter. Random: the sandbox keeps no records. */
export function dossierCode(prefix = 'G22.99.08') {
  const d = new Date();
  const yy = String(d.getFullYear()).slice(2);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  const n = String(Math.floor(Math.random() * 9000) + 1000);
  return `${prefix}-${yy}${mm}${dd}-${n}`;
}

/** dd/mm/yyyy of the working day `days` working days from today (Saturday and Sunday skipped). */
export function workingDaysFromToday(days) {
  const d = new Date();
  let left = days;
  while (left > 0) {
    d.setDate(d.getDate() + 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) left -= 1;
  }
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** The sign-in page of the sandbox VNeID, returning to `redirectUri` with a code. */
export function ssoAuthUrl(redirectUri, clientId = 'sso-c12-dvc-web') {
  const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope: 'openid' });
  return portalUrl('sso.dancuquocgia.gov.vn', `/auth?${q.toString()}`);
}
