/**
 * What a step says: body, tips, warnings and links (GOV.UK puts a cost after the link text). Shared by the
 * step-by-step list and the overlay's step card so both read the same.
 */
import type { JSX } from 'preact';
import type { Step } from '../lib/guide/schema';
import { t } from '../lib/i18n/messages';
import type { Lang } from '../lib/i18n/messages';
import { ExternalLink } from './ExternalLink';
import { RichText } from './RichText';

export interface StepDetailsProps {
  step: Step;
  lang: Lang;
}

export function StepDetails({ step, lang }: StepDetailsProps): JSX.Element {
  return (
    <div class="dvc-details">
      {step.body && <RichText source={step.body} />}
      {step.tips?.map((tip, i) => (
        <div key={`t${i}`} class="dvc-tip">
          <strong class="dvc-label">{t(lang, 'steps.tip')}</strong>
          <RichText source={tip} />
        </div>
      ))}
      {step.warnings?.map((warning, i) => (
        <div key={`w${i}`} class="dvc-warn" role="note">
          <strong class="dvc-label">{t(lang, 'steps.warning')}</strong>
          <RichText source={warning} />
        </div>
      ))}
      {step.links && step.links.length > 0 && (
        <ul class="dvc-links">
          {step.links.map((link, i) => (
            <li key={i}>
              <ExternalLink href={link.url}>{link.text}</ExternalLink>
              {link.cost && <span class="dvc-cost"> {link.cost}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
