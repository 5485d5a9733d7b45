// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentText, createContentIndex, getAccessibleName, getRole } from './accessible-name';
import { normalizeText } from './text';

function el(id: string): Element {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('getAccessibleName', () => {
  it('follows the name precedence: labelledby, aria-label, label, value, alt, title, placeholder, content', () => {
    document.body.innerHTML = `
      <span id="lbl">Số điện thoại</span><input id="a" aria-labelledby="lbl" aria-label="ignored">
      <button id="b" aria-label="Đóng"><svg></svg></button>
      <label for="c">Họ và tên</label><input id="c" placeholder="Nhập họ tên">
      <label>Ngày sinh <input id="d" value="01/01/2020"></label>
      <input id="e" type="submit" value="Gửi hồ sơ">
      <img id="f" alt="Quốc huy">
      <input id="g" title="Mã xác nhận" placeholder="Nhập mã">
      <input id="h" placeholder="Nhập mã OTP">
      <a id="i" href="/x"> Tra cứu <b>hồ sơ</b> </a>
      <button id="j"><i aria-label="Tìm kiếm"></i></button>
      <div id="k"><p>Tỉnh</p><p>Thành phố</p><span hidden>ẩn</span></div>`;
    expect(getAccessibleName(el('a'))).toBe('Số điện thoại');
    expect(getAccessibleName(el('b'))).toBe('Đóng');
    expect(getAccessibleName(el('c'))).toBe('Họ và tên');
    expect(getAccessibleName(el('d'))).toBe('Ngày sinh');
    expect(getAccessibleName(el('e'))).toBe('Gửi hồ sơ');
    expect(getAccessibleName(el('f'))).toBe('Quốc huy');
    expect(getAccessibleName(el('g'))).toBe('Mã xác nhận');
    expect(getAccessibleName(el('h'))).toBe('Nhập mã OTP');
    expect(getAccessibleName(el('i'))).toBe('Tra cứu hồ sơ');
    expect(getAccessibleName(el('j'))).toBe('Tìm kiếm');
    expect(getAccessibleName(el('k'))).toBe('Tỉnh Thành phố');
  });

  it('reads text rendered in an open shadow root, with slotted content', () => {
    document.body.innerHTML = '<x-btn id="x"><b>hồ sơ</b></x-btn>';
    const root = el('x').attachShadow({ mode: 'open' });
    root.innerHTML = '<span>Nộp </span><slot></slot>';
    expect(getAccessibleName(el('x'))).toBe('Nộp hồ sơ');
  });
});

describe('getRole', () => {
  it('gives implicit roles for the portal controls', () => {
    document.body.innerHTML = `
      <button id="b">x</button><input id="t"><input id="cb" type="checkbox"><input id="r" type="radio">
      <input id="s" type="submit"><a id="l" href="#">x</a><a id="nl">x</a><select id="sel"></select>
      <textarea id="ta"></textarea><ul role="listbox"><li id="o">Nghệ An</li></ul><ul><li id="li">x</li></ul>
      <h4 id="h">Cơ quan thực hiện</h4><details><summary id="sum">Xem thêm</summary></details>
      <div id="tab" role="tab">Thông tin</div><input id="hid" type="hidden">`;
    expect(getRole(el('b'))).toBe('button');
    expect(getRole(el('t'))).toBe('textbox');
    expect(getRole(el('cb'))).toBe('checkbox');
    expect(getRole(el('r'))).toBe('radio');
    expect(getRole(el('s'))).toBe('button');
    expect(getRole(el('l'))).toBe('link');
    expect(getRole(el('nl'))).toBeNull();
    expect(getRole(el('sel'))).toBe('combobox');
    expect(getRole(el('ta'))).toBe('textbox');
    expect(getRole(el('o'))).toBe('option');
    expect(getRole(el('li'))).toBe('listitem');
    expect(getRole(el('h'))).toBe('heading');
    expect(getRole(el('sum'))).toBe('button');
    expect(getRole(el('tab'))).toBe('tab');
    expect(getRole(el('hid'))).toBeNull();
  });
});

describe('content index', () => {
  const piece = fc.constantFrom('Tỉnh', '/', ' ', 'Thành phố', ':', 'UBND', '(', ')', 'hoà', 'Hòa', '\u00a0', 'Nộp', '  hồ sơ ', 'Sở', '\n');
  const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      piece.map((p) => p.replace(/</g, '')),
      fc
        .tuple(
          fc.constantFrom('span', 'div', 'b', 'li', 'button', 'p', 'span aria-label="Đóng hồ sơ"', 'div hidden', 'span aria-hidden="true"', 'a href="#x"'),
          fc.array(tie('node'), { maxLength: 4 }),
        )
        .map(([t, kids]) => `<${t}>${kids.join('')}</${t.split(' ')[0]}>`),
    ),
  })).node;

  it('gives every element the same text as indexing it on its own, and matches normalizeText', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 5 }), (kids) => {
        document.body.innerHTML = `<div id="root">${kids.join('')}</div>`;
        const shared = createContentIndex();
        const all = [document.getElementById('root') as Element, ...Array.from(document.querySelectorAll('#root *'))];
        for (const el of all) {
          const alone = createContentIndex();
          expect(shared.raw(el)).toBe(alone.raw(el));
          expect(shared.normalised(el)).toBe(alone.normalised(el));
          expect(shared.normalised(el)).toBe(normalizeText(shared.raw(el)));
          const n = shared.normalised(el);
          if (n !== '') expect(shared.equals(el, n)).toBe(true);
          if (n.length > 2) {
            const needle = n.slice(1, Math.min(n.length, 6)).trim();
            if (needle) expect(shared.includes(el, needle)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers includes/equals per element, not per page', () => {
    document.body.innerHTML = '<div id="a"><span id="s">Cơ quan thực hiện:</span> <span id="u">UBND xã</span></div><p id="p">Sở Tư pháp</p>';
    const index = createContentIndex();
    const a = document.getElementById('a') as Element;
    expect(index.includes(a, 'cơ quan thực hiện: ubnd')).toBe(true);
    expect(index.includes(document.getElementById('s') as Element, 'ubnd')).toBe(false);
    expect(index.includes(document.getElementById('u') as Element, 'ubnd')).toBe(true);
    expect(index.includes(document.getElementById('p') as Element, 'ubnd')).toBe(false);
    expect(index.equals(document.getElementById('u') as Element, 'ubnd xã')).toBe(true);
    expect(index.equals(a, 'ubnd xã')).toBe(false);
    expect(contentText(document.body)).toBe('Cơ quan thực hiện: UBND xã Sở Tư pháp');
  });
});

describe('ContentIndex.has', () => {
  it('tells whether a finished build covers an element, without building', () => {
    document.body.innerHTML = '<main><p id="a">Mã hồ sơ</p></main><aside id="b">Xem</aside>';
    const index = createContentIndex();
    const main = document.querySelector('main') as Element;
    const a = document.getElementById('a') as Element;
    const b = document.getElementById('b') as Element;
    expect(index.has(a)).toBe(false);
    for (const _ of index.prepare(main)) {
      // every step at once
    }
    expect(index.has(main)).toBe(true);
    expect(index.has(a)).toBe(true);
    expect(index.has(b)).toBe(false);
  });
});

describe('getRole without a role attribute', () => {
  it('reads the implicit role; a blank role attribute counts as none', () => {
    document.body.innerHTML = '<button id="x">A</button><button id="y" role="  ">B</button><div id="z" role=" Tab  link">C</div>';
    expect(getRole(document.getElementById('x') as Element)).toBe('button');
    expect(getRole(document.getElementById('y') as Element)).toBe('button');
    expect(getRole(document.getElementById('z') as Element)).toBe('tab');
  });
});
