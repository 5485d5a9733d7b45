/**
 * "Sắp đến hạn / Quá hạn": submitted dossiers whose promised result date (ngày hẹn trả) is past or near,
 * so the helper calls the office or the resident before the resident has to ask.
 */
import type { JSX } from 'preact';
import type { Session } from '../../lib/checklist/model';
import { formatDate } from '../../lib/i18n/format';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import { SessionRow } from './SessionRow';

export interface DueListProps {
  overdue: readonly Session[];
  dueSoon: readonly Session[];
  lang: Lang;
  onOpen: (id: string) => void;
}

function Rows({ sessions, lang, onOpen, overdue }: { sessions: readonly Session[]; lang: Lang; onOpen: (id: string) => void; overdue: boolean }): JSX.Element {
  return (
    <ul class="dvc-tasks">
      {sessions.map((s) => (
        <SessionRow
          key={s.id}
          session={s}
          onOpen={onOpen}
          hints={
            <span class="dvc-task__hint">
              {s.guideTitle}
              {s.dossierCode ? ` · ${s.dossierCode}` : ''}
            </span>
          }
          status={
            <strong class={`dvc-status ${overdue ? 'dvc-status--overdue' : 'dvc-status--in-progress'}`}>
              {t(lang, overdue ? 'ws.dueOverdueOn' : 'ws.dueOn', { date: formatDate(s.resultDate ?? '', lang) })}
            </strong>
          }
        />
      ))}
    </ul>
  );
}

export function DueList({ overdue, dueSoon, lang, onOpen }: DueListProps): JSX.Element | null {
  if (overdue.length === 0 && dueSoon.length === 0) return null;
  return (
    <section aria-labelledby="dvc-due-h">
      <h2 id="dvc-due-h">{t(lang, 'ws.dueHeading')}</h2>
      {overdue.length > 0 && (
        <>
          <h3>{t(lang, 'ws.overdue', { n: overdue.length })}</h3>
          <Rows sessions={overdue} lang={lang} onOpen={onOpen} overdue />
        </>
      )}
      {dueSoon.length > 0 && (
        <>
          <h3>{t(lang, 'ws.dueSoon', { n: dueSoon.length })}</h3>
          <Rows sessions={dueSoon} lang={lang} onOpen={onOpen} overdue={false} />
        </>
      )}
    </section>
  );
}
