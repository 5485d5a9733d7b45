import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Block, Inline } from './richtext-types';
import { checkLinkUrl, parseRichText, richTextPlain } from './richtext';

function links(blocks: Block[]): string[] {
  const out: string[] = [];
  const walk = (inlines: Inline[]): void => {
    for (const t of inlines) {
      if (t.type === 'link') out.push(t.href);
      if (t.type !== 'text') walk(t.children);
    }
  };
  for (const b of blocks) {
    if (b.type === 'paragraph') walk(b.children);
    else b.items.forEach(walk);
  }
  return out;
}

describe('parseRichText', () => {
  it('shows HTML as the characters the author typed', () => {
    const src = '<script>alert(1)</script> và <img src=x onerror=alert(1)>';
    const { blocks, problems } = parseRichText(src);
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: src }] }]);
    expect(problems).toEqual([]);
  });

  it('keeps a link to an allow-listed https host', () => {
    const { blocks, problems } = parseRichText('Xem [hướng dẫn](https://dichvucong.gov.vn/p/home/dvc-trang-chu.html).');
    expect(problems).toEqual([]);
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Xem ' },
        { type: 'link', href: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', children: [{ type: 'text', text: 'hướng dẫn' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it.each([
    ['javascript:alert(1)', 'link-scheme'],
    ['JaVaScRiPt:alert(document.cookie)', 'link-scheme'],
    ['data:text/html,hi', 'link-scheme'],
    ['https://example.com/', 'link-host'],
    ['https://dichvucong.gov.vn.evil.example/', 'link-host'],
    ['http://chinhphu.vn/', 'link-scheme'],
    ['https://user@dichvucong.gov.vn/', 'link-malformed'],
    ['//dichvucong.gov.vn/', 'link-malformed'],
  ])('refuses %s (%s) and keeps the link text as plain text', (url, code) => {
    const { blocks, problems } = parseRichText(`Bấm [vào đây](${url}) nhé`);
    expect(problems).toEqual([{ code, url }]);
    expect(links(blocks)).toEqual([]);
    expect(richTextPlain(`Bấm [vào đây](${url}) nhé`)).toBe('Bấm vào đây nhé');
  });

  it('allows http only to portal hosts (the local sandbox)', () => {
    expect(links(parseRichText('[a](http://dichvucong.gov.vn/x)').blocks)).toEqual(['http://dichvucong.gov.vn/x']);
  });

  it('reads bold, paragraphs and both list kinds', () => {
    const { blocks } = parseRichText('Chuẩn bị **bản chính**:\n- Căn cước\n- Giấy chứng sinh\n\n1. Đăng nhập\n2. Nộp');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Chuẩn bị ' }, { type: 'bold', children: [{ type: 'text', text: 'bản chính' }] }, { type: 'text', text: ':' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Căn cước' }], [{ type: 'text', text: 'Giấy chứng sinh' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Đăng nhập' }], [{ type: 'text', text: 'Nộp' }]] },
    ]);
  });

  it('leaves unclosed markers as text', () => {
    expect(richTextPlain('**chưa đóng và [x](')).toBe('**chưa đóng và [x](');
  });

  it('never throws and never lets a refused URL become a link', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { blocks } = parseRichText(s);
        for (const href of links(blocks)) expect(checkLinkUrl(href).ok).toBe(true);
      }),
    );
  });
});

describe('richTextPlain', () => {
  it('gives text for search and read-aloud, without markers or URLs', () => {
    expect(richTextPlain('Gọi **1800 1096** hoặc xem [trang](https://chinhphu.vn/)\n\n1. Một\n2. Hai')).toBe(
      'Gọi 1800 1096 hoặc xem trang\n\n1. Một\n2. Hai',
    );
  });
});
