/**
 * The guide's steps as checkboxes the helper ticks; the same ticks arrive from the overlay in the portal
 * tab. The current step is said in words ("Đang ở bước này").
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Session } from '../../lib/checklist/model';
import { numberedSteps } from '../../lib/guide/routes';
import type { Guide } from '../../lib/guide/schema';
import { t, type Lang } from '../../lib/i18n/workspace-messages';

export interface StepChecklistProps {
  guide: Guide;
  session: Session;
  lang: Lang;
  onTick: (stepId: string, done: boolean) => void;
}

export function StepChecklist({ guide, session, lang, onTick }: StepChecklistProps): JSX.Element {
  const uid = useId();
  // Every route's steps, in the order session.currentStep counts them (lib/workspace/session-sync.ts).
  const items = numberedSteps(guide);
  const doneCount = items.filter((n) => session.steps[n.step.id]?.done).length;
  return (
    <section aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>{t(lang, 'steps.heading')}</h3>
      <p class="dvc-docs__count" aria-live="polite">
        {t(lang, 'ws.stepsDone', { n: doneCount, m: items.length })}
      </p>
      <ol class="dvc-steps-check">
        {items.map(({ step, number, routeStart }, i) => {
          const isAlt = routeStart === 'or';
          const box = `${uid}-s${i}`;
          const done = session.steps[step.id]?.done === true;
          const current = i === session.currentStep;
          return (
            <li key={step.id} aria-current={current ? 'step' : undefined}>
              <label class="dvc-choice" for={box}>
                <input type="checkbox" id={box} checked={done} onChange={(e) => onTick(step.id, e.currentTarget.checked)} />
                <span>
                  <span class="dvc-muted">{isAlt ? `${t(lang, 'steps.or')}: ` : `${t(lang, 'steps.stepWord')} ${number}: `}</span>
                  {step.title}
                  {step.optional && <span class="dvc-step__opt"> ({t(lang, 'steps.optional')})</span>}
                </span>
              </label>
              {current && !done && <p class="dvc-step__status">{t(lang, 'ws.currentStep')}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
