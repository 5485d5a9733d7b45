/**
 * Keeps a helper's session and the guide running in its portal tab in step. Pure functions: the
 * background applies them with its stores, tests call them directly.
 *
 * Rules (chosen so the two sides converge instead of echoing each other):
 * - overlay → session: steps the overlay newly completed (compared with the tab's previous record) are
 *   marked done, and the session's current step follows the overlay. Nothing is ever un-ticked by the
 *   overlay, so a helper's un-tick in the side panel is not undone by a stale overlay save.
 * - session → overlay: the tab's record takes the session's done steps and current step.
 */
import type { Guide } from '../guide/schema';
import { setCurrentStep, setStep, type Session } from '../checklist/model';
import type { RunRecord } from '../overlay/progress-port';

/** Done step ids in guide order (unknown ids last, so nothing recorded is lost). */
export function doneStepIds(guide: Guide | undefined, session: Session): string[] {
  const done = Object.keys(session.steps).filter((id) => session.steps[id]?.done);
  if (!guide) return done;
  const order = guide.steps.map((s) => s.id);
  return [...order.filter((id) => done.includes(id)), ...done.filter((id) => !order.includes(id))];
}

function clampIndex(guide: Guide, index: number): number {
  return Math.min(Math.max(0, index), Math.max(0, guide.steps.length - 1));
}

export function runFromSession(guide: Guide, session: Session, now: number, previous?: RunRecord | null): RunRecord {
  const record: RunRecord = {
    guideId: guide.id,
    guideVersion: guide.version,
    stepIndex: clampIndex(guide, session.currentStep),
    completed: doneStepIds(guide, session).filter((id) => guide.steps.some((s) => s.id === id)),
    sessionId: session.id,
    updatedAt: now,
  };
  if (previous?.minimised !== undefined && previous.sessionId === session.id) record.minimised = previous.minimised;
  return record;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether the tab's record already says what `wanted` says (then nothing is saved or sent). */
export function runMatches(current: RunRecord | null | undefined, wanted: RunRecord): boolean {
  return (
    !!current &&
    current.guideId === wanted.guideId &&
    current.sessionId === wanted.sessionId &&
    current.stepIndex === wanted.stepIndex &&
    sameList(current.completed, wanted.completed)
  );
}

/** The session after the overlay saved `record`; the same object when nothing changed. */
export function sessionFromRun(session: Session, record: RunRecord, previous: RunRecord | null | undefined, now: number): Session {
  if (record.sessionId !== session.id || record.guideId !== session.guideId) return session;
  const before = previous && previous.sessionId === session.id && previous.guideId === record.guideId ? new Set(previous.completed) : new Set<string>();
  let next = session;
  for (const id of record.completed) {
    if (before.has(id) || next.steps[id]?.done) continue;
    next = setStep(next, id, true, now);
  }
  if (next.currentStep !== record.stepIndex) next = setCurrentStep(next, record.stepIndex, now);
  return next;
}

/**
 * Where the current step goes when the helper ticks a step in the side panel: ticking the current step
 * moves on to the next step not done (skipping alternatives of done steps), like "Tiếp theo" would.
 */
export function currentAfterTick(guide: Guide, session: Session, stepId: string, done: boolean): number | undefined {
  const index = guide.steps.findIndex((s) => s.id === stepId);
  if (index < 0 || !done || index !== session.currentStep) return undefined;
  const isDone = (id: string): boolean => id === stepId || session.steps[id]?.done === true;
  for (let i = index + 1; i < guide.steps.length; i++) {
    const step = guide.steps[i];
    if (!step || isDone(step.id)) continue;
    if (step.alternativeOf !== undefined && isDone(step.alternativeOf)) continue;
    return i;
  }
  return index;
}

/** The procedure's page on the national portal, where a guide for it starts. */
export function portalUrl(guide: Guide): string | null {
  const id = guide.procedure?.portalId;
  return id ? `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${id}` : null;
}
