/**
 * What the toolbar button opens in resident mode: the guide running beside the panel (if any), then the
 * guide finder.
 */
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import type { FinderModel } from '../../lib/resident/finder-model';
import type { RunningGuide as Running } from '../../lib/resident/tab-run-model';
import { GuideFinder } from './GuideFinder';
import { RunningGuide } from './RunningGuide';

export interface ResidentPanelProps {
  finder: FinderModel;
  running: Running | null;
  lang: Lang;
}

export function ResidentPanel({ finder, running, lang }: ResidentPanelProps): JSX.Element {
  return (
    <main class="dvc dvc-resident" lang={lang}>
      <h1>{t(lang, 'finder.title')}</h1>
      {running && <RunningGuide running={running} lang={lang} />}
      {!finder.selected.value && <p>{t(lang, 'finder.intro')}</p>}
      <GuideFinder model={finder} lang={lang} headingLevel={2} />
    </main>
  );
}
