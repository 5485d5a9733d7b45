/**
 * One resident's session: documents, steps (kept live with the overlay in the portal tab), the dossier
 * facts, and the way back to the guide on the portal.
 */
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { DocumentChecklist } from '../DocumentChecklist';
import { formatDate } from '../../lib/i18n/format';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import type { WorkspaceModel } from '../../lib/workspace/workspace-model';
import { SessionDetailsForm } from './SessionDetailsForm';
import { StatusTag } from './StatusTag';
import { StepChecklist } from './StepChecklist';
import { HelpBox } from '../HelpBox';
import type { TownProfile } from '../../lib/town/schema';

export interface SessionViewProps {
  model: WorkspaceModel;
  lang: Lang;
  town?: TownProfile | null;
}

export function SessionView({ model, lang, town }: SessionViewProps): JSX.Element {
  const session = model.selected.value;
  const guide = model.selectedGuide.value;
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (!session) {
    return (
      <section>
        <p>{model.loading.value ? t(lang, 'common.loading') : t(lang, 'ws.noSession')}</p>
        <button type="button" class="dvc-btn" onClick={() => model.show('home')}>
          {t(lang, 'ws.backToList')}
        </button>
      </section>
    );
  }

  const checkedDocs = new Set(Object.keys(session.documents).filter((id) => session.documents[id]));
  return (
    <article aria-labelledby="dvc-session-h">
      <p>
        <button type="button" class="dvc-link-btn" onClick={() => model.show('home')}>
          ← {t(lang, 'ws.backToList')}
        </button>
      </p>
      <h2 id="dvc-session-h">{session.residentLabel}</h2>
      <p>
        {session.guideTitle}
        {session.procedureCode && <span class="dvc-muted"> ({session.procedureCode})</span>}
      </p>
      <p>
        <span class="dvc-muted">{t(lang, 'session.status')}: </span>
        <StatusTag status={session.status} lang={lang} />
      </p>
      <p class="dvc-muted">{t(lang, 'session.updated', { date: formatDate(session.updatedAt, lang, { withTime: true }) })}</p>
      {guide && guide.version > session.guideVersion && <p class="dvc-tip">{t(lang, 'session.outdated', { version: guide.version })}</p>}
      <div class="dvc-ws__bar">
        <button type="button" class="dvc-btn dvc-btn--primary" onClick={() => void model.openInPortal(session.id)} disabled={!guide}>
          {t(lang, 'ws.openInPortal')}
        </button>
      </div>
      {!guide && <p class="dvc-notice">{t(lang, 'ws.guideMissing')}</p>}
      {guide && (
        <>
          <DocumentChecklist
            documents={guide.documents}
            lang={lang}
            checked={checkedDocs}
            headingLevel={3}
            onToggle={(docId, ticked) => void model.update(session.id, { kind: 'toggle-document', docId, ticked })}
          />
          <StepChecklist guide={guide} session={session} lang={lang} onTick={(stepId, done) => void model.tickStep(session.id, stepId, done)} />
          <HelpBox help={guide.help} situations={guide.situations ?? []} lang={lang} headingLevel={3} town={town} guideId={guide.id} />
        </>
      )}
      <SessionDetailsForm key={session.id} session={session} lang={lang} onSave={(actions) => model.updateMany(session.id, actions)} />
      <h3>{t(lang, 'ws.deleteHeading')}</h3>
      {confirmDelete ? (
        <div class="dvc-confirm" role="group" aria-label={t(lang, 'ws.deleteHeading')}>
          <p>{t(lang, 'session.deleteConfirm', { name: session.residentLabel })}</p>
          <div class="dvc-ws__bar">
            <button type="button" class="dvc-btn" onClick={() => void model.remove(session.id)}>
              {t(lang, 'ws.deleteYes')}
            </button>
            <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => setConfirmDelete(false)}>
              {t(lang, 'session.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="dvc-btn" onClick={() => setConfirmDelete(true)}>
          {t(lang, 'ws.deleteSession')}
        </button>
      )}
    </article>
  );
}
