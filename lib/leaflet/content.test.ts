import { describe, expect, it } from 'vitest';
import { TEST_GUIDE } from '../../tests/fixtures/test-guide';
import type { Guide } from '../guide/schema';
import { leafletContent, leafletSteps, townPageUrl } from './content';

describe('leaflet content', () => {
  it('puts the guide id into the webmaster address and resolves it against the page', () => {
    expect(townPageUrl('https://phuong.example.vn/thu-tuc/{id}', 'dang-ky-khai-sinh', 'https://x.vn/')).toBe('https://phuong.example.vn/thu-tuc/dang-ky-khai-sinh');
    expect(townPageUrl('/huong-dan?thu-tuc={id}', 'dang-ky-khai-tu', 'https://phuong.example.vn/a/b')).toBe('https://phuong.example.vn/huong-dan?thu-tuc=dang-ky-khai-tu');
  });

  it('refuses an address a QR code must not lead to, and an empty one', () => {
    expect(townPageUrl('javascript:alert(1)//{id}', 'x', 'https://x.vn/')).toBeNull();
    expect(townPageUrl('data:text/html,hi', 'x', 'https://x.vn/')).toBeNull();
    expect(townPageUrl('   ', 'x', 'https://x.vn/')).toBeNull();
    expect(townPageUrl(null, 'x', 'https://x.vn/')).toBeNull();
  });

  it('numbers the main steps, marks optional ones, and prints each route of a fork as one line sharing its number', () => {
    const routed: Pick<Guide, 'steps' | 'routes'> = {
      steps: [
        { id: 'a', title: 'Mở trang' },
        { id: 'nop', title: 'Nộp trực tuyến' },
        { id: 'nhan', title: 'Nhận kết quả', optional: true },
      ],
      routes: [
        { id: 'mot-trang', title: 'Biểu mẫu một trang', after: 'nop', rejoin: 'nhan', steps: [{ id: 'm1', title: 'Điền' }, { id: 'm2', title: 'Lưu và nộp' }] },
        { id: 'bo-tu-phap', title: 'Bộ Tư pháp', after: 'nop', rejoin: 'nhan', steps: [{ id: 'w1', title: 'Bước 1/4' }] },
      ],
    };
    expect(leafletSteps(routed)).toEqual([
      { n: 1, title: 'Mở trang', optional: false },
      { n: 2, title: 'Nộp trực tuyến', optional: false },
      { n: 3, title: 'Biểu mẫu một trang', optional: false, detail: ['Điền', 'Lưu và nộp'] },
      { n: null, title: 'Bộ Tư pháp', optional: false, detail: ['Bước 1/4'] },
      { n: 4, title: 'Nhận kết quả', optional: true },
    ]);
  });

  it('lists fee and time per channel in a fixed order and links the procedure page', () => {
    const c = leafletContent(TEST_GUIDE, { townUrl: 'https://phuong.example.vn/x' });
    expect(c.channels.map((ch) => ch.key)).toEqual(['online', 'postal', 'inPerson']);
    expect(c.portalUrl).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7');
    expect(c.townUrl).toBe('https://phuong.example.vn/x');
    const { procedure: _p, ...howTo } = TEST_GUIDE;
    expect(leafletContent(howTo)).toMatchObject({ channels: [] });
    expect(leafletContent(howTo).portalUrl).toBeUndefined();
  });
});
