/**
 * The guide's steps as checkboxes the helper ticks; the same ticks arrive from the overlay in the portal
 * tab. The current step is said in words ("Đang ở bước này").
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Session } from '../../lib/checklist/model';
import { allSteps, choiceFromSteps, walkedSteps } from '../../lib/guide/routes';
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
  // The route the session is on (its ticks, then its current step), as the overlay walks it; the
  // session's current step counts every route's steps (lib/workspace/session-sync.ts).
  const all = allSteps(guide);
  const currentId = all[session.currentStep]?.id;
  const done = all.filter((s) => session.steps[s.id]?.done).map((s) => s.id);
  const items = walkedSteps(guide, choiceFromSteps(guide, currentId ? [...done, currentId] : done)).map((step, i) => ({ step, number: i + 1 }));
  const doneCount = items.filter((n) => session.steps[n.step.id]?.done).length;
  return (
    <section aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>{t(lang, 'steps.heading')}</h3>
      <p class="dvc-docs__count" aria-live="polite">
        {t(lang, 'ws.stepsDone', { n: doneCount, m: items.length })}
      </p>
      <ol class="dvc-steps-check">
        {items.map(({ step, number }, i) => {
          const box = `${uid}-s${i}`;
          const done = session.steps[step.id]?.done === true;
          const current = step.id === currentId;
          return (
            <li key={step.id} aria-current={current ? 'step' : undefined}>
              <label class="dvc-choice" for={box}>
                <input type="checkbox" id={box} checked={done} onChange={(e) => onTick(step.id, e.currentTarget.checked)} />
                <span>
                  <span class="dvc-muted">{`${t(lang, 'steps.stepWord')} ${number}: `}</span>
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
