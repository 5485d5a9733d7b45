/**
 * One guide on the town website: what it is, the facts, the papers to tick (remembered on this device),
 * the step-by-step list, where to get help, and a note on the extension for help on the portal itself.
 */
import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { DocumentChecklist } from '../components/DocumentChecklist';
import type { LeafletPaper } from '../components/leaflet/LeafletButton';
import { ProcedureFacts } from '../components/ProcedureFacts';
import { StepList } from '../components/StepList';
import { createStepListModel } from '../components/step-list-model';
import { focusStep, stepListIds } from '../components/open-step';
import type { Guide } from '../lib/guide/schema';
import type { TownProfile } from '../lib/town/schema';
import { t } from '../lib/i18n/info-messages';
import type { Lang } from '../lib/i18n/info-messages';
import { guideSummary, guideTitle, PORTAL_PAGE } from './guide-text';
import { guideExtrasChunk, useChunk } from './use-chunk';
import type { TicksModel } from './ticks-model';

export interface GuideViewProps {
  guide: Guide;
  lang: Lang;
  compact: boolean;
  ticks: TicksModel;
  onPrint: () => void;
  /** Present when the guide was opened from the catalog: the way back. */
  onBack?: () => void;
  autoFocus?: boolean;
  /** Open at this step (an answer in Hỏi đáp links to it): expanded, scrolled to and focused. */
  openStep?: string | null;
  /** Opened from Hỏi đáp: the way back says so. */
  fromQa?: boolean;
  /** Prints the one-page leaflet ("In tờ hướng dẫn"). */
  onLeaflet?: (format: LeafletPaper) => Promise<void>;
  /** The `leaflet-url` attribute: with it or without, "In tờ hướng dẫn" prints this guide's leaflet. */
  leafletUrl?: string | null;
  /** The town's own help, shown with the guide's help. */
  town?: TownProfile | null;
}

export function GuideView({ guide, lang, compact, ticks, onPrint, onBack, autoFocus, openStep, fromQa, onLeaflet, leafletUrl, town }: GuideViewProps): JSX.Element {
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const checked = ticks.checked.value;
  const portalId = guide.procedure?.portalId;

  // A layout effect runs before the checkboxes can be clicked: a tick made at once still belongs to this
  // guide (a plain effect ran after paint, and a fast first click was dropped).
  useLayoutEffect(() => {
    void ticks.select(guide.id);
  }, [guide.id]);
  // Help, the leaflet button and the print view: their own file, asked for now, after the steps.
  const extras = useChunk(guideExtrasChunk, true);
  // The print view is in that file: printing waits for it (a click before it arrived still prints it).
  const print = (): void => {
    if (extras) onPrint();
    else void guideExtrasChunk().then(() => requestAnimationFrame(() => onPrint()));
  };
  const stepsRef = useRef<HTMLElement>(null);
  const stepModel = useMemo(() => createStepListModel(stepListIds(guide), openStep ? [openStep] : []), [guide.id, openStep]);
  // Focus moves as the view is drawn, not a frame later: a later move would undo a key pressed meanwhile.
  useLayoutEffect(() => {
    if (!focusStep(stepsRef.current, guide, openStep) && autoFocus) heading.current?.focus();
  }, [guide.id, openStep]);

  return (
    <article class="dvc-guide" aria-labelledby={`${uid}-t`}>
      <div class="dvc-screen">
        {onBack && (
          <p>
            <button type="button" class="dvc-link-btn dvc-back" onClick={onBack}>
              ← {fromQa ? t(lang, 'widget.backToQa') : t(lang, 'widget.backToList')}
            </button>
          </p>
        )}
        <h2 id={`${uid}-t`} class="dvc-h dvc-guide__title" tabIndex={-1} ref={heading}>
          {guideTitle(guide, lang)}
        </h2>
        <p class="dvc-guide__summary">{guideSummary(guide, lang)}</p>
        {ticks.memoryOnly.value && <p class="dvc-quiet">{t(lang, 'widget.storageMemory')}</p>}
        {guide.procedure && !compact && (
          <ProcedureFacts procedure={guide.procedure} lang={lang} reviewedAt={guide.reviewedAt} headingLevel={3} />
        )}
        {compact && portalId && (
          <p>
            <a href={PORTAL_PAGE + portalId} target="_blank" rel="noopener noreferrer">
              {t(lang, 'facts.openOnPortal')}
            </a>
          </p>
        )}
        <DocumentChecklist
          documents={guide.documents}
          lang={lang}
          checked={checked}
          onToggle={(id, on) => void ticks.toggle(guide.id, id, on)}
          onPrint={print}
          headingLevel={3}
        />
        <section ref={stepsRef} class="dvc-guide__steps" aria-labelledby={`${uid}-s`}>
          <h3 id={`${uid}-s`} class="dvc-h">
            {t(lang, 'steps.heading')}
          </h3>
          <StepList steps={guide.steps} routes={guide.routes} lang={lang} headingLevel={4} model={stepModel} detailsWhenOpen />
        </section>
        {extras && <extras.GuideBelowSteps guide={guide} lang={lang} compact={compact} checked={checked} onLeaflet={onLeaflet} leafletUrl={leafletUrl} town={town} />}
        <p class="dvc-muted dvc-ext">{t(lang, 'widget.extension')}</p>
      </div>
      {extras && <extras.PrintView guide={guide} lang={lang} checked={checked} />}
    </article>
  );
}
