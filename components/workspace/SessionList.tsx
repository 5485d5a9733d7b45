/** Sessions as a GOV.UK task list: the resident label opens the session, the status is a word. */
import type { JSX } from 'preact';
import type { Session } from '../../lib/checklist/model';
import { formatDate } from '../../lib/i18n/format';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import { SessionRow } from './SessionRow';
import { StatusTag } from './StatusTag';

export interface SessionListProps {
  heading: string;
  sessions: readonly Session[];
  lang: Lang;
  onOpen: (id: string) => void;
  empty?: string;
}

export function SessionList({ heading, sessions, lang, onOpen, empty }: SessionListProps): JSX.Element {
  return (
    <section aria-label={heading}>
      <h2>
        {heading} <span class="dvc-muted">({sessions.length})</span>
      </h2>
      {sessions.length === 0 ? (
        <p class="dvc-muted">{empty ?? t(lang, 'session.none')}</p>
      ) : (
        <ul class="dvc-tasks">
          {sessions.map((s) => (
            <SessionRow
              key={s.id}
              session={s}
              onOpen={onOpen}
              hints={
                <>
                  <span class="dvc-task__hint">{s.guideTitle}</span>
                  <span class="dvc-task__hint">
                    {s.dossierCode ? `${s.dossierCode} · ` : ''}
                    {t(lang, 'session.updated', { date: formatDate(s.updatedAt, lang, { withTime: true }) })}
                  </span>
                </>
              }
              status={<StatusTag status={s.status} lang={lang} />}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
