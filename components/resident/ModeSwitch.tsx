/**
 * "Tôi là thành viên Tổ hỗ trợ": the one switch between the resident's finder and the helper's workspace
 * (welcome page and side panel settings). A native checkbox with the switch role: Space toggles it, and a
 * screen reader says "on" or "off".
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import type { ModeModel } from '../../lib/workspace/mode-model';

export interface ModeSwitchProps {
  model: ModeModel;
  lang: Lang;
}

export function ModeSwitch({ model, lang }: ModeSwitchProps): JSX.Element {
  const id = useId();
  return (
    <div class="dvc-mode">
      <div class="dvc-mode__row">
        <input
          id={id}
          class="dvc-mode__input"
          type="checkbox"
          role="switch"
          checked={model.helper.value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void model.setHelper(e.currentTarget.checked)}
        />
        <label for={id} class="dvc-mode__label">
          {t(lang, 'mode.helperSwitch')}
        </label>
      </div>
      <p id={`${id}-hint`} class="dvc-muted dvc-mode__hint">
        {t(lang, 'mode.helperHint')}
      </p>
      {model.failed.value && (
        <p class="dvc-notice" role="alert">
          {t(lang, 'mode.saveFailed')}
        </p>
      )}
    </div>
  );
}
