/**
 * The side panel's own way to the checklist database. The panel is an extension page, the same origin as
 * the background, so it opens the same IndexedDB through the same code (lib/checklist: schema,
 * migrations, validation, error messages) instead of asking the background for every tick: a message
 * round trip alone costs about as much as the write. After each change it tells the background
 * ('session:written'), which reads the session back and passes it on to the portal tab running it and to
 * the other extension pages, exactly as if the change had been made there.
 *
 * Only the session reads and edits the panel makes all the time go direct; the rest (create, remove,
 * backup, clear, settings, report) still goes through the background, which owns the side effects
 * (practice marks, tab links, clearing runs).
 */
import { handleChecklistMessage, type ChecklistEvent } from '../checklist/protocol';
import type { ChecklistStore } from '../checklist/store';
import type { Send } from './client';

/** Sent to the background after the panel wrote (or found gone) a session. */
export interface SessionWritten {
  type: 'session:written';
  id: string;
}

export function isSessionWritten(value: unknown): value is SessionWritten {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'session:written' &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

const DIRECT: ReadonlySet<string> = new Set(['session:get', 'session:update', 'session:save', 'session:list']);

export interface DirectSendDeps {
  store: ChecklistStore;
  /** Everything else: the background (runtime messaging). */
  forward: Send;
  /** Fire and forget: a background that does not answer must not turn a saved change into a failure. */
  notify: (message: SessionWritten) => void;
  now?: () => number;
}

/** A `send` for createChecklistClient that answers the frequent session requests from the database itself. */
export function directSend(deps: DirectSendDeps): Send {
  const emit = (event: ChecklistEvent): void => {
    if (event.type === 'session:changed') deps.notify({ type: 'session:written', id: event.session.id });
  };
  return (message) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !DIRECT.has(type)) return deps.forward(message);
    return handleChecklistMessage(deps.store, message, { emit, ...(deps.now ? { now: deps.now } : {}) });
  };
}
