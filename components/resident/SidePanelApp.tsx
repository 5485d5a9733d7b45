/**
 * The side panel in either mode: the resident's finder, or (helper mode) the workspace the entrypoint
 * renders; the settings with the mode switch below both. Nothing shows until the stored mode is known, so
 * a helper never sees the finder flash before the workspace.
 */
import type { ComponentChildren, JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import type { ModeModel } from '../../lib/workspace/mode-model';
import { SidePanelSettings } from './SidePanelSettings';

export interface SidePanelAppProps {
  mode: ModeModel;
  lang: Lang;
  resident: () => ComponentChildren;
  helper: () => ComponentChildren;
  onOpenOptions?: () => void;
}

export function SidePanelApp({ mode, lang, resident, helper, onOpenOptions }: SidePanelAppProps): JSX.Element {
  if (!mode.loaded.value) {
    return (
      <p class="dvc dvc-resident" role="status">
        {t(lang, 'panel.loading')}
      </p>
    );
  }
  return (
    <>
      {mode.helper.value ? helper() : resident()}
      <SidePanelSettings mode={mode} lang={lang} onOpenOptions={onOpenOptions} />
    </>
  );
}
