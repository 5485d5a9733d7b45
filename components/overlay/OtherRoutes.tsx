/**
 * On the first step of a route, the other routes of the same fork as buttons: the person says which way
 * they go when their page cannot tell (routes that start by reading on the same page: where to look up a
 * dossier, which way to sign in). The overlay otherwise walks the fork's first route, and a person on
 * another one would be led the wrong way with no way out but closing the guide.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { otherRoutesAt } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';
import { guideTextLang } from '../../lib/i18n/guide-lang';
import { t, type Lang } from '../../lib/i18n/messages';

export interface OtherRoutesProps {
  guide: Guide;
  stepId: string;
  lang: Lang;
  onTake(routeId: string): void;
}

export function OtherRoutes({ guide, stepId, lang, onTake }: OtherRoutesProps): JSX.Element | null {
  const labelId = useId();
  const others = otherRoutesAt(guide, stepId);
  if (others.length === 0) return null;
  return (
    <div class="dvc-card__routes" role="group" aria-labelledby={labelId}>
      <p id={labelId} class="dvc-muted">
        {t(lang, 'guide.otherRoutes')}
      </p>
      {others.map((route) => {
        const title = lang === 'en' && route.en ? route.en.title : route.title;
        return (
          <button key={route.id} type="button" class="dvc-link-btn" onClick={() => onTake(route.id)}>
            <span lang={guideTextLang(lang, lang === 'en' && route.en !== undefined)}>{title}</span>
          </button>
        );
      })}
    </div>
  );
}
