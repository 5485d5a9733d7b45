/**
 * Options: the town's page address printed as a QR code on leaflets from the side panel (the widget has
 * its `leaflet-url` attribute). A wrong address gets a message and keeps what was typed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { AddressSetting } from '../AddressSetting';
import { t, type Lang } from '../../lib/i18n/comms-messages';

export interface LeafletSettingsProps {
  lang: Lang;
  load: () => Promise<string | null>;
  /** false: not an http(s) address, nothing saved. */
  save: (text: string) => Promise<boolean>;
}

type Status = 'idle' | 'saved' | 'bad' | 'failed';

export function LeafletSettings({ lang, load, save }: LeafletSettingsProps): JSX.Element {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    void load().then((v) => setText(v ?? ''), () => setText(''));
  }, []);
  return (
    <AddressSetting
      sectionClass="dvc dvc-ws"
      heading={t(lang, 'leafletSettings.heading')}
      intro={t(lang, 'leafletSettings.intro')}
      label={t(lang, 'leafletSettings.label')}
      hint={t(lang, 'leafletSettings.hint')}
      error={status === 'bad' && t(lang, 'leafletSettings.bad')}
      value={text}
      onInput={(v) => {
        setText(v);
        setStatus('idle');
      }}
      onSave={() => {
        save(text).then(
          (ok) => setStatus(ok ? 'saved' : 'bad'),
          () => setStatus('failed'),
        );
      }}
      saveLabel={t(lang, 'leafletSettings.save')}
      status={status === 'saved' ? t(lang, 'leafletSettings.saved') : status === 'failed' ? t(lang, 'leafletSettings.failed') : ''}
      statusClass="dvc-muted"
    />
  );
}
