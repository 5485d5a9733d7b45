/**
 * Record-shape upgrades, shared by the IndexedDB upgrade and by restoring an old backup, so a record
 * from any earlier version becomes the current shape the same way wherever it comes from.
 *
 * Record version 1 (first release): `documentsTicked: string[]`, `paidOnline: boolean`, no guide title,
 * no result date / postal return / submission time.
 * Record version 2 (current): `documents` map, `paidOnline: boolean | null`, `guideTitle`,
 * `resultByPost`, `submittedAt`, optional `resultDate` and `procedureCode`.
 */

export const RECORD_VERSION = 2;

type Raw = Record<string, unknown>;

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const V1_SUBMITTED = new Set(['da-nop', 'can-bo-sung', 'da-xong']);

function v1ToV2(record: Raw): Raw {
  const { documentsTicked, ...rest } = record;
  const documents: Record<string, boolean> = isRaw(rest.documents) ? { ...(rest.documents as Record<string, boolean>) } : {};
  if (Array.isArray(documentsTicked)) {
    for (const docId of documentsTicked) if (typeof docId === 'string') documents[docId] = true;
  }
  const next: Raw = {
    ...rest,
    documents,
    guideTitle: typeof rest.guideTitle === 'string' ? rest.guideTitle : rest.guideId,
    resultByPost: typeof rest.resultByPost === 'boolean' ? rest.resultByPost : false,
    paidOnline: typeof rest.paidOnline === 'boolean' ? rest.paidOnline : null,
    steps: isRaw(rest.steps) ? rest.steps : {},
    currentStep: typeof rest.currentStep === 'number' ? rest.currentStep : 0,
    notes: typeof rest.notes === 'string' ? rest.notes : '',
  };
  // v1 did not record when; the last update is the best lower bound we have.
  if (next.submittedAt === undefined && typeof next.status === 'string' && V1_SUBMITTED.has(next.status)) {
    next.submittedAt = next.updatedAt;
  }
  return next;
}

const STEPS: ReadonlyArray<{ to: number; run: (record: Raw) => Raw }> = [{ to: 2, run: v1ToV2 }];

/**
 * Brings a stored record up to RECORD_VERSION. Anything unreadable is returned untouched: it is kept
 * (never silently dropped) and reported as damaged when read.
 */
export function upgradeSessionRecord(record: unknown, fromVersion: number): unknown {
  if (!isRaw(record)) return record;
  let current = record;
  for (const step of STEPS) {
    if (fromVersion < step.to) current = step.run(current);
  }
  return current;
}
