/**
 * Contract 2: on a guide's starting page, a calm offer whose button name begins with "Bắt đầu". In a new
 * tab on a page of a guide a helper's session is running, the offer is that question instead: continue
 * the session's run here, or start afresh without touching it (issue 13, item 5).
 */
import type { JSX } from 'preact';
import type { Guide } from '../../lib/guide/schema';
import { t, type Lang } from '../../lib/i18n/messages';
import { fillParts } from '../../lib/i18n/lang';
import { formatDate } from '../../lib/i18n/format';
import type { ResumeQuestion } from '../../lib/overlay/overlay-model';
import { guideTextLang } from '../../lib/i18n/guide-lang';

export interface OfferPanelProps {
  guide: Guide;
  lang: Lang;
  onStart(): void;
  onDismiss(): void;
  /** Set: ask whether to continue that session's run. */
  resume?: ResumeQuestion | null;
  onContinue?(): void;
}

const QUESTION_ID = 'dvc-resume-question';

/** "Để sau": both offers close the same way, and Alt+Shift+G brings either back. */
function LaterButton({ lang, onDismiss }: Pick<OfferPanelProps, 'lang' | 'onDismiss'>): JSX.Element {
  return (
    <button type="button" class="dvc-btn dvc-btn--quiet" onClick={onDismiss}>
      {t(lang, 'overlay.later')}
    </button>
  );
}

export function OfferPanel({ guide, lang, onStart, onDismiss, resume, onContinue }: OfferPanelProps): JSX.Element {
  const title = lang === 'en' && guide.en ? guide.en.title : guide.title;
  // A Vietnamese title in English mode is read out as Vietnamese.
  const titleLang = guideTextLang(lang, guide.en !== undefined);
  if (resume) {
    const started = formatDate(resume.sessionStartedAt, lang, { withTime: true });
    const question = fillParts(t(lang, 'resume.question'), { title, started }).map((part) =>
      typeof part === 'string' ? part : part.param === 'title' ? <span lang={titleLang}>{part.value}</span> : <span>{part.value}</span>,
    );
    return (
      <section class="dvc dvc-offer" aria-labelledby={QUESTION_ID}>
        <p class="dvc-offer__title" id={QUESTION_ID}>
          {question}
        </p>
        <p class="dvc-offer__lead">{t(lang, 'resume.where', { n: resume.step, m: resume.total })}</p>
        <p class="dvc-offer__lead">{t(lang, 'resume.freshNote', { started })}</p>
        <div class="dvc-offer__actions">
          {/* The name starts with the visible word (label in name) and says which session. */}
          <button type="button" class="dvc-btn dvc-btn--primary" onClick={onContinue} aria-label={t(lang, 'resume.continueName', { started })}>
            {t(lang, 'resume.continue')}
          </button>
          <button type="button" class="dvc-btn" onClick={onStart}>
            {t(lang, 'resume.fresh')}
          </button>
          <LaterButton lang={lang} onDismiss={onDismiss} />
        </div>
      </section>
    );
  }
  return (
    <section class="dvc dvc-offer" aria-label={t(lang, 'overlay.label')}>
      <p class="dvc-offer__lead">{t(lang, 'guide.available')}</p>
      <p class="dvc-offer__title" lang={titleLang}>
        {title}
      </p>
      <div class="dvc-offer__actions">
        <button type="button" class="dvc-btn dvc-btn--primary" onClick={onStart}>
          {t(lang, 'guide.start')}
          <span class="dvc-vh">
            : <span lang={titleLang}>{title}</span>
          </span>
        </button>
        <LaterButton lang={lang} onDismiss={onDismiss} />
      </div>
    </section>
  );
}
