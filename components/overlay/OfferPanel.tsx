/** Contract 2: on a guide's starting page, a calm offer whose button name begins with "Bắt đầu". */
import type { JSX } from 'preact';
import type { Guide } from '../../lib/guide/schema';
import { t, type Lang } from '../../lib/i18n/messages';

export interface OfferPanelProps {
  guide: Guide;
  lang: Lang;
  onStart(): void;
  onDismiss(): void;
}

export function OfferPanel({ guide, lang, onStart, onDismiss }: OfferPanelProps): JSX.Element {
  const title = lang === 'en' && guide.en ? guide.en.title : guide.title;
  return (
    <section class="dvc dvc-offer" aria-label={t(lang, 'overlay.label')}>
      <p class="dvc-offer__lead">{t(lang, 'guide.available')}</p>
      <p class="dvc-offer__title">{title}</p>
      <div class="dvc-offer__actions">
        <button type="button" class="dvc-btn dvc-btn--primary" onClick={onStart}>
          {t(lang, 'guide.start')}
          <span class="dvc-vh">: {title}</span>
        </button>
        <button type="button" class="dvc-btn dvc-btn--quiet" onClick={onDismiss}>
          {t(lang, 'overlay.later')}
        </button>
      </div>
    </section>
  );
}
