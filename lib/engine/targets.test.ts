// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TargetStrategy } from '../guide/schema';
import { createSearchScope, describeStrategy, describeTarget, findTarget, findVisibleText, isElementVisible } from './targets';

function setBody(html: string): void {
  document.body.innerHTML = html;
}

function byId(id: string): Element {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

function find(...strategies: TargetStrategy[]): Element | null {
  return findTarget(document, strategies)?.element ?? null;
}

beforeEach(() => setBody(''));

describe('findTarget: strategy order', () => {
  it('tries strategies in order and reports which one matched', () => {
    setBody('<button id="by-text">Nộp hồ sơ</button><button id="by-test" data-e2e="confirm-button-information">Xác nhận</button>');
    const result = findTarget(document, [
      { id: 'missing' },
      { testId: 'confirm-button-information' },
      { text: 'Nộp hồ sơ', role: 'button' },
    ]);
    expect(result?.element).toBe(byId('by-test'));
    expect(result?.index).toBe(1);
    expect(result?.strategy).toEqual({ testId: 'confirm-button-information' });
  });

  it('returns null when nothing matches', () => {
    setBody('<button>Nộp hồ sơ</button>');
    expect(findTarget(document, [{ text: 'Thanh toán' }, { id: 'nope' }])).toBeNull();
  });

  it('finds by name, formcontrolname, id and css', () => {
    setBody(`<input id="phone" name="soDienThoai"><mat-select id="agency" formcontrolname="agency1"></mat-select>
      <button id="next">Tiếp tục</button><button id="send" form="captchaForm">Nộp hồ sơ</button>`);
    expect(find({ name: 'soDienThoai' })).toBe(byId('phone'));
    expect(find({ formControl: 'agency1' })).toBe(byId('agency'));
    expect(find({ id: 'next' })).toBe(byId('next'));
    expect(find({ css: 'button[form="captchaForm"]' })).toBe(byId('send'));
  });

  it('an invalid css selector is no match, never an exception, and later strategies still run', () => {
    setBody('<button id="b">Nộp hồ sơ</button>');
    expect(() => find({ css: 'button[[' })).not.toThrow();
    expect(find({ css: 'button[[' })).toBeNull();
    expect(find({ css: ':::' }, { text: 'Nộp hồ sơ' })).toBe(byId('b'));
  });

  it('a strategy with only `near` or `role` matches nothing rather than everything', () => {
    setBody('<button>Nộp hồ sơ</button>');
    expect(find({ near: 'Nộp' })).toBeNull();
  });
});

describe('findTarget: text and role', () => {
  it('gives the button, not the span inside it, for a role=button match', () => {
    setBody('<div><button id="b"><div><span id="s">Nộp hồ sơ</span></div></button></div>');
    expect(find({ text: 'Nộp hồ sơ', role: 'button' })).toBe(byId('b'));
  });

  it('without a role prefers the control over headings and containers with the same text', () => {
    setBody(`<h4 id="h">Nộp hồ sơ</h4><p>Bấm <b>Nộp hồ sơ</b> để bắt đầu.</p>
      <div class="card"><div><a id="a" href="/nop"><span>Nộp hồ sơ</span></a></div></div>`);
    expect(find({ text: 'Nộp hồ sơ' })).toBe(byId('a'));
  });

  it('without any control, gives the innermost element showing the text', () => {
    setBody('<section><div><div><h4 id="h">Thành phần hồ sơ</h4></div></div></section>');
    expect(find({ text: 'thành phần hồ sơ' })).toBe(byId('h'));
  });

  it('prefers a whole-name match over a longer name that contains the text', () => {
    setBody('<a id="help" href="/ho-tro">Hướng dẫn nộp hồ sơ</a><button id="b">Nộp hồ sơ</button>');
    expect(find({ text: 'Nộp hồ sơ' })).toBe(byId('b'));
    setBody('<a id="help" href="/ho-tro">Hướng dẫn nộp hồ sơ</a>');
    expect(find({ text: 'Nộp hồ sơ' })).toBe(byId('help'));
    expect(find({ text: 'Nộp hồ sơ', exact: true })).toBeNull();
  });

  it('still finds by text and role when class names are gone and wrappers are added', () => {
    const before = '<div class="grid grid-cols-12"><button class="bg-primary px-3" id="b">Nộp trực tuyến</button></div>';
    const after = '<div><div><div><div role="button" tabindex="0" id="b"><div><span>Nộp</span> <span>trực tuyến</span></div></div></div></div></div>';
    setBody(before);
    expect(find({ text: 'Nộp trực tuyến', role: 'button' })?.id).toBe('b');
    setBody(after);
    expect(find({ text: 'Nộp trực tuyến', role: 'button' })?.id).toBe('b');
  });

  it("matches despite the portal's odd spacing, and plain <li> options in a listbox", () => {
    setBody(`<button id="combo" aria-haspopup="listbox"><span>-- Chọn Tỉnh/ Thành phố --</span></button>
      <ul role="listbox"><li id="ha-noi">Thành phố Hà Nội</li><li id="nghe-an">Tỉnh Nghệ An</li></ul>`);
    expect(find({ text: 'Chọn Tỉnh/Thành phố', role: 'button' })).toBe(byId('combo'));
    expect(find({ text: 'Nghệ An', role: 'option' })).toBe(byId('nghe-an'));
  });

  it('looks into open shadow roots, recursively, but not closed ones', () => {
    setBody('<x-outer id="outer"></x-outer><x-closed id="closed"></x-closed>');
    const outer = byId('outer').attachShadow({ mode: 'open' });
    outer.innerHTML = '<div><x-inner id="inner-host"></x-inner></div>';
    const innerHost = outer.getElementById('inner-host');
    if (!innerHost) throw new Error('no inner host');
    const inner = innerHost.attachShadow({ mode: 'open' });
    inner.innerHTML = '<button id="deep">Xác nhận chia sẻ</button><input name="passcode">';
    byId('closed').attachShadow({ mode: 'closed' }).innerHTML = '<button id="hidden-away">Đăng xuất</button>';

    expect(find({ text: 'Xác nhận chia sẻ', role: 'button' })).toBe(inner.getElementById('deep'));
    expect(find({ css: 'input[name=passcode]' })).toBe(inner.querySelector('input'));
    expect(find({ text: 'Đăng xuất' })).toBeNull();
  });

  it('never returns anything inside our own overlay', () => {
    setBody('<dvc-guide-overlay><button>Tiếp theo</button></dvc-guide-overlay>');
    const overlay = document.querySelector('dvc-guide-overlay');
    overlay?.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('button'), { textContent: 'Tiếp theo' }));
    expect(find({ text: 'Tiếp theo', role: 'button' })).toBeNull();
    expect(find({ css: 'button' })).toBeNull();
  });
});

