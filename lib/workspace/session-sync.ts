/**
 * Keeps a helper's session and the guide running in its portal tab in step. Pure functions: the
 * background applies them with its stores, tests call them directly.
 *
 * Rules (chosen so the two sides converge instead of echoing each other):
 * - overlay → session: steps the overlay newly completed (compared with the tab's previous record) are
 *   marked done, and the session's current step follows the overlay. Nothing is ever un-ticked by the
 *   overlay, so a helper's un-tick in the side panel is not undone by a stale overlay save.
 * - session → overlay: the tab's record takes the session's done steps and current step.
 * A session's current step counts every step of every route (allSteps), so it does not depend on the
 * route taken; the tab's record counts the walked steps of its route choice (lib/guide/routes.ts).
 */
import { allSteps, choiceWithStep, knownChoice, walkedSteps } from '../guide/routes';
import type { Guide } from '../guide/schema';
import { setCurrentStep, setStep, type Session } from '../checklist/model';
import type { RunRecord } from '../overlay/progress-port';

/** Done step ids in guide order (unknown ids last, so nothing recorded is lost). */
export function doneStepIds(guide: Guide | undefined, session: Session): string[] {
  const done = Object.keys(session.steps).filter((id) => session.steps[id]?.done);
  if (!guide) return done;
  const order = allSteps(guide).map((s) => s.id);
  return [...order.filter((id) => done.includes(id)), ...done.filter((id) => !order.includes(id))];
}

function clampIndex(length: number, index: number): number {
  return Math.min(Math.max(0, index), Math.max(0, length - 1));
}

/** The session's current step (an index into allSteps) as the id of a step. */
function sessionStepId(guide: Guide, session: Session): string | undefined {
  const all = allSteps(guide);
  return all[clampIndex(all.length, session.currentStep)]?.id;
}

/** The record's current step (an index into its walked steps) as an index into allSteps. */
function sessionIndexOfRun(guide: Guide, record: RunRecord): number {
  const walked = walkedSteps(guide, knownChoice(guide, record.routes));
  const id = walked[clampIndex(walked.length, record.stepIndex)]?.id;
  return Math.max(0, allSteps(guide).findIndex((s) => s.id === id));
}

export function runFromSession(guide: Guide, session: Session, now: number, previous?: RunRecord | null): RunRecord {
  const all = new Set(allSteps(guide).map((s) => s.id));
  const currentId = sessionStepId(guide, session);
  const before = previous && previous.guideId === guide.id ? knownChoice(guide, previous.routes) : {};
  const routes = currentId ? choiceWithStep(guide, before, currentId) : before;
  const walked = walkedSteps(guide, routes);
  const record: RunRecord = {
    guideId: guide.id,
    guideVersion: guide.version,
    stepIndex: Math.max(0, walked.findIndex((s) => s.id === currentId)),
    completed: doneStepIds(guide, session).filter((id) => all.has(id)),
    sessionId: session.id,
    updatedAt: now,
  };
  if (Object.keys(routes).length > 0) record.routes = { ...routes };
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
    JSON.stringify(current.routes ?? {}) === JSON.stringify(wanted.routes ?? {}) &&
    sameList(current.completed, wanted.completed)
  );
}

/**
 * The session after the overlay saved `record`; the same object when nothing changed. With the guide,
 * the record's step (counted along its route) becomes the session's (counted over every route).
 */
export function sessionFromRun(
  session: Session,
  record: RunRecord,
  previous: RunRecord | null | undefined,
  now: number,
  guide?: Guide,
): Session {
  if (record.sessionId !== session.id || record.guideId !== session.guideId) return session;
  const before = previous && previous.sessionId === session.id && previous.guideId === record.guideId ? new Set(previous.completed) : new Set<string>();
  let next = session;
  for (const id of record.completed) {
    if (before.has(id) || next.steps[id]?.done) continue;
    next = setStep(next, id, true, now);
  }
  const current = guide ? sessionIndexOfRun(guide, record) : record.stepIndex;
  if (next.currentStep !== current) next = setCurrentStep(next, current, now);
  return next;
}

/**
 * Where the current step goes when the helper ticks a step in the side panel: ticking the current step
 * moves on to the next step not done along its route (the other routes of a fork are passed over), like
 * "Đã xong bước này" would. Indexes count every route's steps (allSteps).
 */
export function currentAfterTick(guide: Guide, session: Session, stepId: string, done: boolean): number | undefined {
  const all = allSteps(guide);
  const index = all.findIndex((s) => s.id === stepId);
  if (index < 0 || !done || index !== session.currentStep) return undefined;
  const isDone = (id: string): boolean => id === stepId || session.steps[id]?.done === true;
  const walked = walkedSteps(guide, choiceWithStep(guide, {}, stepId));
  for (let i = walked.findIndex((s) => s.id === stepId) + 1; i < walked.length; i++) {
    const step = walked[i];
    if (!step || isDone(step.id)) continue;
    return all.findIndex((s) => s.id === step.id);
  }
  return index;
}

/** The procedure's page on the national portal, where a guide for it starts. */
export function portalUrl(guide: Guide): string | null {
  const id = guide.procedure?.portalId;
  return id ? `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${id}` : null;
}
