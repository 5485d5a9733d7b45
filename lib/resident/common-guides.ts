/**
 * What the finder lists: with no words typed, the procedures most residents come for first (from the
 * ward support teams' counts: birth registration, permanent residence, criminal record certificate, the
 * VNeID login every online procedure needs, and looking a dossier up), then the rest; with words, the
 * same results as the town widget's search; with no result, the portal's own search.
 */
import type { Guide } from '../guide/schema';
import type { SearchIndex } from '../search/index';
import { portalSearchUrl } from './start-page';

export const COMMON_GUIDE_IDS: readonly string[] = [
  'dang-ky-khai-sinh',
  'dang-ky-thuong-tru',
  'cap-phieu-ly-lich-tu-phap',
  'dang-nhap-vneid',
  'tra-cuu-ho-so',
];

export type FinderList =
  | { kind: 'browse'; common: readonly Guide[]; others: readonly Guide[] }
  | { kind: 'found'; guides: readonly Guide[] }
  | { kind: 'none'; query: string; portalSearch: string };

export function finderList(guides: readonly Guide[], index: SearchIndex<Guide>, query: string): FinderList {
  const q = query.trim();
  if (q === '') {
    const byId = new Map(guides.map((g) => [g.id, g] as const));
    const common = COMMON_GUIDE_IDS.flatMap((id) => byId.get(id) ?? []);
    return { kind: 'browse', common, others: guides.filter((g) => !COMMON_GUIDE_IDS.includes(g.id)) };
  }
  const found = index.search(q);
  return found.length > 0 ? { kind: 'found', guides: found } : { kind: 'none', query: q, portalSearch: portalSearchUrl(q) };
}
