/**
 * The resident's guide finder: a search box (diacritics optional, as in the town widget), the common
 * procedures first, and one guide opened in place. Used by the side panel and the welcome page.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Guide } from '../../lib/guide/schema';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import type { FinderModel } from '../../lib/resident/finder-model';
import { FinderGuide } from './FinderGuide';
import { guideSummary, guideTitle } from './guide-text';
import { NoGuideFound } from './NoGuideFound';
import { SearchBox, type SearchBoxClasses } from '../SearchBox';

// Larger than the widget's search: it is the first thing on the welcome page and the side panel.
const FINDER_SEARCH: SearchBoxClasses = { form: 'dvc-finder__search', label: 'dvc-finder__label', hint: 'dvc-finder__hint' };

export interface GuideFinderProps {
  model: FinderModel;
  lang: Lang;
  /** Level of the finder's own headings, to fit the page outline. */
  headingLevel: 2 | 3;
}

function GuideItems({ guides, lang, onOpen }: { guides: readonly Guide[]; lang: Lang; onOpen: (id: string) => void }): JSX.Element {
  const uid = useId();
  return (
    <ul class="dvc-finder__list">
      {guides.map((g) => (
        <li key={g.id} class="dvc-finder__item">
          <button type="button" class="dvc-finder__btn" data-guide={g.id} aria-describedby={`${uid}-${g.id}`} onClick={() => onOpen(g.id)}>
            {guideTitle(g, lang)}
          </button>
          <p id={`${uid}-${g.id}`} class="dvc-finder__summary">
            {guideSummary(g, lang)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function GuideFinder({ model, lang, headingLevel }: GuideFinderProps): JSX.Element {
  const uid = useId();
  const root = useRef<HTMLDivElement>(null);
  const opened = useRef<string | null>(null);
  const H = `h${headingLevel}` as 'h2';
  const selected = model.selected.value;

  // Back from a guide, focus returns to the guide's button in the list, not to the top of the page.
  // Focus moves as the view is drawn, not a frame later: a later move would undo a key pressed meanwhile.
  useLayoutEffect(() => {
    if (selected) {
      opened.current = selected.id;
      return;
    }
    if (!opened.current) return;
    root.current?.querySelector<HTMLElement>(`[data-guide="${CSS.escape(opened.current)}"]`)?.focus();
    opened.current = null;
  }, [selected]);

  if (selected) return <FinderGuide model={model} guide={selected} lang={lang} headingLevel={headingLevel} />;

  const list = model.list.value;
  const open = (id: string): void => void model.select(id);
  const count =
    list.kind === 'browse'
      ? t(lang, 'finder.all', { n: list.common.length + list.others.length })
      : t(lang, 'finder.results', { n: list.kind === 'found' ? list.guides.length : 0 });

  return (
    <div class="dvc-finder" ref={root}>
      <SearchBox
        label={t(lang, 'finder.searchLabel')}
        hint={t(lang, 'finder.searchHint')}
        value={model.query.value}
        onQuery={model.setQuery}
        classes={FINDER_SEARCH}
      />
      {model.loadFailed.value && (
        <p class="dvc-notice" role="alert">
          {t(lang, 'finder.loadFailed')}
        </p>
      )}
      <p class="dvc-muted" role="status">
        {count}
      </p>
      {list.kind === 'browse' &&
        (list.common.length + list.others.length === 0 ? (
          !model.loadFailed.value && <p>{t(lang, 'finder.empty')}</p>
        ) : (
          <>
            {list.common.length > 0 && (
              <section aria-labelledby={`${uid}-c`}>
                <H id={`${uid}-c`} class="dvc-h">
                  {t(lang, 'finder.common')}
                </H>
                <GuideItems guides={list.common} lang={lang} onOpen={open} />
              </section>
            )}
            {list.others.length > 0 && (
              <section aria-labelledby={`${uid}-o`}>
                <H id={`${uid}-o`} class="dvc-h">
                  {t(lang, 'finder.others')}
                </H>
                <GuideItems guides={list.others} lang={lang} onOpen={open} />
              </section>
            )}
          </>
        ))}
      {list.kind === 'found' && <GuideItems guides={list.guides} lang={lang} onOpen={open} />}
      {list.kind === 'none' && <NoGuideFound query={list.query} portalSearch={list.portalSearch} lang={lang} headingLevel={headingLevel} />}
    </div>
  );
}
