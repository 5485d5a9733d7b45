/** Which of the town's questions go with a guide (no schema import: the widget and overlay ship this). */
import type { TownProfile, TownQuestion } from './schema';

/** The questions shown with a guide (and, when given, at one of its steps): the town-wide ones too. */
export function townQuestionsFor(town: TownProfile, guideId: string, stepId?: string): TownQuestion[] {
  return (town.questions ?? []).filter(
    (q) => q.guide === undefined || (q.guide === guideId && (q.step === undefined || stepId === undefined || q.step === stepId)),
  );
}
