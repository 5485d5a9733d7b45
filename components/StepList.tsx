/**
 * GOV.UK step-by-step navigation: numbered steps, "hoặc" between alternatives, each heading a button that
 * opens the step, one button to open or close them all. Completed and current steps are said in words,
 * not only in colour.
 */
import { useEffect, useId, useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { numberedSteps, type RouteChoice } from '../lib/guide/routes';
import type { Route, Step } from '../lib/guide/schema';
import { t } from '../lib/i18n/messages';
import type { Lang } from '../lib/i18n/messages';
import { StepDetails } from './StepDetails';
import { createStepListModel } from './step-list-model';
import type { StepListModel } from './step-list-model';
import { guideTextLang } from '../lib/i18n/guide-lang';

export interface StepListProps {
  /** The guide's main steps. */
  steps: readonly Step[];
  /** The guide's routes: each route's steps follow its fork, the second and later ones after "hoặc". */
  routes?: readonly Route[];
  /** The route taken in each fork (numbers after a fork follow it); default: the first route. */
  choice?: RouteChoice;
  lang: Lang;
  /** Expanded state; pass one to keep it across renders or to restore it. */
  model?: StepListModel;
  currentStepId?: string;
  completed?: ReadonlySet<string>;
  /** Level of the step headings, to fit the surrounding page outline. */
  headingLevel?: 2 | 3 | 4;
  /**
   * Render a step's details only while it is open (the town widget: on a slow phone, the rich text of
   * twenty closed steps is work before the first one shows). Closed details are hidden either way.
   */
  detailsWhenOpen?: boolean;
}

const NO_STEPS: ReadonlySet<string> = new Set();

export function StepList({
  steps,
  routes,
  choice,
  lang,
  model,
  currentStepId,
  completed = NO_STEPS,
  headingLevel = 3,
  detailsWhenOpen = false,
}: StepListProps): JSX.Element {
  const items = useMemo(() => numberedSteps({ steps: [...steps], routes: routes ? [...routes] : undefined }, choice), [steps, routes, choice]);
  const ids = useMemo(() => items.map((n) => n.step.id), [items]);
  const own = useMemo(() => createStepListModel(ids, currentStepId ? [currentStepId] : []), [ids]);
  const m = model ?? own;
  const uid = useId();
  const Heading = `h${headingLevel}` as 'h3';

  // Moving to another step opens it, so the list follows the resident without hiding what they opened.
  useEffect(() => {
    if (currentStepId) m.expand(currentStepId);
  }, [currentStepId, m]);

  return (
    <div class="dvc dvc-steps">
      <div class="dvc-steps__controls">
        <button type="button" class="dvc-link-btn" aria-expanded={m.allExpanded.value} onClick={m.toggleAll}>
          {t(lang, m.allExpanded.value ? 'steps.hideAll' : 'steps.showAll')}
        </button>
      </div>
      <ol class="dvc-steps__list">
        {items.map(({ step, number, route, routeStart }, i) => {
          const isAlt = routeStart === 'or';
          const isCurrent = step.id === currentStepId;
          const isDone = completed.has(step.id);
          const open = m.isExpanded(step.id);
          const bodyId = `${uid}-s${i}`;
          const cls = ['dvc-step', isAlt && 'dvc-step--or', isCurrent && 'dvc-step--current', isDone && 'dvc-step--done']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={step.id} class={cls} aria-current={isCurrent ? 'step' : undefined}>
              {route && routeStart && <p class="dvc-step__route" lang={guideTextLang(lang, false)}>{route.title}</p>}
              <Heading class="dvc-step__heading">
                <span class="dvc-step__num">
                  {isAlt ? (
                    t(lang, 'steps.or')
                  ) : (
                    <>
                      <span class="dvc-vh">{t(lang, 'steps.stepWord')} </span>
                      {number}
                    </>
                  )}
                </span>
                <button
                  type="button"
                  class="dvc-step__toggle"
                  aria-expanded={open}
                  aria-controls={bodyId}
                  onClick={() => m.toggle(step.id)}
                >
                  <span lang={guideTextLang(lang, false)}>{step.title}</span>
                  {step.optional && <span class="dvc-step__opt"> ({t(lang, 'steps.optional')})</span>}
                </button>
              </Heading>
              {(isCurrent || isDone) && (
                <p class="dvc-step__status">{t(lang, isCurrent ? 'steps.current' : 'steps.done')}</p>
              )}
              <div id={bodyId} class="dvc-step__body" hidden={!open}>
                {(open || !detailsWhenOpen) && <StepDetails step={step} lang={lang} />}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
