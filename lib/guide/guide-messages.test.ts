import { describe, expect, it } from 'vitest';
import type { Guide } from './schema';
import { selectGuides } from './guide-messages';

const guide = (id: string, startPage: string, stepPage?: string): Guide => ({
  id,
  version: 1,
  title: id,
  summary: id,
  reviewedAt: '2026-11-26',
  sources: [{ title: 'Cổng Dịch vụ công' }],
  startPages: [startPage],
  documents: [],
  steps: [{ id: 'a', title: 'A', ...(stepPage ? { page: [stepPage] } : {}) }],
  help: { hotline: '18001096' },
});

describe('selecting the guides a page needs', () => {
  const all = [
    guide('khai-sinh', 'dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', 'dichvucongnganhtuphap.moj.gov.vn/**'),
    guide('thuong-tru', 'dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-7704-7449-9e95-fe7ebb959aa2'),
    guide('tra-cuu', 'dichvucong.gov.vn/tra-cuu-ho-so'),
  ];

  it('gives every guide without a filter (the side panel)', () => {
    expect(selectGuides(all, undefined).map((g) => g.id)).toEqual(['khai-sinh', 'thuong-tru', 'tra-cuu']);
  });

  it('gives a portal page only the guides that start or have a step there', () => {
    const onKhaiSinh = selectGuides(all, { href: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7' });
    expect(onKhaiSinh.map((g) => g.id)).toEqual(['khai-sinh']);
    const onMinistry = selectGuides(all, { href: 'https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/1.001193' });
    expect(onMinistry.map((g) => g.id)).toEqual(['khai-sinh']);
  });

  it('adds guides asked for by id (a resumed run on a page its steps do not name)', () => {
    expect(selectGuides(all, { href: 'https://dichvucong.gov.vn/', ids: ['tra-cuu'] }).map((g) => g.id)).toEqual(['tra-cuu']);
  });
});