describe('findTarget: visibility', () => {
  it('skips hidden matches and takes the first visible one in document order', () => {
    setBody(`
      <button hidden>Xác nhận</button>
      <div aria-hidden="true"><button>Xác nhận</button></div>
      <div inert><button>Xác nhận</button></div>
      <div style="display:none"><button>Xác nhận</button></div>
      <button style="visibility:hidden">Xác nhận</button>
      <button id="ok">Xác nhận</button>`);
    expect(find({ text: 'Xác nhận', role: 'button' })).toBe(byId('ok'));
  });

  it('uses an injected isVisible', () => {
    setBody('<button id="a">Xác nhận</button><button id="b">Xác nhận</button>');
    const result = findTarget(document, [{ text: 'Xác nhận' }], { isVisible: (el) => el.id === 'b' });
    expect(result?.element).toBe(byId('b'));
  });

  it('with real layout, a zero-size box is invisible; without layout it is not judged by size', () => {
    setBody('<button id="b">Xác nhận</button>');
    const button = byId('b');
    expect(isElementVisible(button)).toBe(true);
    const box = (w: number, h: number): DOMRect => ({ x: 0, y: 0, width: w, height: h, top: 0, left: 0, right: w, bottom: h, toJSON: () => ({}) });
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(box(1280, 800));
    expect(isElementVisible(button)).toBe(false);
    vi.spyOn(button, 'getBoundingClientRect').mockReturnValue(box(120, 40));
    expect(isElementVisible(button)).toBe(true);
  });

  it('a detached element is not visible', () => {
    expect(isElementVisible(document.createElement('button'))).toBe(false);
  });
});

