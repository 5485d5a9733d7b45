/**
 * One guide on one printed page ("Tờ hướng dẫn"): title, who it is for, the documents with tick boxes,
 * the steps in short, fee and time per channel, the hotline and the town's help, and two QR codes (the
 * town's page for this guide, the procedure's page on the portal). A4 portrait, or A4 landscape in two
 * columns that fold into an A5 leaflet.
 */
import type { JSX } from 'preact';
import { formatDate } from '../../lib/i18n/format';
import { t, type Lang } from '../../lib/i18n/comms-messages';
import type { LeafletContent, LeafletFormat } from '../../lib/leaflet/content';
import { ChannelTable } from '../ChannelTable';
import { QrCode } from './QrCode';
import { guideTextLang } from '../../lib/i18n/guide-lang';

export interface LeafletProps {
  content: LeafletContent;
  lang: Lang;
  format: LeafletFormat;
  /** QR module matrices by URL (made by the print code, which loads the QR library). */
  qr: ReadonlyMap<string, readonly (readonly boolean[])[]>;
  /** Documents already ticked on this device print as ☑. */
  checked?: ReadonlySet<string>;
}

function Qr({ url, caption, qr, lang }: { url: string; caption: string; qr: LeafletProps['qr']; lang: Lang }): JSX.Element | null {
  const modules = qr.get(url);
  if (!modules) return null;
  return (
    <figure class="lf-qr">
      <QrCode modules={modules} label={t(lang, 'leaflet.qrLabel', { url })} />
      <figcaption>
        <strong>{caption}</strong>
        <span class="lf-url">{url}</span>
      </figcaption>
    </figure>
  );
}

export function Leaflet({ content, lang, format, qr, checked }: LeafletProps): JSX.Element {
  const { guide, steps, channels, town } = content;
  const title = lang === 'en' && guide.en ? guide.en.title : guide.title;
  const summary = lang === 'en' && guide.en?.summary ? guide.en.summary : guide.summary;
  // Guide text without a translation stays Vietnamese on an English leaflet: marked so it is read as such.
  const vi = guideTextLang(lang, false);
  return (
    <article class={`lf lf--${format}`} lang={lang}>
      <header class="lf-head">
        <p class="lf-kicker">{t(lang, 'leaflet.kicker')}</p>
        <h1 lang={guideTextLang(lang, guide.en !== undefined)}>{title}</h1>
        <p>
          <strong>{t(lang, 'leaflet.for')}</strong> <span lang={guideTextLang(lang, guide.en?.summary !== undefined)}>{summary}</span>
        </p>
      </header>
      <div class="lf-body">
        <section>
          <h2>{t(lang, 'leaflet.docs')}</h2>
          {guide.documents.length === 0 ? (
            <p>{t(lang, 'docs.none')}</p>
          ) : (
            <ul class="lf-docs">
              {guide.documents.map((d) => (
                <li key={d.id}>
                  <span class="lf-box" aria-hidden="true">
                    {checked?.has(d.id) ? '☑' : '☐'}
                  </span>{' '}
                  <span lang={vi}>{d.name}</span>
                  {/* The condition says when itself ("Nếu cha, mẹ…"): no label before it. */}
                  {d.need === 'conditional' && <span class="lf-note"> ({d.condition ? <span lang={vi}>{d.condition}</span> : t(lang, 'docs.conditionalPlain')})</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="lf-steps-sec">
          <h2>{t(lang, 'leaflet.steps')}</h2>
          <ol class="lf-steps">
            {steps.map((s, i) => (
              <li key={i} class={s.n === null ? 'lf-or' : undefined}>
                <span class="lf-n">{s.n === null ? t(lang, 'leaflet.or') : `${s.n}.`}</span> <span lang={vi}>{s.title}</span>
                {s.optional && <span class="lf-note"> {t(lang, 'leaflet.optional')}</span>}
                {s.detail && (
                  <span class="lf-note lf-route">
                    : <span lang={vi}>{s.detail.join(' → ')}</span>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
        {channels.length > 0 && (
          <section>
            <h2>{t(lang, 'leaflet.fees')}</h2>
            <ChannelTable rows={channels} lang={lang} class="lf-fees" />
          </section>
        )}
        <section>
          <h2>{t(lang, 'leaflet.help')}</h2>
          <p>{t(lang, 'leaflet.hotline', { phone: guide.help.hotline })}</p>
          {town?.hotline && <p>{t(lang, 'leaflet.townHotline', { town: town.name, phone: town.hotline })}</p>}
          {(town?.offices ?? []).slice(0, 2).map((o, i) => (
            <p key={i} class="lf-note">
              {[o.name, o.address, o.phone, o.hours].filter(Boolean).join(' · ')}
            </p>
          ))}
          {(guide.help.contacts ?? []).slice(0, 2).map((c, i) => (
            <p key={`c${i}`} class="lf-note">
              {[c.name, c.phone, c.hours].filter(Boolean).join(' · ')}
            </p>
          ))}
        </section>
        <section class="lf-qrs">
          {content.townUrl && (
            <Qr url={content.townUrl} qr={qr} lang={lang} caption={town ? t(lang, 'leaflet.qrTown', { town: town.name }) : t(lang, 'leaflet.qrTownPlain')} />
          )}
          {content.portalUrl && <Qr url={content.portalUrl} qr={qr} lang={lang} caption={t(lang, 'leaflet.qrPortal')} />}
        </section>
      </div>
      <p class="lf-foot">{t(lang, 'leaflet.footer', { date: formatDate(guide.reviewedAt, lang) })}</p>
    </article>
  );
}
