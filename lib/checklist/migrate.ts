/**
 * Record-shape upgrades, shared by the IndexedDB upgrade and by restoring an old backup, so a record
 * from any earlier version becomes the current shape the same way wherever it comes from.
 *
 * Record version 1 (first release): `documentsTicked: string[]`, `paidOnline: boolean`, no guide title,
 * no result date / postal return / submission time.
 * Record version 2: `documents` map, `paidOnline: boolean | null`, `guideTitle`,
 * `resultByPost`, `submittedAt`, optional `resultDate` and `procedureCode`.
 * Record version 3 (current): status ids in English (`in-progress`, not `dang-lam`): they are identifiers
 * in code, CSS class names and backups, not text a person reads (the labels come from STATUS_LABELS).
 */

export const RECORD_VERSION = 3;

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

/** The status ids up to record version 2, and their English ids since version 3. */
const V2_STATUS_IDS: Readonly<Record<string, string>> = {
  'chua-bat-dau': 'not-started',
  'dang-lam': 'in-progress',
  'da-nop': 'submitted',
  'can-bo-sung': 'action-needed',
  'da-xong': 'done',
};

function v2ToV3(record: Raw): Raw {
  const renamed = typeof record.status === 'string' ? V2_STATUS_IDS[record.status] : undefined;
  // Unchanged when there is nothing to rename, so the database rewrite leaves such records alone.
  return renamed === undefined ? record : { ...record, status: renamed };
}

const STEPS: ReadonlyArray<{ to: number; run: (record: Raw) => Raw }> = [
  { to: 2, run: v1ToV2 },
  { to: 3, run: v2ToV3 },
];

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
