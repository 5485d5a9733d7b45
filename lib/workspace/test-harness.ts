/**
 * For tests: a checklist client wired straight to a real store (fake-indexeddb) and the real
 * dispatcher, with events delivered to every subscriber, as the background does between surfaces.
 */
import { handleChecklistMessage, type ChecklistEvent } from '../checklist/protocol';
import { createChecklistStore, type ChecklistStore } from '../checklist/store';
import { createChecklistClient, type ChecklistClient, type EventListener } from './client';

export interface Harness {
  store: ChecklistStore;
  dbName: string;
  /** A new surface (side panel, a second panel) on the same data. */
  client(): ChecklistClient;
  events: ChecklistEvent[];
  /** Lets queued promises and event deliveries finish. */
  settle(): Promise<void>;
}

let counter = 0;

export function createHarness(opts: { now?: () => number; onRequest?: (message: unknown) => unknown } = {}): Harness {
  let clock = Date.parse('2025-08-20T03:00:00Z');
  const now = opts.now ?? (() => (clock += 1000));
  const dbName = `ws-test-${Date.now()}-${counter++}`;
  const store = createChecklistStore(indexedDB, { dbName, now });
  const listeners = new Set<EventListener>();
  const events: ChecklistEvent[] = [];
  const emit = (event: ChecklistEvent): void => {
    events.push(event);
    // Like runtime messaging: delivered later, not inside the request.
    queueMicrotask(() => listeners.forEach((l) => l(event)));
  };
  return {
    store,
    dbName,
    events,
    client() {
      return createChecklistClient(
        async (message) => {
          const override = opts.onRequest?.(message);
          if (override !== undefined) return override;
          return handleChecklistMessage(store, message, { emit, now });
        },
        (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      );
    },
    async settle() {
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
    },
  };
}
