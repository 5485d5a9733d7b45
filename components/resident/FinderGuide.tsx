/**
 * One guide opened in the finder: what it is for, "Mở trên Cổng Dịch vụ công", the fee and time, and the
 * papers to prepare with ticks. Focus moves to its title so a screen-reader user hears where they are.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { DocumentChecklist } from '../DocumentChecklist';
import { ProcedureFacts } from '../ProcedureFacts';
import type { Guide } from '../../lib/guide/schema';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import type { FinderModel } from '../../lib/resident/finder-model';
import { guideSummary, guideTitle } from './guide-text';

export interface FinderGuideProps {
  model: FinderModel;
  guide: Guide;
  lang: Lang;
  headingLevel: 2 | 3;
}

export function FinderGuide({ model, guide, lang, headingLevel }: FinderGuideProps): JSX.Element {
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const H = `h${headingLevel}` as 'h2';
  // The shared facts and papers sections go down to h3.
  const sub = Math.min(headingLevel + 1, 3) as 2 | 3;
  const open = model.open.value;
  const startUrl = model.startUrl.value;

  // Focus moves as the view is drawn, not a frame later: a later move would undo a key pressed meanwhile.
  useLayoutEffect(() => {
    heading.current?.focus();
  }, [guide.id]);

  return (
    <article class="dvc-fguide" aria-labelledby={`${uid}-t`}>
      <p>
        <button type="button" class="dvc-link-btn" onClick={model.back}>
          ← {t(lang, 'finder.back')}
        </button>
      </p>
      <H id={`${uid}-t`} class="dvc-h" tabIndex={-1} ref={heading}>
        {guideTitle(guide, lang)}
      </H>
      <p>{guideSummary(guide, lang)}</p>
      {startUrl ? (
        <p>
          <button
            type="button"
            class="dvc-btn dvc-btn--primary dvc-fguide__open"
            disabled={open.state === 'opening'}
            onClick={() => void model.openOnPortal()}
          >
            {t(lang, 'finder.open')}
          </button>
        </p>
      ) : (
        <p class="dvc-tip">{t(lang, 'finder.noStartPage')}</p>
      )}
      <p role="status" class={open.state === 'failed' ? 'dvc-notice' : 'dvc-fguide__status'}>
        {open.state === 'opening' && t(lang, 'finder.opening')}
        {open.state === 'opened' && t(lang, 'finder.opened')}
        {open.state === 'failed' && t(lang, 'finder.openFailed', { reason: open.reason })}
      </p>
      {guide.procedure && <ProcedureFacts procedure={guide.procedure} lang={lang} reviewedAt={guide.reviewedAt} headingLevel={sub} />}
      <DocumentChecklist
        documents={guide.documents}
        lang={lang}
        checked={model.checked.value}
        onToggle={(id, on) => void model.toggle(id, on)}
        headingLevel={sub}
      />
    </article>
  );
}
