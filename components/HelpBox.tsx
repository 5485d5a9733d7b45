/**
 * Where to get help: the national hotline (a tel: link, one tap on a phone), local contacts, the
 * feedback page, postal return and Saturday service, and common problems as collapsible answers.
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Help, Situation } from '../lib/guide/schema';
import { t } from '../lib/i18n/messages';
import type { Lang } from '../lib/i18n/messages';
import { ExternalLink } from './ExternalLink';
import { RichText } from './RichText';
import { telHref } from './tel';
import { TownHelp } from './TownHelp';
import type { TownProfile } from '../lib/town/schema';
import { guideTextLang } from '../lib/i18n/guide-lang';

export interface HelpBoxProps {
  help: Help;
  situations?: readonly Situation[];
  lang: Lang;
  headingLevel?: 2 | 3;
  /** The town's own help (options, or the widget's `town` attribute), shown for every guide. */
  town?: TownProfile | null;
  /** Which guide (and step) the help is for: picks the town's questions. */
  guideId?: string;
  stepId?: string;
}

export { telHref };

export function HelpBox({ help, situations, lang, headingLevel = 2, town, guideId = '', stepId }: HelpBoxProps): JSX.Element {
  const uid = useId();
  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';
  // 1800 numbers are free to call in Vietnam; 1900 numbers are not, so only the former says so.
  const free = help.hotline.replace(/\D/g, '').startsWith('1800');

  return (
    <section class="dvc dvc-help" aria-labelledby={`${uid}-h`}>
      <H id={`${uid}-h`} class="dvc-h">
        {t(lang, 'help.heading')}
      </H>
      <p class="dvc-help__hotline">
        <a href={telHref(help.hotline)}>{t(lang, 'help.hotline', { phone: help.hotline })}</a>
        {free && <span class="dvc-muted"> ({t(lang, 'help.hotlineHours')})</span>}
      </p>
      {town && <TownHelp town={town} guideId={guideId} stepId={stepId} lang={lang} headingLevel={(headingLevel + 1) as 3 | 4} />}
      {help.contacts && help.contacts.length > 0 && (
        <>
          <H2 class="dvc-h3">{t(lang, 'help.contacts')}</H2>
          <ul class="dvc-help__contacts">
            {help.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.phone && (
                  <span class="dvc-line">
                    {t(lang, 'help.phone')}: <a href={telHref(c.phone)}>{c.phone}</a>
                  </span>
                )}
                {c.address && (
                  <span class="dvc-line">
                    {t(lang, 'help.address')}: {c.address}
                  </span>
                )}
                {c.hours && (
                  <span class="dvc-line">
                    {t(lang, 'help.hours')}: {c.hours}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {help.postalReturn && (
        <>
          <H2 class="dvc-h3">{t(lang, 'help.postalReturn')}</H2>
          <RichText source={help.postalReturn} />
        </>
      )}
      {help.saturday && (
        <>
          <H2 class="dvc-h3">{t(lang, 'help.saturday')}</H2>
          <RichText source={help.saturday} />
        </>
      )}
      {help.feedbackUrl && (
        <p>
          <ExternalLink href={help.feedbackUrl}>{t(lang, 'help.feedback')}</ExternalLink>
        </p>
      )}
      {situations && situations.length > 0 && (
        <>
          <H2 class="dvc-h3">{t(lang, 'help.faq')}</H2>
          {situations.map((s) => (
            <details key={s.id} class="dvc-faq">
              <summary lang={guideTextLang(lang, false)}>{s.question}</summary>
              <RichText source={s.answer} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
