import { describe, expect, it } from 'vitest';
import type { Guide } from '../../lib/guide/schema';
import { createGuidesRouter } from './guides-router';

const guide = (id: string, startPage: string, version = 1): Guide =>
  ({ id, version, title: id, startPages: [startPage], steps: [{ id: 'a', title: 'A', body: 'A' }] }) as unknown as Guide;

const PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/123';

describe('the guides a portal page gets', () => {
  it('are the ones for its address, asked again and again', async () => {
    const guides = [guide('khai-sinh', 'dichvucong.gov.vn/thu-tuc-hanh-chinh/*'), guide('tam-tru', 'dichvucong.dancuquocgia.gov.vn/**')];
    const router = createGuidesRouter(async () => guides);
    for (let i = 0; i < 3; i++) {
      const answer = await router({ type: 'guides:get', filter: { href: PAGE } });
      expect(answer.ok && answer.guides.map((g) => g.id)).toEqual(['khai-sinh']);
    }
  });

  it('follow a catalog update at once (a newer guide that starts elsewhere is no longer offered here)', async () => {
    let guides = [guide('khai-sinh', 'dichvucong.gov.vn/thu-tuc-hanh-chinh/*')];
    const router = createGuidesRouter(async () => guides);
    const before = await router({ type: 'guides:get', filter: { href: PAGE } });
    expect(before.ok && before.guides.length).toBe(1);
    guides = [guide('khai-sinh', 'dichvucongnganhtuphap.moj.gov.vn/**', 2)];
    const after = await router({ type: 'guides:get', filter: { href: PAGE } });
    expect(after.ok && after.guides.length).toBe(0);
  });
});
