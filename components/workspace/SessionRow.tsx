/**
 * One row of a GOV.UK-style task list of sessions: the resident label is the button that opens the
 * session, hints under it, and the status (or due date) at the end. Shared by the session lists and the
 * due list so every list reads and works the same way.
 */
import type { ComponentChildren, JSX } from 'preact';
import type { Session } from '../../lib/checklist/model';

export interface SessionRowProps {
  session: Session;
  onOpen: (id: string) => void;
  /** Lines under the label (procedure, dossier code, last update…). */
  hints: ComponentChildren;
  /** The status word or the due date, at the end of the row. */
  status: ComponentChildren;
}

export function SessionRow({ session, onOpen, hints, status }: SessionRowProps): JSX.Element {
  return (
    <li class="dvc-task">
      <div class="dvc-task__main">
        <button type="button" class="dvc-task__name" onClick={() => onOpen(session.id)}>
          {session.residentLabel}
        </button>
        {hints}
      </div>
      {status}
    </li>
  );
}
