/**
 * Options: the town's page address printed as a QR code on leaflets from the side panel (the widget has
 * its `leaflet-url` attribute). A wrong address gets a message and keeps what was typed.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/comms-messages';

export interface LeafletSettingsProps {
  lang: Lang;
  load: () => Promise<string | null>;
  /** false: not an http(s) address, nothing saved. */
  save: (text: string) => Promise<boolean>;
}

type Status = 'idle' | 'saved' | 'bad' | 'failed';

export function LeafletSettings({ lang, load, save }: LeafletSettingsProps): JSX.Element {
  const uid = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    void load().then((v) => setText(v ?? ''), () => setText(''));
  }, []);
  const bad = status === 'bad';
  return (
    <section class="dvc dvc-ws" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t(lang, 'leafletSettings.heading')}</h2>
      <p>{t(lang, 'leafletSettings.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save(text).then(
            (ok) => setStatus(ok ? 'saved' : 'bad'),
            () => setStatus('failed'),
          );
        }}
      >
        <div class="dvc-field">
          <label for={`${uid}-url`}>{t(lang, 'leafletSettings.label')}</label>
          <span id={`${uid}-hint`} class="dvc-field__hint">
            {t(lang, 'leafletSettings.hint')}
          </span>
          {bad && (
            <span id={`${uid}-err`} class="dvc-field__error">
              {t(lang, 'leafletSettings.bad')}
            </span>
          )}
          <input
            id={`${uid}-url`}
            class="dvc-input"
            type="url"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={bad}
            aria-describedby={bad ? `${uid}-err ${uid}-hint` : `${uid}-hint`}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setStatus('idle');
            }}
          />
        </div>
        <button type="submit" class="dvc-btn">
          {t(lang, 'leafletSettings.save')}
        </button>
        <p role="status" class="dvc-muted">
          {status === 'saved' ? t(lang, 'leafletSettings.saved') : status === 'failed' ? t(lang, 'leafletSettings.failed') : ''}
        </p>
      </form>
    </section>
  );
}
