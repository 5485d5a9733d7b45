/**
 * The town's own help inside a guide's help (HelpBox): local hotline beside 1800 1096, the one-stop offices,
 * Saturday service, postal return, the feedback link and the town's questions for this guide. An example
 * profile says so in its heading and in a note, so nobody calls a made-up number.
 */
import type { JSX } from 'preact';
import { townQuestionsFor } from '../lib/town/questions';
import type { TownProfile } from '../lib/town/schema';
import { t, type Lang } from '../lib/i18n/messages';
import { ExternalLink } from './ExternalLink';
import { RichText } from './RichText';
import { telHref } from './tel';

export interface TownHelpProps {
  town: TownProfile;
  guideId: string;
  stepId?: string;
  lang: Lang;
  headingLevel: 3 | 4;
}

export function TownHelp({ town, guideId, stepId, lang, headingLevel }: TownHelpProps): JSX.Element {
  const H = `h${headingLevel}` as 'h3';
  const H2 = `h${headingLevel + 1}` as 'h4';
  const questions = townQuestionsFor(town, guideId, stepId);
  return (
    <div class="dvc-town" data-town={town.id}>
      <H class="dvc-h3">
        {t(lang, 'town.heading', { name: town.name })}
        {town.example && <span class="dvc-tag dvc-town__example"> {t(lang, 'town.example')}</span>}
      </H>
      {town.example && <p class="dvc-muted">{t(lang, 'town.exampleNote')}</p>}
      {town.hotline && (
        <p class="dvc-help__hotline">
          <a href={telHref(town.hotline)}>{t(lang, 'town.hotline', { phone: town.hotline })}</a>
        </p>
      )}
      {town.offices && town.offices.length > 0 && (
        <>
          <H2 class="dvc-h3">{t(lang, 'town.offices')}</H2>
          <ul class="dvc-help__contacts">
            {town.offices.map((o, i) => (
              <li key={i}>
                <strong>{o.name}</strong>
                {o.address && (
                  <span class="dvc-line">
                    {t(lang, 'help.address')}: {o.address}
                  </span>
                )}
                {o.phone && (
                  <span class="dvc-line">
                    {t(lang, 'help.phone')}: <a href={telHref(o.phone)}>{o.phone}</a>
                  </span>
                )}
                {o.hours && (
                  <span class="dvc-line">
                    {t(lang, 'help.hours')}: {o.hours}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {town.saturday && (
        <>
          <H2 class="dvc-h3">{t(lang, 'town.saturday')}</H2>
          <RichText source={town.saturday} />
        </>
      )}
      {town.postalReturn && (
        <>
          <H2 class="dvc-h3">{t(lang, 'help.postalReturn')}</H2>
          <RichText source={town.postalReturn} />
        </>
      )}
      {town.feedbackUrl && (
        <p>
          <ExternalLink href={town.feedbackUrl}>{t(lang, 'help.feedback')}</ExternalLink>
        </p>
      )}
      {questions.length > 0 && (
        <>
          <H2 class="dvc-h3">{t(lang, 'town.questions')}</H2>
          {questions.map((q) => (
            <details key={q.id} class="dvc-faq">
              <summary>{q.question}</summary>
              <RichText source={q.answer} />
            </details>
          ))}
        </>
      )}
    </div>
  );
}