describe('findTarget: label', () => {
  it('finds a form control by <label for>, wrapping label, aria-label and placeholder', () => {
    setBody(`
      <label for="ho-ten">Họ và tên</label><input id="ho-ten">
      <label>Số điện thoại <input id="sdt"></label>
      <input id="cccd" aria-label="Số định danh cá nhân">
      <input id="otp" placeholder="Nhập mã xác nhận">`);
    expect(find({ label: 'họ và tên' })).toBe(byId('ho-ten'));
    expect(find({ label: 'Số điện thoại' })).toBe(byId('sdt'));
    expect(find({ label: 'Số định danh cá nhân' })).toBe(byId('cccd'));
    expect(find({ label: 'Nhập mã xác nhận' })).toBe(byId('otp'));
  });

  it('prefers the field whose label is exactly the text', () => {
    setBody(`<label for="cha">Họ và tên cha</label><input id="cha"><label for="con">Họ và tên</label><input id="con">`);
    expect(find({ label: 'Họ và tên' })).toBe(byId('con'));
  });

  it('points at the visible label when the real checkbox is hidden by styling', () => {
    setBody('<label id="lbl"><input id="cb" type="checkbox" style="display:none"> Tôi đã đọc và hiểu rõ</label>');
    expect(find({ label: 'Tôi đã đọc và hiểu rõ' })).toBe(byId('lbl'));
  });
});

describe('findTarget: near', () => {
  const cards = `
    <p>Thủ tục do UBND cấp xã hoặc Sở Tư pháp thực hiện.</p>
    <div id="list">
      <div class="grid grid-cols-12"><div>Cơ quan thực hiện: Sở Tư pháp</div><button id="so">Nộp trực tuyến</button></div>
      <div class="grid grid-cols-12"><div><span>Cơ quan thực hiện:</span> <span>UBND xã Hưng Nguyên</span></div>
        <div><button id="ubnd">Nộp trực tuyến</button></div></div>
    </div>`;

  it('picks the button inside the card that mentions the near text', () => {
    setBody(cards);
    expect(find({ text: 'Nộp trực tuyến', role: 'button', near: 'Cơ quan thực hiện: UBND' })).toBe(byId('ubnd'));
    expect(find({ text: 'Nộp trực tuyến', role: 'button', near: 'Cơ quan thực hiện: Sở' })).toBe(byId('so'));
  });

  it('finds nothing when no card mentions the near text', () => {
    setBody(cards);
    expect(find({ text: 'Nộp trực tuyến', role: 'button', near: 'Bộ Công an' })).toBeNull();
  });

  it('does not fall back to another card when the right card has no visible button yet', () => {
    setBody(cards);
    byId('ubnd').setAttribute('hidden', '');
    expect(find({ text: 'Nộp trực tuyến', role: 'button', near: 'Cơ quan thực hiện: UBND' })).toBeNull();
    // "UBND" is also mentioned in the paragraph above the cards; that mention must not widen the scope.
    expect(find({ text: 'Nộp trực tuyến', role: 'button', near: 'UBND' })).toBeNull();
    byId('ubnd').removeAttribute('hidden');
    expect(find({ text: 'Nộp trực tuyến', role: 'button', near: 'UBND' })).toBe(byId('ubnd'));
  });
});

describe('findVisibleText', () => {
  it('ignores text in hidden elements and in the overlay', () => {
    setBody('<div hidden>Gửi hồ sơ thành công</div><dvc-guide-overlay>Gửi hồ sơ thành công</dvc-guide-overlay>');
    expect(findVisibleText(document, 'Gửi hồ sơ thành công')).toBeNull();
    setBody('<div hidden>x</div><div id="ok"><h3>Gửi hồ sơ <b>thành công</b></h3></div>');
    expect(findVisibleText(document, 'gửi hồ sơ thành công')?.tagName).toBe('H3');
  });
});

