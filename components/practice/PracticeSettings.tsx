/**
 * Options: "Chế độ luyện tập". The practice portal's address is asked for as an optional host permission
 * (like the town catalog), inside the click, before anything is awaited; then it is stored and the
 * background registers the overlay there.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { AddressSetting } from '../AddressSetting';
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
  const [text, setText] = useState('');
  const [current, setCurrent] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    void load().then((d) => {
      setCurrent(d);
      setText(d ?? '');
    });
  }, []);
  return (
    <AddressSetting
      sectionClass="dvc dvc-ws"
      heading={t(lang, 'practice.heading')}
      intro={t(lang, 'practice.intro')}
      label={t(lang, 'practice.label')}
      hint={t(lang, 'practice.hint')}
      error={status === 'bad' && t(lang, 'practice.bad')}
      type="text"
      value={text}
      onInput={(v) => {
        setText(v);
        setStatus('idle');
      }}
      onSave={() => {
        const domain = parsePracticeDomain(text);
        if (domain === null) {
          setStatus('bad');
          return;
        }
        // Synchronously, inside the gesture: browsers grant a host permission only there.
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
      saveLabel={t(lang, 'practice.on')}
      actions={
        current && (
          <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => void store(null).then(() => setCurrent(null))}>
            {t(lang, 'practice.off')}
          </button>
        )
      }
      status={status === 'refused' ? t(lang, 'practice.refused') : current ? t(lang, 'practice.isOn', { domain: current }) : t(lang, 'practice.isOff')}
      statusClass="dvc-muted"
    />
  );
}
