/**
 * A search that found no guide: says so plainly, offers the portal's own search for the same words (the
 * person follows that link themselves; the extension sends nothing) and the national hotline.
 */
import type { JSX } from 'preact';
import { telHref } from '../HelpBox';
import { NATIONAL_HOTLINE, t, type Lang } from '../../lib/i18n/resident-messages';

export interface NoGuideFoundProps {
  query: string;
  portalSearch: string;
  lang: Lang;
  headingLevel: 2 | 3;
}

export function NoGuideFound({ query, portalSearch, lang, headingLevel }: NoGuideFoundProps): JSX.Element {
  const H = `h${headingLevel}` as 'h2';
  return (
    <section class="dvc-none">
      <H class="dvc-h">{t(lang, 'noGuide.heading', { query })}</H>
      <p>{t(lang, 'noGuide.text')}</p>
      <p>
        <a class="dvc-none__search" href={portalSearch} target="_blank" rel="noopener noreferrer">
          {t(lang, 'noGuide.portalSearch', { query })}
        </a>
      </p>
      <p class="dvc-muted">{t(lang, 'noGuide.portalNote')}</p>
      <p>
        <a href={telHref(NATIONAL_HOTLINE)}>{t(lang, 'noGuide.call', { phone: NATIONAL_HOTLINE })}</a>
      </p>
    </section>
  );
}
