// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findTarget } from '../engine/targets';
import { isStableToken, suggestTarget } from './pick-target';

function byId(id: string, root: Document | ShadowRoot = document): Element {
  const el = root.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('suggestTarget', () => {
  it('puts role + accessible name first for a unique button, and the first strategy finds it', () => {
    document.body.innerHTML = '<h2>Nộp hồ sơ</h2><button class="btn-x9fQz" id="btnSubmit" data-e2e="submit">Lưu và nộp hồ sơ</button>';
    const el = byId('btnSubmit');
    const s = suggestTarget(document, el);
    expect(s.strategies[0]).toEqual({ text: 'Lưu và nộp hồ sơ', role: 'button' });
    expect(s.checks.every((c) => c.unique)).toBe(true);
    expect(s.strategies).toContainEqual({ testId: 'submit' });
    expect(s.strategies).toContainEqual({ id: 'btnSubmit' });
    expect(findTarget(document, s.strategies)?.element).toBe(el);
    expect(s.action).toBe('click');
    expect(s.name).toBe('Lưu và nộp hồ sơ');
  });

  it('describes a field by label, name and formcontrolname, never by a generated or numbered id or a class', () => {
    document.body.innerHTML =
      '<label for="mat-input-3">Số điện thoại</label><input id="mat-input-3" class="ng-tns-c12-3" name="soDienThoai" formcontrolname="phone">' +
      '<label for="field7">Email</label><input id="field7" name="email">';
    const s = suggestTarget(document, byId('mat-input-3'));
    expect(s.strategies).toContainEqual({ label: 'Số điện thoại' });
    expect(s.strategies).toContainEqual({ name: 'soDienThoai' });
    expect(s.strategies.some((x) => x.id !== undefined || x.css !== undefined)).toBe(false);
    expect(s.action).toBe('fill');
    expect(suggestTarget(document, byId('field7')).strategies.some((x) => x.id !== undefined)).toBe(false);
  });

  it('adds `near` the card heading when the name repeats, and that strategy comes first and is unique', () => {
    document.body.innerHTML =
      '<div class="card"><h3>Cơ quan thực hiện: UBND cấp xã</h3><button id="a">Chọn</button></div>' +
      '<div class="card"><h3>Cơ quan thực hiện: Sở Tư pháp</h3><button id="b">Chọn</button></div>';
    const s = suggestTarget(document, byId('b'));
    expect(s.strategies[0]).toEqual({ text: 'Chọn', role: 'button', near: 'Cơ quan thực hiện: Sở Tư pháp' });
    expect(s.checks[0]?.unique).toBe(true);
    expect(findTarget(document, s.strategies)?.element).toBe(byId('b'));
    // The plain name, kept as a fallback, is reported as not unique.
    expect(s.checks.find((c) => c.strategy.near === undefined)?.unique ?? false).toBe(false);
  });

  it('drops a strategy that would find another element first', () => {
    document.body.innerHTML = '<button id="a">Chọn</button><button id="b">Chọn</button>';
    const s = suggestTarget(document, byId('b'));
    for (const strategy of s.strategies) expect(findTarget(document, [strategy])?.element).toBe(byId('b'));
    expect(s.strategies).not.toContainEqual({ text: 'Chọn', role: 'button' });
  });

  it('picks the button when the click landed on the text inside it', () => {
    document.body.innerHTML = '<button id="go"><span id="inner">Tra cứu</span></button>';
    const s = suggestTarget(document, byId('inner'));
    expect(s.element).toBe(byId('go'));
    expect(s.strategies[0]).toEqual({ text: 'Tra cứu', role: 'button' });
  });

  it('finds an element inside an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = byId('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button id="inside">Tải lên file</button>';
    const el = byId('inside', shadow);
    const s = suggestTarget(document, el);
    expect(s.strategies[0]).toEqual({ text: 'Tải lên file', role: 'button' });
    expect(findTarget(document, s.strategies)?.element).toBe(el);
  });

  it('gives no strategy for an element nothing stable describes', () => {
    document.body.innerHTML = '<div class="x1"></div><div id="el-42" class="x2"></div>';
    expect(suggestTarget(document, byId('el-42')).strategies).toEqual([]);
  });
});

describe('isStableToken', () => {
  it.each([
    ['cboBPROC_CASE_CODE', true],
    ['txtTONGPHI', true],
    ['btnSubmit', true],
    ['mat-input-3', false],
    ['step1', false],
    [':r1:', false],
    ['ember123', false],
    ['3f2a9c1e', false],
  ])('%s → %s', (token, stable) => expect(isStableToken(token)).toBe(stable));
});
