/**
 * Everything the extension shows on a portal page, inside `<dvc-guide-overlay>`'s shadow root: the offer,
 * the running step's card with its spotlight, the launcher when minimised, and the closing card.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { JSX } from 'preact';
import { StepCard } from '../StepCard';
import { HelpBox } from '../HelpBox';
import { DraftTag, RepairButton, type OverlayAuthorHooks } from '../author/OverlayAuthor';
import { FloatingCard } from './FloatingCard';
import { Launcher } from './Launcher';
import { OfferPanel } from './OfferPanel';
import { NotFoundNotice } from './NotFoundNotice';
import { OtherRoutes } from './OtherRoutes';
import { OverlayToolbar } from './OverlayToolbar';
import { t, type Lang } from '../../lib/i18n/messages';
import type { OverlayModel } from '../../lib/overlay/overlay-model';
import type { SpeechModel } from '../../lib/overlay/speech';
import { richTextPlain } from '../../lib/guide/richtext';
import { describeTarget, isElementVisible } from '../../lib/engine/targets';
import { boldNames, namedControls, primaryButtons } from '../../lib/overlay/avoid';
import type { Signal } from '@preact/signals';
import type { TownProfile } from '../../lib/town/schema';

export interface OverlayAppProps {
  model: OverlayModel;
  lang: Lang;
  speech: SpeechModel;
  largeText: Signal<boolean>;
  /** A storage problem to show (the run continues in memory). */
  problem: Signal<string | null>;
  /** The town's own help from the options, shown in every guide's help. */
  town?: Signal<TownProfile | null>;
  /** Author mode's additions (components/author/OverlayAuthor.tsx); absent in tests of the plain card. */
  author?: OverlayAuthorHooks;
}

