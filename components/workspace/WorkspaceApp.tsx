/**
 * The side panel: navigation (sessions, report, backup), one live region for saves and one alert for
 * errors, and the current view. Models are created by the entrypoint and passed in.
 */
import type { TownProfile } from '../../lib/town/schema';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { CHECKLIST_MESSAGES } from '../../lib/checklist/messages';
import { t, type Lang, type MessageKey } from '../../lib/i18n/workspace-messages';
import type { BackupModel } from '../../lib/workspace/backup-model';
import type { NewSessionModel } from '../../lib/workspace/new-session-model';
import type { ReportModel } from '../../lib/workspace/report-model';
import type { WorkspaceModel, WorkspaceView } from '../../lib/workspace/workspace-model';
import type { LeafletPrint } from '../leaflet/LeafletButton';
import { QaPanel, type QaPanelProps } from '../qa/QaPanel';
import { BackupPanel } from './BackupPanel';
import { DueList } from './DueList';
import { ErrorBox } from './ErrorBox';
import { NewSessionForm } from './NewSessionForm';
import { ReportView } from './ReportView';
import { SessionList } from './SessionList';
import { SessionView } from './SessionView';

export interface WorkspaceAppProps {
  model: WorkspaceModel;
  newSession: NewSessionModel;
  report: ReportModel;
  backup: BackupModel;
  lang: Lang;
  onDownload: (fileName: string, text: string) => void;
  onOpenOptions?: () => void;
  /** The guides (and town) the "Hỏi đáp" tab answers from. */
  qa?: Omit<QaPanelProps, 'lang' | 'onLeaflet'>;
  /** Prints a guide's one-page leaflet ("In tờ hướng dẫn"). */
  onLeaflet?: LeafletPrint;
  /** Practice mode is on (options): new sessions are training walks, never counted in the report. */
  practice?: boolean;
  /** The town's own help (options), shown with the session's guide. */
  town?: TownProfile | null;
}

const NAV: ReadonlyArray<[WorkspaceView, MessageKey]> = [
  ['home', 'session.heading'],
  ['report', 'report.heading'],
  ['backup', 'ws.backupNav'],
  ['qa', 'ws.qaNav'],
];

function Home({ model, lang }: { model: WorkspaceModel; lang: Lang }): JSX.Element {
  const open = (id: string): void => {
    void model.select(id).then(() => model.openInPortal(id));
  };
  const searching = model.query.value.trim() !== '';
  return (
    <>
      <div class="dvc-ws__bar">
        <button type="button" class="dvc-btn dvc-btn--primary" onClick={() => model.show('new')}>
          {t(lang, 'session.new')}
        </button>
      </div>
      <div class="dvc-field" role="search">
        <label for="dvc-ws-search">{t(lang, 'ws.searchLabel')}</label>
        <input
          id="dvc-ws-search"
          class="dvc-input"
          type="search"
          autocomplete="off"
          value={model.query.value}
          onInput={(e) => void model.search(e.currentTarget.value)}
        />
      </div>
      {model.corrupted.value.length > 0 && (
        <p class="dvc-notice" role="status">
          {CHECKLIST_MESSAGES.errCorrupted[lang]} ({model.corrupted.value.length})
        </p>
      )}
      {searching ? (
        <SessionList heading={t(lang, 'ws.searchResults')} sessions={model.sessions.value} lang={lang} onOpen={open} empty={t(lang, 'ws.noMatch')} />
      ) : (
        <>
          <DueList overdue={model.overdue.value} dueSoon={model.dueSoon.value} lang={lang} onOpen={open} />
          <SessionList heading={t(lang, 'report.today')} sessions={model.todaySessions.value} lang={lang} onOpen={open} empty={t(lang, 'ws.noneToday')} />
          <SessionList heading={t(lang, 'ws.openSessions')} sessions={model.openSessions.value} lang={lang} onOpen={open} empty={t(lang, 'ws.noneOpen')} />
        </>
      )}
    </>
  );
}

export function WorkspaceApp({ model, newSession, report, backup, lang, onDownload, onOpenOptions, qa, onLeaflet, practice, town }: WorkspaceAppProps): JSX.Element {
  const view = model.view.value;
  const mainRef = useRef<HTMLElement>(null);
  const mounted = useRef(false);
  const announcement = model.announcement.value;

  // A new view moves focus to its heading, so a screen-reader user hears where they are.
  // Focus moves as the view is drawn, not a frame later: a later move would undo a key pressed meanwhile.
  useLayoutEffect(() => {
    // Not on first load: the page opens at its top, as any page does.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    // Headings are not focusable by default; -1 lets script focus them without adding a tab stop.
    heading.tabIndex = -1;
    heading.focus();
  }, [view, model.selectedId.value]);

  const navView: WorkspaceView = view === 'new' || view === 'session' ? 'home' : view;
  return (
    <div class="dvc dvc-ws" lang={lang}>
      <h1>{t(lang, 'ws.title')}</h1>
      {practice && <p class="dvc-tip">{t(lang, 'ws.practiceOn')}</p>}
      <nav aria-label={t(lang, 'ws.navLabel')}>
        <ul class="dvc-ws__nav">
          {NAV.map(([id, key]) => (
            <li key={id}>
              <button type="button" class="dvc-btn" aria-current={navView === id ? 'page' : undefined} onClick={() => model.show(id)}>
                {t(lang, key)}
              </button>
            </li>
          ))}
          {onOpenOptions && (
            <li>
              <button type="button" class="dvc-btn dvc-btn--quiet" onClick={onOpenOptions}>
                {t(lang, 'settings.heading')}
              </button>
            </li>
          )}
        </ul>
      </nav>
      <p class="dvc-vh" role="status" aria-live="polite" data-seq={announcement?.seq}>
        {announcement ? t(lang, announcement.key, announcement.params) : ''}
      </p>
      {model.error.value && <ErrorBox error={model.error.value} lang={lang} onRetry={() => void model.retry()} onDismiss={model.dismissError} />}
      <main ref={mainRef} class="dvc-ws__main">
        {view === 'home' && <Home model={model} lang={lang} />}
        {view === 'new' && (
          <NewSessionForm
            model={newSession}
            lang={lang}
            onCancel={() => model.show('home')}
            onSubmit={async (input) => {
              const session = await model.create(practice ? { ...input, practice: true } : input);
              if (session) {
                newSession.reset();
                await model.openInPortal(session.id);
              }
            }}
          />
        )}
        {view === 'session' && <SessionView model={model} lang={lang} town={town} {...(onLeaflet ? { onLeaflet } : {})} />}
        {view === 'report' && <ReportView model={report} lang={lang} onDownload={onDownload} />}
        {view === 'backup' && <BackupPanel model={backup} lang={lang} onDownload={onDownload} />}
        {view === 'qa' && <QaPanel guides={qa?.guides ?? []} town={qa?.town ?? null} lang={lang} {...(onLeaflet ? { onLeaflet } : {})} />}
      </main>
    </div>
  );
}
