import { describe, expect, it } from 'vitest';
import { isCatchAllPattern, validateGuide } from './load';
import { overlayTestGuide } from '../../tests/fixtures/overlay-guide';
import type { Guide } from './schema';

describe('a step with a target on every page of a host', () => {
  it('is told apart from a pattern that names a path, a query or a hash', () => {
    expect(isCatchAllPattern('dichvucong.gov.vn/**')).toBe(true);
    expect(isCatchAllPattern('sso.dancuquocgia.gov.vn/**')).toBe(true);
    expect(isCatchAllPattern('dichvucong.gov.vn/nop-ho-so')).toBe(false);
    expect(isCatchAllPattern('dichvucong.bocongan.gov.vn/bo-cong-an/tiep-nhan-online/**')).toBe(false);
    expect(isCatchAllPattern('lienthong.dichvucong.gov.vn/#/ke-khai/**')).toBe(false);
  });

  it('gets a warning naming the page, and only when the step points at something', () => {
    const guide: Guide = structuredClone(overlayTestGuide);
    delete guide.routes;
    guide.steps = [
      { id: 'nop', title: 'Nộp', page: ['dichvucong.gov.vn/**'], target: [{ text: 'Nộp hồ sơ' }] },
      { id: 'doc', title: 'Đọc', page: ['dichvucong.gov.vn/**'] },
    ];
    const result = validateGuide(guide, 'g.json', { idFromFile: false });
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.warnings.filter((w) => w.code === 'page-catch-all') : [];
    expect(warnings.map((w) => w.path)).toEqual(['steps[0].page[0]']);
    expect(warnings[0]?.vi).toContain('dichvucong.gov.vn/**');
  });
});
