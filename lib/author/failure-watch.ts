/**
 * Watches the overlay model for the moments a guide fails a person, and reports each once per page:
 * a target not found (with the strategies tried and the step's page patterns), steps passed over (the
 * run jumped past steps that were not done), a route step shown "elsewhere" (the page matches none of
 * the fork's routes). Help opened is reported by the card (OverlayApp). Pure: the model and a report
 * function are passed in.
 */
import { effect } from '@preact/signals';
import { routeOfStep } from '../guide/routes';
import type { Step } from '../guide/schema';
import type { OverlayModel } from '../overlay/overlay-model';
import type { FailureReport } from './protocol';

/** The page patterns of a walked step: its own, or the nearest earlier step's (a step without `page`). */
function stepPages(steps: readonly Step[], index: number): readonly string[] | undefined {
  for (let i = index; i >= 0; i--) if (steps[i]?.page) return steps[i]?.page;
  return undefined;
}

export function watchFailures(m: Pick<OverlayModel, 'run' | 'target'>, report: (r: FailureReport) => void, href: () => string): () => void {
  let reported = '';
  const stopTarget = effect(() => {
    const state = m.target.value;
    const run = m.run.peek();
    if (!run) return;
    const step = run.step.peek();
    const base = { guideId: run.guide.id, guideVersion: run.guide.version, stepId: step.id };
    if (state.kind === 'elsewhere' && routeOfStep(run.guide, step.id)) {
      const key = `route|${run.guide.id}|${step.id}|${href()}`;
      if (key === reported) return;
      reported = key;
      report({ ...base, kind: 'route-not-recognised' });
      return;
    }
    if (state.kind !== 'not-found') return;
    const key = `target|${run.guide.id}|${step.id}|${href()}`;
    if (key === reported) return;
    reported = key;
    const pages = stepPages(run.steps.peek(), run.stepIndex.peek()) ?? run.guide.startPages;
    report({ ...base, kind: 'target-not-found', ...(step.target ? { tried: step.target } : {}), ...(pages ? { knownPages: [...pages] } : {}) });
  });
  let last: { guideId: string; index: number } | null = null;
  const stopSteps = effect(() => {
    const run = m.run.value;
    if (!run) {
      last = null;
      return;
    }
    const index = run.stepIndex.value;
    if (last && last.guideId === run.guide.id && index > last.index + 1) {
      const done = run.completed.peek();
      const steps = run.steps.peek();
      for (let i = last.index + 1; i < index; i++) {
        const step = steps[i];
        if (step && !done.has(step.id) && !step.optional) {
          report({ guideId: run.guide.id, guideVersion: run.guide.version, stepId: step.id, kind: 'step-passed-over' });
        }
      }
    }
    last = { guideId: run.guide.id, index };
  });
  return () => {
    stopTarget();
    stopSteps();
  };
}
