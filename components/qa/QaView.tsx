/**
 * "Hỏi đáp": one searchable list of every guide's situations and the town's own questions. Each answer
 * says which guide and step it belongs to and opens the guide there. Search is local (lib/qa): nothing
 * typed leaves the device.
 */
import { useId, useMemo, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ReadonlySignal } from '@preact/signals';
import type { Guide } from '../../lib/guide/schema';
import { t, type Lang } from '../../lib/i18n/comms-messages';
import { guideTextLang } from '../../lib/i18n/guide-lang';
import { buildQaEntries, type QaEntry, type QaTown } from '../../lib/qa/entries';
import { createQaIndex } from '../../lib/qa/search';
import { useAdoptedStyles } from '../adopt-styles';
import { RichText } from '../RichText';
import { SearchBox } from '../SearchBox';
import { qaStyles } from './qa-styles';

export interface QaViewProps {
  guides: readonly Guide[];
  town?: QaTown | null;
  lang: Lang;
  query: ReadonlySignal<string>;
  /** The person typed in the search box (the owner of the query keeps it). */
  onQuery: (query: string) => void;
  onOpen: (guideId: string, stepId?: string) => void;
  headingLevel?: 2 | 3;
  autoFocus?: boolean;
}

function belongs(e: QaEntry, lang: Lang): string {
  if (e.guideTitle === undefined) return '';
  if (e.stepTitle !== undefined && e.stepNumber !== undefined) {
    return t(lang, 'qa.belongsStep', { guide: e.guideTitle, n: e.stepNumber, step: e.stepTitle });
  }
  return t(lang, 'qa.belongsGuide', { guide: e.guideTitle });
}

export function QaView({ guides, town, lang, query, onQuery, onOpen, headingLevel = 2, autoFocus }: QaViewProps): JSX.Element {
  const uid = useId();
  const section = useRef<HTMLElement>(null);
  useAdoptedStyles(section, 'qa', qaStyles);
  const entries = useMemo(() => buildQaEntries(guides, town), [guides, town]);
  const index = useMemo(() => createQaIndex(entries), [entries]);
  const q = query.value;
  const results = q.trim() === '' ? entries : index.search(q, 100);
  const H = `h${headingLevel}` as 'h2';
  const Q = `h${headingLevel + 1}` as 'h3';

  return (
    <section ref={section} class="dvc-qa" aria-labelledby={`${uid}-h`}>
      <H id={`${uid}-h`} class="dvc-h">
        {t(lang, 'qa.heading')}
      </H>
      <p class="dvc-muted">{t(lang, 'qa.intro')}</p>
      <SearchBox label={t(lang, 'qa.searchLabel')} placeholder={t(lang, 'qa.placeholder')} value={q} onQuery={onQuery} autoFocus={autoFocus} />
      <p class="dvc-muted" role="status">
        {q.trim() === '' ? t(lang, 'qa.all', { n: entries.length }) : t(lang, 'qa.results', { n: results.length })}
      </p>
      {results.length === 0 ? (
        <p>{t(lang, 'qa.none', { query: q })}</p>
      ) : (
        <ul class="dvc-qa__list">
          {results.map((e) => (
            <li key={e.key} class="dvc-qa__item">
              {/* Questions are guide and town text, Vietnamese in every guide (the answer's RichText says so too). */}
              <Q class="dvc-h dvc-qa__q" lang={guideTextLang(lang, false)}>
                {e.question}
              </Q>
              {e.from === 'town' && town && <p class="dvc-muted">{t(lang, 'qa.fromTown', { town: town.name })}</p>}
              <RichText source={e.answer} />
              {e.guideId !== undefined && (
                <p class="dvc-qa__where">
                  <span>{belongs(e, lang)}</span>{' '}
                  <button type="button" class="dvc-link-btn" onClick={() => onOpen(e.guideId as string, e.stepId)}>
                    {t(lang, e.stepId !== undefined ? 'qa.open' : 'qa.openGuide')}
                    <span class="dvc-vh">: {e.question}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
