/**
 * What a guide is found by: one definition for the town widget's catalog and the extension's guide finder,
 * so the same words find the same guides in the same order on both.
 */
import { createSearchIndex, type SearchField, type SearchIndex } from './index';

/** The parts of a guide the search reads (a full guide or a catalog entry). */
export interface GuideSearchable {
  title: string;
  summary: string;
  en?: { title?: string } | undefined;
  procedure?: { name?: string } | undefined;
  /** A catalog entry's copy of `procedure.name`. */
  procedureName?: string | undefined;
  keywords?: readonly string[] | undefined;
}

function guideSearchFields(g: GuideSearchable): SearchField[] {
  return [
    { text: g.title, weight: 3 },
    { text: g.en?.title ?? '', weight: 2 },
    { text: g.procedure?.name ?? g.procedureName ?? '', weight: 2 },
    { text: (g.keywords ?? []).join(' · '), weight: 1 },
    { text: g.summary, weight: 1 },
  ];
}

export function createGuideIndex<T extends GuideSearchable>(guides: readonly T[]): SearchIndex<T> {
  return createSearchIndex(guides, guideSearchFields);
}