export function OverlayApp({ model, lang, speech, largeText, problem, town, author }: OverlayAppProps): JSX.Element | null {
  const mode = model.mode.value;
  const run = model.run.value;
  // Focus moves into the card only when the person pressed one of its buttons: an automatic advance
  // must not pull focus out of the portal field they are typing in. A live region announces it instead.
  const focusCard = useSignal(false);
  // Escape minimises: focus goes to the launcher, not the page body (README "Keyboard").
  const focusLauncher = useSignal(false);
  const announcement = useSignal('');
  // Help at every step, not only at the end: the common problems (no one-time code, a level-1 account)
  // happen in the middle of a flow.
  const helpOpen = useSignal(false);
  const helpId = 'dvc-help-panel';

  const step = run?.step.value;
  const index = run?.stepIndex.value ?? 0;
  const total = run?.total.value ?? 0;

  const moved = model.moved.value;
  const movedHere = moved !== null && step !== undefined && moved.stepId === step.id;
  const movedText = movedHere && step ? t(lang, moved.direction === 'forward' ? 'guide.movedTo' : 'guide.movedBack', { n: index + 1, title: step.title }) : null;

  useEffect(() => {
    if (helpOpen.value && run && step) author?.onHelpOpened(run.guide.id, step.id);
  }, [helpOpen.value]);

  useEffect(() => {
    if (!step || mode !== 'running') return;
    announcement.value = movedText ?? `${t(lang, 'guide.stepOf', { n: index + 1, m: total })}: ${step.title}`;
  }, [step?.id, mode, movedText]);

  const act = (fn: () => void) => () => {
    focusCard.value = true;
    speech.stop();
    fn();
  };
  const problemNote = problem.value && <p class="dvc dvc-problem" role="alert">{problem.value}</p>;
  // The signal itself as the child: a new announcement rewrites this one text node instead of rendering the
  // whole card again (it changes right after every step's card is drawn).
  const live = (
    <div class="dvc-vh" aria-live="polite">
      {announcement}
    </div>
  );

  if (mode === 'offer' && model.offer.value) {
    return (
      <>
        <OfferPanel
          guide={model.offer.value}
          lang={lang}
          resume={model.resume.value}
          onStart={act(() => (model.resume.value ? model.startFresh() : model.start(model.offer.value!.id)))}
          onContinue={act(() => void model.continueSession())}
          onDismiss={() => model.dismissOffer()}
        />
        {problemNote}
      </>
    );
  }
  if (!run || !step) return problemNote || null;
  const position = mode === 'finished' ? null : t(lang, 'guide.stepOf', { n: index + 1, m: total });

  if (mode === 'minimised') {
    return (
      <>
        <Launcher lang={lang} position={position} focusOnMount={focusLauncher.value} onOpen={act(() => model.restore())} />
        {live}
      </>
    );
  }

  // Escape minimises rather than closes: closing loses the place, minimising never does.
  const onKeyDownCapture = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    focusLauncher.value = true;
    model.minimise();
  };
  const toolbar = (
    <OverlayToolbar
      lang={lang}
      largeText={largeText}
      helpOpen={helpOpen}
      helpId={helpId}
      speech={speech}
      onMinimise={() => model.minimise()}
      readText={() => `${step.title}. ${step.body ? richTextPlain(step.body) : ''}`}
    />
  );

  if (mode === 'finished') {
    return (
      <FloatingCard target={null} keepClear={() => primaryButtons(document, isElementVisible)} watchPage={model.watchPage}>
        <div class={largeText.value ? 'dvc dvc-card dvc--large' : 'dvc dvc-card'} role="dialog" aria-labelledby="dvc-finished-title" onKeyDownCapture={onKeyDownCapture}>
          <h2 id="dvc-finished-title" class="dvc-card__title" tabIndex={-1}>
            {t(lang, 'guide.finish')}
          </h2>
          <p>{t(lang, 'guide.finished')}</p>
          <HelpBox help={run.guide.help} situations={run.guide.situations ?? []} lang={lang} town={town?.value} guideId={run.guide.id} />
          <div class="dvc-card__nav">
            <button type="button" class="dvc-btn" onClick={act(() => model.back())}>
              {t(lang, 'guide.back')}
            </button>
            <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => model.close()}>
              {t(lang, 'guide.close')}
            </button>
          </div>
        </div>
        {live}
      </FloatingCard>
    );
  }

  const target = model.target.value;
  const doc = target.kind === 'found' ? target.element.ownerDocument : document;
  const names = boldNames(step);
  const keepClear = (): Element[] => [...namedControls(doc, names, isElementVisible), ...primaryButtons(doc, isElementVisible)];
  // Never silent: while the target is looked for the card says so, with the step's text below.
  const searching =
    target.kind === 'searching' && step.target ? t(lang, 'guide.searching', { what: describeTarget(step.target, lang) }) : null;
  return (
    <FloatingCard target={target.kind === 'found' ? target.element : null} keepClear={keepClear} marker={String(index + 1)} watchPage={model.watchPage}>
      <div onKeyDownCapture={onKeyDownCapture}>
        <StepCard
          step={step}
          index={index}
          total={total}
          lang={lang}
          large={largeText.value}
          focusOnMount={focusCard.value}
          toolbar={toolbar}
          extra={
            <>
            <OtherRoutes guide={run.guide} stepId={step.id} lang={lang} onTake={(routeId) => act(() => model.takeRoute(routeId))()} />
            <DraftTag hooks={author} guideId={run.guide.id} lang={lang} />
            <div id={helpId} class="dvc-card__help" hidden={!helpOpen.value}>
              {helpOpen.value && (
                <HelpBox help={run.guide.help} situations={run.guide.situations ?? []} lang={lang} headingLevel={3} town={town?.value} guideId={run.guide.id} stepId={step?.id} />
              )}
            </div>
            </>
          }
          notice={
            target.kind === 'not-found' || target.kind === 'elsewhere' ? (
              <>
                <NotFoundNotice step={step} help={run.guide.help} lang={lang} elsewhere={target.kind === 'elsewhere'} />
                {target.kind === 'not-found' && <RepairButton hooks={author} guideId={run.guide.id} stepId={step.id} lang={lang} />}
              </>
            ) : searching ? (
              searching
            ) : movedText ? (
              movedText
            ) : (
              problemNote || undefined
            )
          }
          onBack={act(() => model.back())}
          onNext={act(() => model.next())}
          onClose={() => model.close()}
        />
      </div>
      {live}
    </FloatingCard>
  );
}
