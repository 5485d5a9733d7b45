/**
 * "In tờ hướng dẫn": prints the guide's one-page leaflet (A4, or A4 landscape folded into A5). The print
 * code and the QR library load only when pressed (components/leaflet/print-leaflet.tsx).
 */
import { useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/info-messages';

import type { Guide } from '../../lib/guide/schema';

export type LeafletPaper = 'a4' | 'a5';

/** How a surface prints a guide's leaflet (documents ticked on this device print as ☑). */
export type LeafletPrint = (guide: Guide, format: LeafletPaper, checked?: ReadonlySet<string>) => Promise<void>;

export interface LeafletButtonProps {
  lang: Lang;
  /** Loads the print code and prints; a rejection shows a message and loses nothing. */
  onPrint: (format: LeafletPaper) => Promise<void>;
}

export function LeafletButton({ lang, onPrint }: LeafletButtonProps): JSX.Element {
  const uid = useId();
  const [a5, setA5] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div class="dvc-leaflet-btn">
      <button
        type="button"
        class="dvc-btn"
        onClick={() => {
          setFailed(false);
          onPrint(a5 ? 'a5' : 'a4').catch(() => setFailed(true));
        }}
      >
        {t(lang, 'leaflet.print')}
      </button>{' '}
      <label class="dvc-leaflet-btn__a5" for={`${uid}-a5`}>
        <input id={`${uid}-a5`} type="checkbox" checked={a5} onChange={(e) => setA5(e.currentTarget.checked)} />
        {t(lang, 'leaflet.a5')}
      </label>
      {failed && (
        <p class="dvc-notice" role="alert">
          {t(lang, 'leaflet.failed')}
        </p>
      )}
    </div>
  );
}
