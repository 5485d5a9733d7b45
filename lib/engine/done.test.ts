// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Step } from '../guide/schema';
import { doneConditionHolds, isStepDone } from './done';
import { createSearchScope } from './targets';

const HREF = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

function ctx(over: { href?: string; clickedTarget?: boolean } = {}) {
  return { doc: document, href: over.href ?? HREF, clickedTarget: over.clickedTarget ?? false };
}

function step(done: Step['done']): Step {
  return { id: 'buoc', title: 'Bước', done };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('isStepDone', () => {
  it('url: done when the browser reaches the page', () => {
    const s = step([{ url: 'dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/*' }]);
    expect(isStepDone(s, ctx())).toBeNull();
    expect(isStepDone(s, ctx({ href: 'https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/12?x=1' }))).toBe('url');
  });

  it('appears: done when a visible element appears', () => {
    const s = step([{ appears: { text: 'Thông tin chung', role: 'heading' } }]);
    document.body.innerHTML = '<div hidden><h2>Thông tin chung</h2></div>';
    expect(isStepDone(s, ctx())).toBeNull();
    document.body.innerHTML = '<div role="dialog"><h2>Thông tin chung</h2></div>';
    expect(isStepDone(s, ctx())).toBe('appears');
  });

  it('text: done when the page shows the text, in open shadow roots too, never from the overlay', () => {
    const s = step([{ text: 'Gửi hồ sơ thành công' }]);
    document.body.innerHTML = '<dvc-guide-overlay><p>Gửi hồ sơ thành công</p></dvc-guide-overlay><template><p>Gửi hồ sơ thành công</p></template>';
    expect(isStepDone(s, ctx())).toBeNull();
    const host = document.createElement('x-result');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Gửi hồ sơ <strong>thành   công</strong>!</p>';
    expect(isStepDone(s, ctx())).toBe('text');
  });

  it('filled: text fields, selects and checkboxes', () => {
    document.body.innerHTML = `
      <label for="sdt">Số điện thoại</label><input id="sdt" name="soDienThoai">
      <select name="noiCap"><option value="">-- Chọn --</option><option value="ha-noi">Hà Nội</option></select>
      <label><input type="checkbox" name="dongY"> Tôi đồng ý</label>`;
    const phone = step([{ filled: { label: 'Số điện thoại' } }]);
    const place = step([{ filled: { name: 'noiCap' } }]);
    const consent = step([{ filled: { name: 'dongY' } }]);
    expect(isStepDone(phone, ctx())).toBeNull();
    expect(isStepDone(place, ctx())).toBeNull();
    expect(isStepDone(consent, ctx())).toBeNull();
    (document.getElementById('sdt') as HTMLInputElement).value = '0912345678';
    (document.querySelector('select') as HTMLSelectElement).value = 'ha-noi';
    (document.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    expect(isStepDone(phone, ctx())).toBe('filled');
    expect(isStepDone(place, ctx())).toBe('filled');
    expect(isStepDone(consent, ctx())).toBe('filled');
  });

  it('filled: whitespace only is not filled; a hidden native select behind a styled one still counts', () => {
    document.body.innerHTML = '<input name="hoTen" value="   "><select name="tinh" style="display:none"><option value="40" selected>Nghệ An</option></select>';
    expect(isStepDone(step([{ filled: { name: 'hoTen' } }]), ctx())).toBeNull();
    expect(isStepDone(step([{ filled: { name: 'tinh' } }]), ctx())).toBe('filled');
  });

  it('clicked: only when the run saw the click; confirm: never by itself', () => {
    expect(isStepDone(step([{ clicked: true }]), ctx())).toBeNull();
    expect(isStepDone(step([{ clicked: true }]), ctx({ clickedTarget: true }))).toBe('clicked');
    expect(isStepDone(step([{ confirm: true }]), ctx({ clickedTarget: true }))).toBeNull();
  });

  it('any of: reports the first condition that holds; no conditions, never done', () => {
    document.body.innerHTML = '<p>Gửi hồ sơ thành công</p>';
    const s = step([{ confirm: true }, { url: 'dichvucong.gov.vn/tra-cuu-ho-so' }, { text: 'Gửi hồ sơ thành công' }, { clicked: true }]);
    expect(isStepDone(s, ctx({ clickedTarget: true }))).toBe('text');
    expect(isStepDone(step(undefined), ctx({ clickedTarget: true }))).toBeNull();
  });

  it('one check reads the page once, however many conditions it asks (a shared search scope)', () => {
    document.body.innerHTML = '<main><h2>Thông tin chung</h2><p>Đã lưu hồ sơ</p><button>Nộp hồ sơ</button></main>';
    const read = vi.spyOn(document, 'createTreeWalker');
    const scope = createSearchScope(document);
    const c = { ...ctx(), scope };
    expect(doneConditionHolds({ text: 'Đã lưu hồ sơ' }, c)).toBe(true);
    expect(doneConditionHolds({ text: 'Chưa lưu' }, c)).toBe(false);
    expect(doneConditionHolds({ appears: { text: 'Nộp hồ sơ', role: 'button' } }, c)).toBe(true);
    expect(doneConditionHolds({ appears: { text: 'Thông tin chung', role: 'heading' } }, c)).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
    read.mockRestore();
  });
});
