// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { boldNames, namedControls } from './avoid';

afterEach(() => {
  document.body.replaceChildren();
});

/** The fixture's markup, parsed apart and moved into the page. */
function page(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

describe('what the card keeps clear', () => {
  it('keeps clear the line the step names, even split between bold and plain text, but not its whole list', () => {
    page(
      '<div id="list"><div class="grid"><p id="line"><b>Cơ quan thực hiện:</b> UBND Phường Trường Vinh</p><button>Nộp trực tuyến</button></div>' +
        '<div class="grid"><p><b>Cơ quan thực hiện:</b> Sở Tư pháp</p><button>Nộp trực tuyến</button></div></div>',
    );
    const names = boldNames({ body: 'Tìm thẻ có dòng **Cơ quan thực hiện: UBND** rồi bấm **Nộp trực tuyến**.' });
    const found = namedControls(document, names, () => true);
    expect(found.map((el) => el.id || el.tagName)).toEqual(['BUTTON', 'BUTTON', 'line']);
  });

  it('does not take a radio group for the option the step names', () => {
    page('<fieldset id="group"><label id="self"><input type="radio"> Làm thủ tục cho bản thân</label><label><input type="radio"> Người khác ủy quyền</label></fieldset>');
    const found = namedControls(document, boldNames({ body: 'Chọn **Làm thủ tục cho bản thân**.' }), () => true);
    // The option's radio and its label, never the group holding the other options.
    expect(found.map((el) => el.id || el.tagName)).toEqual(['self', 'INPUT']);
  });
});
