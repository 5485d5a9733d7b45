/*
 * Sandbox HkdOnline confirmation page (our own writing): the real page posts the form back to the server;
 * the sandbox never receives form data, so submitting shows the result in the page instead.
 */
import { dossierCode } from '/__sandbox/dom.js';

const form = document.getElementById('aspnetForm');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('ctl00_C_BtnSave').disabled = true;
  document.getElementById('ctl00_C_lblMessage').textContent =
    `Hồ sơ đã được nộp vào cơ quan đăng ký kinh doanh. Mã hồ sơ: ${dossierCode('HKD')}`;
});
