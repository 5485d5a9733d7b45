/**
 * Options: "Chế độ luyện tập". The practice portal's address is asked for as an optional host permission
 * (like the town catalog), inside the click, before anything is awaited; then it is stored and the
 * background registers the overlay there.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/comms-messages';
import { parsePracticeDomain, practiceMatchPattern } from '../../lib/practice/hosts';

export interface PracticeSettingsProps {
  lang: Lang;
  load: () => Promise<string | null>;
  store: (domain: string | null) => Promise<void>;
  /** permissions.request for one origin pattern (must be called synchronously in the click). */
  requestPermission: (pattern: string) => Promise<boolean>;
}

type Status = 'idle' | 'bad' | 'refused';

export function PracticeSettings({ lang, load, store, requestPermission }: PracticeSettingsProps): JSX.Element {
  const uid = useId();
  const [text, setText] = useState('');
  const [current, setCurrent] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    void load().then((d) => {
      setCurrent(d);
      setText(d ?? '');
    });
  }, []);
  const bad = status === 'bad';
  return (
    <section class="dvc dvc-ws" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t(lang, 'practice.heading')}</h2>
      <p>{t(lang, 'practice.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const domain = parsePracticeDomain(text);
          if (domain === null) {
            setStatus('bad');
            return;
          }
          requestPermission(practiceMatchPattern(domain)).then(
            async (granted) => {
              if (!granted) {
                setStatus('refused');
                return;
              }
              await store(domain);
              setCurrent(domain);
              setStatus('idle');
            },
            () => setStatus('refused'),
          );
        }}
      >
        <div class="dvc-field">
          <label for={`${uid}-d`}>{t(lang, 'practice.label')}</label>
          <span id={`${uid}-hint`} class="dvc-field__hint">
            {t(lang, 'practice.hint')}
          </span>
          {bad && (
            <span id={`${uid}-err`} class="dvc-field__error">
              {t(lang, 'practice.bad')}
            </span>
          )}
          <input
            id={`${uid}-d`}
            class="dvc-input"
            type="text"
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
        <div class="dvc-ws__bar">
          <button type="submit" class="dvc-btn">
            {t(lang, 'practice.on')}
          </button>
          {current && (
            <button
              type="button"
              class="dvc-btn dvc-btn--quiet"
              onClick={() => {
                void store(null).then(() => setCurrent(null));
              }}
            >
              {t(lang, 'practice.off')}
            </button>
          )}
        </div>
        <p role="status" class="dvc-muted">
          {status === 'refused' ? t(lang, 'practice.refused') : current ? t(lang, 'practice.isOn', { domain: current }) : t(lang, 'practice.isOff')}
        </p>
      </form>
    </section>
  );
}
