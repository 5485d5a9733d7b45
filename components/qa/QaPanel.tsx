/**
 * The side panel's "Hỏi đáp" tab: the Q&A list, and an answer's guide opened at its step (the step list
 * with that step open and focused), with the way back to the list and the search kept.
 */
import { signal } from '@preact/signals';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Guide } from '../../lib/guide/schema';
import { t, type Lang } from '../../lib/i18n/comms-messages';
import type { QaTown } from '../../lib/qa/entries';
import { LeafletButton, type LeafletPrint } from '../leaflet/LeafletButton';
import { focusStep, stepListIds } from '../open-step';
import { createStepListModel } from '../step-list-model';
import { StepList } from '../StepList';
import { QaView } from './QaView';

export interface QaPanelProps {
  guides: readonly Guide[];
  town?: QaTown | null;
  lang: Lang;
  onLeaflet?: LeafletPrint;
}

interface Opened {
  guide: Guide;
  stepId?: string;
}

function GuideAtStep({ opened, lang, onBack, onLeaflet }: { opened: Opened; lang: Lang; onBack: () => void; onLeaflet?: LeafletPrint | undefined }): JSX.Element {
  const { guide, stepId } = opened;
  const list = useRef<HTMLDivElement>(null);
  const model = useMemo(() => createStepListModel(stepListIds(guide), stepId ? [stepId] : []), [guide, stepId]);
  // Focus moves as the view is drawn, not a frame later: a later move would undo a key pressed meanwhile.
  useLayoutEffect(() => {
    if (!focusStep(list.current, guide, stepId)) list.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [guide, stepId]);
  return (
    <div ref={list}>
      <p>
        <button type="button" class="dvc-link-btn" onClick={onBack}>
          ← {t(lang, 'widget.backToQa')}
        </button>
      </p>
      <h2 tabIndex={-1}>{guide.title}</h2>
      {onLeaflet && <LeafletButton lang={lang} onPrint={(format) => onLeaflet(guide, format)} />}
      <StepList steps={guide.steps} {...(guide.routes ? { routes: guide.routes } : {})} lang={lang} model={model} headingLevel={3} />
    </div>
  );
}

export function QaPanel({ guides, town, lang, onLeaflet }: QaPanelProps): JSX.Element {
  const state = useMemo(() => ({ query: signal(''), opened: signal<Opened | null>(null), returned: signal(false) }), []);
  const opened = state.opened.value;
  if (opened) {
    return (
      <GuideAtStep
        opened={opened}
        lang={lang}
        onLeaflet={onLeaflet}
        onBack={() => {
          state.returned.value = true;
          state.opened.value = null;
        }}
      />
    );
  }
  return (
    <QaView
      guides={guides}
      town={town ?? null}
      lang={lang}
      query={state.query}
      onQuery={(q) => (state.query.value = q)}
      autoFocus={state.returned.value}
      onOpen={(guideId, stepId) => {
        const guide = guides.find((g) => g.id === guideId);
        if (guide) state.opened.value = { guide, ...(stepId !== undefined ? { stepId } : {}) };
      }}
    />
  );
}
