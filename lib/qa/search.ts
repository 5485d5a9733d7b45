/**
 * Searching the Q&A list the way the catalog is searched (lib/search: no diacritics needed, ký = kí,
 * word prefixes): the question matters most, then where it belongs, then the answer's words.
 */
import { richTextPlain } from '../guide/richtext';
import { createSearchIndex, type SearchIndex } from '../search/index';
import type { QaEntry } from './entries';

export function createQaIndex(entries: readonly QaEntry[]): SearchIndex<QaEntry> {
  return createSearchIndex(entries, (e) => [
    { text: e.question, weight: 3 },
    { text: [e.guideTitle ?? '', e.stepTitle ?? ''].join(' '), weight: 2 },
    { text: richTextPlain(e.answer), weight: 1 },
  ]);
}
