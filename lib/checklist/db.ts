/**
 * Opening the checklist database, with an explicit list of schema versions. Each entry is written as it
 * shipped; a new version appends an entry and never edits an old one, so every earlier database
 * upgrades through the same steps. The IDBFactory is passed in (the extension's, or fake-indexeddb).
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { ChecklistError, toChecklistError } from './errors';
import { upgradeSessionRecord } from './migrate';
import { DEFAULT_SETTINGS } from './schema';

export const DB_NAME = 'dvc-guide';
export const SETTINGS_KEY = 'settings';

/** Stored values are `unknown`: every read goes through the zod schema before use. */
export interface ChecklistDBSchema extends DBSchema {
  sessions: {
    key: string;
    value: unknown;
    indexes: { byUpdated: number; byGuide: string; byStatus: string };
  };
  meta: { key: string; value: unknown };
  /** Author mode (lib/author/store.ts): guide drafts by guide id, failure records by their key. */
  drafts: { key: string; value: unknown; indexes: { byUpdated: number } };
  failures: { key: string; value: unknown; indexes: { byGuide: string; byLast: number } };
}

export type ChecklistDB = IDBPDatabase<ChecklistDBSchema>;

export interface Migration {
  version: number;
  description: string;
  /**
   * Runs inside the versionchange transaction; synchronous schema changes, async record rewrites.
   * `oldVersion` is the version the database had before this upgrade began (0 for a new one).
   */
  upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void;
}

function rewriteSessions(tx: IDBTransaction, fromRecordVersion: number): void {
  const request = tx.objectStore('sessions').openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const upgraded = upgradeSessionRecord(cursor.value, fromRecordVersion);
    if (upgraded !== cursor.value) cursor.update(upgraded);
    cursor.continue();
  };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'sessions keyed by id, listed by last update',
    upgrade(db) {
      const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
      sessions.createIndex('updatedAt', 'updatedAt');
    },
  },
  {
    version: 2,
    description: 'indexes by guide and status, settings store, documents map and new session fields',
    upgrade(db, tx) {
      const sessions = tx.objectStore('sessions');
      // Renamed to the by* convention; the index is rebuilt from the records.
      if (sessions.indexNames.contains('updatedAt')) sessions.deleteIndex('updatedAt');
      sessions.createIndex('byUpdated', 'updatedAt');
      sessions.createIndex('byGuide', 'guideId');
      sessions.createIndex('byStatus', 'status');
      const meta = db.createObjectStore('meta');
      meta.put(DEFAULT_SETTINGS, SETTINGS_KEY);
      rewriteSessions(tx, 1);
    },
  },
  {
    version: 3,
    description: 'guide progress per tab, surviving reloads and browser restarts',
    upgrade(db) {
      const progress = db.createObjectStore('progress', { keyPath: 'key' });
      progress.createIndex('byUpdated', 'updatedAt');
    },
  },
  {
    version: 4,
    description: 'drop the progress store: guide runs live in extension storage (lib/overlay/run-store.ts)',
    upgrade(db) {
      if (db.objectStoreNames.contains('progress')) db.deleteObjectStore('progress');
    },
  },
  {
    // Written as `oldVersion < 5` (this list's rule: every version above the old one runs), on top of
    // whatever v4 did; it only adds stores, so it holds with or without v4's changes.
    version: 5,
    description: 'author mode: guide drafts and the local log of where guides fail',
    upgrade(db) {
      if (!db.objectStoreNames.contains('drafts')) {
        db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
      }
      if (!db.objectStoreNames.contains('failures')) {
        const failures = db.createObjectStore('failures', { keyPath: 'key' });
        failures.createIndex('byGuide', 'guideId');
        failures.createIndex('byLast', 'lastAt');
      }
    },
  },
  {
    version: 6,
    description: 'session status ids in English (record version 3: dang-lam → in-progress, …)',
    upgrade(_db, tx, oldVersion) {
      // A version-1 database was already rewritten to the current record shape by version 2's pass; a
      // second cursor over the same records in this transaction would read them before that pass wrote.
      if (oldVersion >= 2) rewriteSessions(tx, 2);
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

export interface OpenOptions {
  name?: string;
  /** Lower than DB_VERSION only in tests that build an old database. */
  version?: number;
  /** Another tab wants a newer version: this connection has been closed. */
  onVersionChange?: (error: ChecklistError) => void;
}

/**
 * Opens (and upgrades) the database. Rejects with 'blocked' at once when an older connection in another
 * tab holds it — the helper is told to close that tab rather than facing a silent hang; if the upgrade
 * later goes through, that late connection is closed and the next call opens normally.
 */
export function openChecklistDb(factory: IDBFactory, options: OpenOptions = {}): Promise<ChecklistDB> {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: ChecklistError): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      fail(toChecklistError(error));
      return;
    }
    request.onupgradeneeded = (event) => {
      const db = request.result;
      const tx = request.transaction;
      if (!tx) return;
      try {
        for (const migration of MIGRATIONS) {
          if (migration.version > event.oldVersion && migration.version <= version) migration.upgrade(db, tx, event.oldVersion);
        }
      } catch (error) {
        tx.abort();
        fail(toChecklistError(error));
      }
    };
    request.onblocked = () => fail(new ChecklistError('blocked', { detail: `${name} v${version}` }));
    request.onerror = (event) => {
      event.preventDefault();
      fail(toChecklistError(request.error));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      db.onversionchange = () => {
        db.close();
        options.onVersionChange?.(new ChecklistError('version-change'));
      };
      resolve(wrap(db) as ChecklistDB);
    };
  });
}
