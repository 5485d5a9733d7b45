/**
 * The guide running in the tab beside the side panel: "Bước N/M" and its step list with the current step
 * open, moving when the overlay's card moves (both read the same stored run).
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { StepList } from '../StepList';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import type { RunningGuide as Running } from '../../lib/resident/tab-run-model';
import { guideTitle } from './guide-text';

export interface RunningGuideProps {
  running: Running;
  lang: Lang;
}

export function RunningGuide({ running, lang }: RunningGuideProps): JSX.Element {
  const uid = useId();
  const finished = running.completed.size >= running.m && running.completed.has(running.current.id);
  return (
    <section class="dvc-running" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`} class="dvc-h">
        {t(lang, 'running.heading')}
      </h2>
      <p class="dvc-running__guide">{guideTitle(running.guide, lang)}</p>
      <p class="dvc-running__step" aria-live="polite">
        {finished ? t(lang, 'running.finished') : t(lang, 'running.step', { n: running.n, m: running.m, title: running.current.title })}
      </p>
      <StepList steps={running.steps} lang={lang} currentStepId={running.current.id} completed={running.completed} headingLevel={3} />
    </section>
  );
}
