/** Answers "which guides are in use" for the overlay and the workspace. */
import type { Guide } from '../../lib/guide/schema';
import { selectGuides, type GuidesRequest, type GuidesResponse } from '../../lib/guide/guide-messages';

/**
 * Every portal page load asks for its page's guides before its first highlight, and matching a page
 * against every step pattern of every guide costs a few milliseconds (4 ms for 15 guides in Node, more
 * in a busy service worker). The answer depends only on the guides in use and the address, so the last
 * few addresses' answers are kept while the guides stay the same objects (a catalog change replaces them).
 */
const MEMO_SIZE = 16;

export function createGuidesRouter(getGuides: () => Promise<readonly Guide[]>): (request: GuidesRequest) => Promise<GuidesResponse> {
  let basis: readonly Guide[] = [];
  const byHref = new Map<string, Guide[]>();
  const sameGuides = (guides: readonly Guide[]): boolean => guides.length === basis.length && guides.every((g, i) => g === basis[i]);

  function select(guides: readonly Guide[], filter: GuidesRequest['filter']): Guide[] {
    const href = filter?.href;
    if (href === undefined || filter?.ids !== undefined) return selectGuides(guides, filter);
    if (!sameGuides(guides)) {
      basis = guides;
      byHref.clear();
    }
    const known = byHref.get(href);
    if (known) return known;
    const selected = selectGuides(guides, filter);
    if (byHref.size >= MEMO_SIZE) byHref.delete(byHref.keys().next().value as string);
    byHref.set(href, selected);
    return selected;
  }

  return async (request) => {
    try {
      return { ok: true, guides: select(await getGuides(), request.filter) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
