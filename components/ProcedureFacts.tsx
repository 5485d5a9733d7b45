/**
 * The facts a resident asks first: is it fully online, what does it cost and how long does it take for
 * each way of applying, and who handles it.
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Procedure } from '../lib/guide/schema';
import { formatDate } from '../lib/i18n/format';
import { t } from '../lib/i18n/info-messages';
import type { Lang } from '../lib/i18n/info-messages';
import { guideTextLang } from '../lib/i18n/guide-lang';
import { ChannelTable } from './ChannelTable';
import { channelRows } from '../lib/guide/channels';

export interface ProcedureFactsProps {
  procedure: Procedure;
  lang: Lang;
  /** The guide's reviewedAt ("YYYY-MM-DD"). */
  reviewedAt?: string;
  headingLevel?: 2 | 3;
}

const PORTAL_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';

export function ProcedureFacts({ procedure, lang, reviewedAt, headingLevel = 2 }: ProcedureFactsProps): JSX.Element {
  const uid = useId();
  // The record's own words (agency, field, fee and time texts) are Vietnamese in every guide.
  const vi = guideTextLang(lang, false);
  const H = `h${headingLevel}` as 'h2';
  const rows = channelRows(procedure);

  return (
    <section class="dvc dvc-facts" aria-labelledby={`${uid}-h`}>
      <H id={`${uid}-h`} class="dvc-h">
        {t(lang, 'facts.heading')}
      </H>
      <dl class="dvc-facts__list">
        <dt>{t(lang, 'facts.code')}</dt>
        <dd>{procedure.code}</dd>
        <dt>{t(lang, 'facts.level')}</dt>
        <dd>{t(lang, procedure.level === 'toan-trinh' ? 'facts.levelFull' : 'facts.levelPartial')}</dd>
        <dt>{t(lang, 'facts.agency')}</dt>
        <dd lang={vi}>{procedure.agency}</dd>
        {procedure.field && (
          <>
            <dt>{t(lang, 'facts.field')}</dt>
            <dd lang={vi}>{procedure.field}</dd>
          </>
        )}
      </dl>
      {rows.length > 0 && <ChannelTable rows={rows} lang={lang} class="dvc-facts__table" />}
      {procedure.portalId && (
        <p>
          <a href={PORTAL_PAGE + procedure.portalId} target="_blank" rel="noopener noreferrer">
            {t(lang, 'facts.openOnPortal')}
          </a>
        </p>
      )}
      {reviewedAt && <p class="dvc-muted">{t(lang, 'facts.reviewed', { date: formatDate(reviewedAt, lang) })}</p>}
    </section>
  );
}
