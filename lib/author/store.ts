/**
 * Author mode's storage in the extension's database (stores `drafts` and `failures`, DB version 5):
 * drafts by guide id, failure records merged by key in one transaction (two tabs reporting the same
 * failure at once both count). Every record read is checked; a damaged one is skipped, never shown.
 */
import * as z from 'zod/mini';
import { openChecklistDb, type ChecklistDB } from '../checklist/db';
import { toChecklistError } from '../checklist/errors';
import { Slug } from '../guide/schema';
import { failureRecordOf, FailureRecord, mergeRecords, type FailureEvent } from './failures';
import type { Draft, DraftGuide } from './draft';

/** A log that grows past this drops its least recently seen records first. */
export const MAX_FAILURE_RECORDS = 2000;

const DraftRecord = z.object({
  id: Slug,
  guide: z.object({ id: z.string(), title: z.string(), steps: z.array(z.object({ id: z.string() })) }),
  baseVersion: z.nullable(z.int()),
  updatedAt: z.number(),
});

export interface AuthorStore {
  listDrafts(): Promise<Draft[]>;
  getDraft(id: string): Promise<Draft | undefined>;
  saveDraft(draft: Draft): Promise<Draft>;
  removeDraft(id: string): Promise<void>;
  /** Records one failure (merged with the same key); undefined when the event cannot be logged safely. */
  appendFailure(event: FailureEvent): Promise<FailureRecord | undefined>;
  /** Adds whole records (an imported log), merging by key. */
  mergeFailures(records: readonly FailureRecord[]): Promise<number>;
  listFailures(guideId?: string): Promise<FailureRecord[]>;
  /** Clears the log, or one guide's records. */
  clearFailures(guideId?: string): Promise<void>;
  close(): void;
}

export function createAuthorStore(factory: IDBFactory, options: { dbName?: string } = {}): AuthorStore {
  let opening: Promise<ChecklistDB> | undefined;
  const db = (): Promise<ChecklistDB> => {
    opening ??= openChecklistDb(factory, {
      ...(options.dbName !== undefined ? { name: options.dbName } : {}),
      onVersionChange: () => {
        opening = undefined;
      },
    }).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  const run = async <T>(work: (conn: ChecklistDB) => Promise<T>): Promise<T> => {
    try {
      return await work(await db());
    } catch (error) {
      throw toChecklistError(error);
    }
  };
  const asDraft = (v: unknown): Draft | undefined => (DraftRecord.safeParse(v).success ? ({ ...(v as Draft), guide: (v as Draft).guide as DraftGuide }) : undefined);
  const asFailure = (v: unknown): FailureRecord | undefined => {
    const r = FailureRecord.safeParse(v);
    return r.success ? r.data : undefined;
  };

  async function trim(conn: ChecklistDB): Promise<void> {
    const over = (await conn.count('failures')) - MAX_FAILURE_RECORDS;
    if (over <= 0) return;
    const tx = conn.transaction('failures', 'readwrite');
    let cursor = await tx.store.index('byLast').openCursor();
    for (let n = 0; cursor && n < over; n++) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  return {
    listDrafts: () =>
      run(async (conn) => {
        const all = await conn.getAllFromIndex('drafts', 'byUpdated');
        return all.map(asDraft).filter((d): d is Draft => d !== undefined).reverse();
      }),
    getDraft: (id) => run(async (conn) => asDraft(await conn.get('drafts', id))),
    saveDraft: (draft) =>
      run(async (conn) => {
        if (!asDraft(draft)) throw new Error('invalid draft');
        await conn.put('drafts', draft);
        return draft;
      }),
    removeDraft: (id) => run((conn) => conn.delete('drafts', id)),
    appendFailure: (event) =>
      run(async (conn) => {
        const record = failureRecordOf(event);
        if (!record) return undefined;
        const tx = conn.transaction('failures', 'readwrite');
        const old = asFailure(await tx.store.get(record.key));
        const merged = old ? mergeRecords(old, record) : record;
        await tx.store.put(merged);
        await tx.done;
        await trim(conn);
        return merged;
      }),
    mergeFailures: (records) =>
      run(async (conn) => {
        const tx = conn.transaction('failures', 'readwrite');
        let n = 0;
        for (const r of records) {
          const checked = asFailure(r);
          if (!checked) continue;
          const old = asFailure(await tx.store.get(checked.key));
          await tx.store.put(old ? mergeRecords(old, checked) : checked);
          n++;
        }
        await tx.done;
        await trim(conn);
        return n;
      }),
    listFailures: (guideId) =>
      run(async (conn) => {
        const all = guideId === undefined ? await conn.getAll('failures') : await conn.getAllFromIndex('failures', 'byGuide', guideId);
        return all.map(asFailure).filter((r): r is FailureRecord => r !== undefined).sort((a, b) => b.lastAt - a.lastAt);
      }),
    clearFailures: (guideId) =>
      run(async (conn) => {
        if (guideId === undefined) {
          await conn.clear('failures');
          return;
        }
        const tx = conn.transaction('failures', 'readwrite');
        let cursor = await tx.store.index('byGuide').openCursor(guideId);
        while (cursor) {
          await cursor.delete();
          cursor = await cursor.continue();
        }
        await tx.done;
      }),
    close: () => {
      void opening?.then((c) => c.close()).catch(() => undefined);
      opening = undefined;
    },
  };
}
