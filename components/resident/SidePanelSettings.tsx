/** The side panel's settings, in both modes: the helper switch, and the way to the options page. */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import type { ModeModel } from '../../lib/workspace/mode-model';
import { ModeSwitch } from './ModeSwitch';

export interface SidePanelSettingsProps {
  mode: ModeModel;
  lang: Lang;
  onOpenOptions?: () => void;
}

export function SidePanelSettings({ mode, lang, onOpenOptions }: SidePanelSettingsProps): JSX.Element {
  const uid = useId();
  return (
    <aside class="dvc dvc-panel-settings" aria-labelledby={`${uid}-h`} lang={lang}>
      <h2 id={`${uid}-h`} class="dvc-h">
        {t(lang, 'panel.settings')}
      </h2>
      <ModeSwitch model={mode} lang={lang} />
      {onOpenOptions && (
        <p>
          <button type="button" class="dvc-link-btn" onClick={onOpenOptions}>
            {t(lang, 'panel.moreSettings')}
          </button>
        </p>
      )}
    </aside>
  );
}
