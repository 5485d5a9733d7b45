/**
 * Fee and processing time per way of applying, one row each: the widget's facts table (ProcedureFacts)
 * and the printed leaflet show the same table. A fee or a time in the record's own words ("1 ngày làm việc
 * kể từ khi nhận đủ hồ sơ") is Vietnamese in every guide, so it is marked as such on an English page and a
 * screen reader reads it with Vietnamese rules; what we format ourselves ("Free") is not.
 */
import type { JSX } from 'preact';
import type { ChannelKey, ChannelRow } from '../lib/guide/channels';
import { formatProcessingTime, formatVnd } from '../lib/i18n/format';
import { guideTextLang } from '../lib/i18n/guide-lang';
import { t, type Lang, type MessageKey } from '../lib/i18n/info-messages';

const LABEL: Readonly<Record<ChannelKey, MessageKey>> = { online: 'facts.online', postal: 'facts.postal', inPerson: 'facts.inPerson' };

export function ChannelTable({ rows, lang, class: className }: { rows: readonly ChannelRow[]; lang: Lang; class: string }): JSX.Element {
  const vi = guideTextLang(lang, false);
  return (
    <table class={className}>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'facts.channel')}</th>
          <th scope="col">{t(lang, 'facts.fee')}</th>
          <th scope="col">{t(lang, 'facts.time')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, channel }) => {
          // A null fee is set locally; the guide's own words say more than a generic sentence.
          const ownFee = channel.feeVnd === null && !!channel.feeText;
          return (
            <tr key={key}>
              <th scope="row">{t(lang, LABEL[key])}</th>
              <td lang={ownFee ? vi : undefined}>{ownFee ? channel.feeText : formatVnd(channel.feeVnd, lang)}</td>
              <td lang={channel.time.unit === 'other' ? vi : undefined}>{formatProcessingTime(channel.time, lang, channel.timeText)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
