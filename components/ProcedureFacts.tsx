/**
 * The facts a resident asks first: is it fully online, what does it cost and how long does it take for
 * each way of applying, and who handles it.
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Channel, Procedure } from '../lib/guide/schema';
import { formatDate, formatProcessingTime, formatVnd } from '../lib/i18n/format';
import { t } from '../lib/i18n/info-messages';
import type { Lang, MessageKey } from '../lib/i18n/info-messages';
import { guideTextLang } from '../lib/i18n/guide-lang';

export interface ProcedureFactsProps {
  procedure: Procedure;
  lang: Lang;
  /** The guide's reviewedAt ("YYYY-MM-DD"). */
  reviewedAt?: string;
  headingLevel?: 2 | 3;
}

const CHANNELS: readonly { key: 'online' | 'postal' | 'inPerson'; label: MessageKey }[] = [
  { key: 'online', label: 'facts.online' },
  { key: 'postal', label: 'facts.postal' },
  { key: 'inPerson', label: 'facts.inPerson' },
];

const PORTAL_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';

function fee(channel: Channel, lang: Lang): string {
  // A null fee is set locally; the guide's own words say more than a generic sentence.
  if (channel.feeVnd === null && channel.feeText) return channel.feeText;
  return formatVnd(channel.feeVnd, lang);
}

export function ProcedureFacts({ procedure, lang, reviewedAt, headingLevel = 2 }: ProcedureFactsProps): JSX.Element {
  const uid = useId();
  // The record's own words (agency, field, fee and time texts) are Vietnamese in every guide.
  const vi = guideTextLang(lang, false);
  const H = `h${headingLevel}` as 'h2';
  const rows = CHANNELS.flatMap(({ key, label }) => {
    const channel = procedure.channels[key];
    return channel ? [{ key, label, channel }] : [];
  });

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
      {rows.length > 0 && (
        <table class="dvc-facts__table">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'facts.channel')}</th>
              <th scope="col">{t(lang, 'facts.fee')}</th>
              <th scope="col">{t(lang, 'facts.time')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, channel }) => (
              <tr key={key}>
                <th scope="row">{t(lang, label)}</th>
                <td lang={channel.feeVnd === null && channel.feeText ? vi : undefined}>{fee(channel, lang)}</td>
                <td lang={channel.time.unit === 'other' ? vi : undefined}>{formatProcessingTime(channel.time, lang, channel.timeText)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