describe('one search scope for a whole check', () => {
  const text = fc.constantFrom('Nộp hồ sơ', 'Mã hồ sơ:', 'UBND xã', 'Sở Tư pháp', 'Trạng thái', ' ', 'hoà', 'Hòa');
  const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(
          fc.constantFrom('div', 'span', 'p', 'button', 'a href="#x"', 'label', 'h2', 'div hidden', 'span aria-label="Nộp hồ sơ"', 'li'),
          fc.array(tie('node'), { maxLength: 4 }),
        )
        .map(([t, kids]) => `<${t}>${kids.join('')}</${t.split(' ')[0]}>`),
    ),
  })).node;
  const strategies: TargetStrategy[][] = [
    [{ text: 'Nộp hồ sơ' }],
    [{ text: 'Nộp hồ sơ', role: 'button' }],
    [{ text: 'UBND xã', exact: true }],
    [{ text: 'Trạng thái', near: 'Sở Tư pháp' }],
    [{ css: 'button' }, { text: 'hoà' }],
    [{ role: 'link', text: 'Mã hồ sơ' }],
  ];

  it('gives every question of the check the answer a search of its own gives (random pages)', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (kids) => {
        setBody(`<main>${kids.join('')}</main>`);
        const scope = createSearchScope(document);
        for (const s of strategies) {
          const alone = findTarget(document, s, { isVisible: () => true });
          const shared = findTarget(document, s, { isVisible: () => true, scope });
          expect(shared?.element).toBe(alone?.element);
          expect(shared?.index).toBe(alone?.index);
        }
        for (const t of ['Nộp hồ sơ', 'Sở Tư pháp', 'xã Sở']) {
          expect(findVisibleText(document, t, { isVisible: () => true, scope })).toBe(findVisibleText(document, t, { isVisible: () => true }));
        }
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });
});

describe('describeStrategy', () => {
  it('describes targets in words a resident understands, vi and en', () => {
    expect(describeStrategy({ text: 'Nộp hồ sơ', role: 'button' })).toBe('nút “Nộp hồ sơ”');
    expect(describeStrategy({ text: 'Nộp hồ sơ', role: 'button' }, 'en')).toBe('button “Nộp hồ sơ”');
    expect(describeStrategy({ label: 'Họ và tên' })).toBe('ô “Họ và tên”');
    expect(describeStrategy({ text: 'Nộp trực tuyến', role: 'button', near: 'UBND' }, 'vi')).toBe('nút “Nộp trực tuyến” (gần “UBND”)');
    expect(describeTarget([{ css: '#kt_gui-ho-so' }, { text: 'Gửi hồ sơ', role: 'button' }])).toBe('nút “Gửi hồ sơ”');
    expect(describeTarget([{ css: '#kt_gui-ho-so' }], 'en')).not.toContain('#');
  });
});

// The repo's sibling folder ../shared/portal (read, never copied).
const capture = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/portal/captures/detail-khai-sinh.html');
const hasCapture = existsSync(capture);
if (!hasCapture) console.warn(`[targets.test] skipping real-page tests: ${capture} not found (../shared/portal absent)`);

describe.skipIf(!hasCapture)('findTarget on the captured portal page (detail-khai-sinh)', () => {
  it('finds the submit button and the province picker by text and role', () => {
    const html = readFileSync(capture, 'utf8')
      .replace(/<script[\s\S]*?<\/script>/gi, '')
      .replace(/<link[^>]*>/gi, '');
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    setBody(body);
    const submit = find({ text: 'Nộp hồ sơ', role: 'button' });
    expect(submit?.tagName).toBe('BUTTON');
    expect(submit?.textContent?.trim()).toBe('Nộp hồ sơ');
    const picker = find({ text: 'Chọn Tỉnh/Thành phố', role: 'button' });
    expect(picker?.getAttribute('aria-haspopup')).toBe('listbox');
  });
});
