/**
 * The searchable list of guides (no `guide` attribute). Search folds diacritics and the i/y spelling,
 * so "thuong tru" finds "Đăng ký thường trú". Nothing typed here leaves the page: the search is local.
 */
import { useId, useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import type { IndexEntry } from '../lib/guide/published';
import { t } from '../lib/i18n/info-messages';
import type { Lang } from '../lib/i18n/info-messages';
import { createGuideIndex } from '../lib/search/guide-fields';
import type { ReadonlySignal } from '@preact/signals';
import { guideSummary, guideTitle } from './guide-text';
import { SearchBox } from '../components/SearchBox';

export interface CatalogViewProps {
  guides: readonly IndexEntry[];
  lang: Lang;
  query: ReadonlySignal<string>;
  /** The person typed in the search box (the owner of the query keeps it). */
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
  /** Focus the search box on mount (coming back from a guide). */
  autoFocus?: boolean;
}

export function CatalogView({ guides, lang, query, onQuery, onOpen, autoFocus }: CatalogViewProps): JSX.Element {
  const uid = useId();
  const index = useMemo(() => createGuideIndex(guides), [guides]);
  const q = query.value;
  const results = q.trim() === '' ? guides : index.search(q);

  if (guides.length === 0) return <p>{t(lang, 'widget.empty')}</p>;

  return (
    <div class="dvc-catalog dvc-screen">
      <SearchBox label={t(lang, 'search.label')} placeholder={t(lang, 'search.placeholder')} value={q} onQuery={onQuery} autoFocus={autoFocus} />
      <p class="dvc-muted dvc-results__count" role="status">
        {q.trim() === '' ? t(lang, 'search.all') : t(lang, 'search.results', { n: results.length })}
      </p>
      {results.length === 0 ? (
        <div>
          <p>{t(lang, 'search.noResults', { query: q })}</p>
          <p class="dvc-muted">{t(lang, 'search.noResultsHelp')}</p>
        </div>
      ) : (
        <ul class="dvc-results">
          {results.map((g) => (
            <li key={g.id} class="dvc-result">
              <button type="button" class="dvc-result__btn" aria-describedby={`${uid}-${g.id}`} onClick={() => onOpen(g.id)}>
                {guideTitle(g, lang)}
              </button>
              <p id={`${uid}-${g.id}`} class="dvc-result__summary">
                {guideSummary(g, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
