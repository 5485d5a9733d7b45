/**
 * The portal overlay's brain: which guide is offered or running in this tab, which step is shown, where
 * its target is, and when the step completes by itself. Everything the page and the browser provide is
 * passed in (document, window, progress port), so the whole flow runs in happy-dom in unit tests and the
 * content script only wires it up.
 */
import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Guide, Step } from '../guide/schema';
import { routeOfStep } from '../guide/routes';
import { createDomWatcher, waitForTarget, watchForTarget, type DomWatcher } from '../engine/dom-watcher';
import { doneConditionHolds, isStepDone } from '../engine/done';
import { createGuideRunModel, startPageFit, type GuideRunModel, type GuideRunSnapshot } from '../engine/guide-run';
import { isNarrowUrl, locate, type PageEvidence } from '../engine/position';
import { watchRoute } from '../engine/route-watcher';
import { createSearchScope, findTarget, type SearchScope } from '../engine/targets';
import { matchesAny } from '../engine/url-pattern';
import { pageAddress, type ProgressPort, type ResumeOffer, type RunRecord } from './progress-port';

export type OverlayMode = 'idle' | 'offer' | 'running' | 'minimised' | 'finished';

export type TargetState =
  | { kind: 'none' }
  | { kind: 'searching' }
  /** The step happens on another page (its `page` patterns do not match here): say so at once. */
  | { kind: 'elsewhere' }
  | { kind: 'found'; element: Element; strategyIndex: number }
  | { kind: 'not-found' };

/** The attribute the page element of the current step carries (contract 4). */
export const TARGET_ATTRIBUTE = 'data-dvc-target';

export interface OverlayDeps {
  doc: Document;
  win: Window;
  /** The address guides are matched against; default the page's own (the practice portal maps it). */
  pageUrl?: () => string;
  /**
   * The guides for this page (start page or step page here) or with these ids: bundled, or a newer town
   * catalog (the background decides). Asked per page so only a few guides cross the message boundary.
   */
  loadGuides: (filter: { href?: string; ids?: string[] }) => Promise<readonly Guide[]>;
  progress: ProgressPort;
  /** How long a step waits for its target before saying it is not on the page. */
  targetTimeoutMs?: number;
  /** The least time between two checks of the step's conditions on DOM changes. */
  checkIntervalMs?: number;
  /** How long a page that just lost or has not yet shown the current target may settle before the guide follows it elsewhere. */
  settleMs?: number;
  now?: () => number;
  isVisible?: (el: Element) => boolean;
  /** Storage failures: shown to the person, the run continues in memory. */
  onStorageError?: (err: unknown) => void;
  /** The guides could not be had from the background: said in those words, not as a storage failure. */
  onGuidesError?: (err: unknown) => void;
}

/** A helper's session whose run this new tab may continue: asked, never done silently. */
export interface ResumeQuestion {
  guide: Guide;
  sessionId: string;
  sessionStartedAt: number;
  /** Where that run is, 1-based, of `total` walked steps. */
  step: number;
  total: number;
}

export interface OverlayModel {
  mode: ReadonlySignal<OverlayMode>;
  offer: ReadonlySignal<Guide | null>;
  /** Set with mode 'offer' when the offer is that question: "Tiếp tục hướng dẫn … cho phiên …?". */
  resume: ReadonlySignal<ResumeQuestion | null>;
  run: ReadonlySignal<GuideRunModel | null>;
  target: ReadonlySignal<TargetState>;
  /** The guide followed the person to another step (they went ahead or back on the portal). */
  moved: ReadonlySignal<{ direction: 'forward' | 'back'; stepId: string } | null>;
  /** Set up from saved progress and the current URL. */
  init(): Promise<void>;
  start(guideId: string): void;
  /** "Tiếp tục": this tab takes the session's run (linked to the session by the background). */
  continueSession(): Promise<void>;
  /** "Bắt đầu mới": the guide from step 1 in this tab, not tied to that session, which is left as it is. */
  startFresh(): void;
  /**
   * Author mode: play this guide (a draft) in this tab instead of the one known by its id. A run of that
   * guide keeps its place (a repaired step is shown again); otherwise, with `startIt`, it starts.
   */
  useGuide(guide: Guide, startIt: boolean): void;
  next(): void;
  back(): void;
  /** The person takes another route of the fork they are at ("Tôi làm theo cách khác"): its first step. */
  takeRoute(routeId: string): void;
  close(): void;
  minimise(): void;
  restore(): void;
  dismissOffer(): void;
  /** Offer this page's guide again after "Để sau" (the Alt+Shift+G shortcut). */
  showOffer(): void;
  /** The page changed (the model's one page observer, shared with the card); returns the stop function. */
  watchPage(onChange: () => void): () => void;
  dispose(): void;
}

function snapshotOf(record: RunRecord): GuideRunSnapshot {
  return {
    guideId: record.guideId,
    version: record.guideVersion,
    stepIndex: record.stepIndex,
    completed: record.completed,
    ...(record.routes ? { routes: record.routes } : {}),
  };
}

// Long enough for a slow SPA render on an old laptop, short enough that nobody waits in silence.
const DEFAULT_TARGET_TIMEOUT_MS = 4000;
// Fast enough that a step seems to complete the moment the page shows it, slow enough to stay idle.
const DEFAULT_CHECK_INTERVAL_MS = 150;
// A wizard's next view takes a moment to render (the ministry portal's forms load in about 0.6 s).
const DEFAULT_SETTLE_MS = 1500;
// A done condition can cascade (the URL already matches two steps ahead); bound the loop.
const MAX_AUTO_ADVANCE = 50;
// The first check of a shown step waits for a frame, or this long where no frame comes (a hidden tab).
const AFTER_PAINT_FALLBACK_MS = 100;
/**
 * The first target search of a page load may run this long before it pauses (lib/engine/slices.ts): the
 * person is waiting for the card, and every pause lets a whole page frame run before it can be drawn.
 * Still well inside a frame, so the page's own input is not held up.
 */
const FIRST_SEARCH_SLICE_MS = 10;

export function createOverlayModel(deps: OverlayDeps): OverlayModel {
  const { doc, win, progress } = deps;
  // Guides this page has asked for so far, by id.
  const known = new Map<string, Guide>();
  const timeoutMs = deps.targetTimeoutMs ?? DEFAULT_TARGET_TIMEOUT_MS;
  const checkIntervalMs = deps.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS;
  const settleMs = deps.settleMs ?? DEFAULT_SETTLE_MS;
  const now = deps.now ?? Date.now;
  const visibility = deps.isVisible ? { isVisible: deps.isVisible } : {};

  const mode = signal<OverlayMode>('idle');
  const offer = signal<Guide | null>(null);
  const resume = signal<ResumeQuestion | null>(null);
  const run = signal<GuideRunModel | null>(null);
  const target = signal<TargetState>({ kind: 'none' });
  const moved = signal<{ direction: 'forward' | 'back'; stepId: string } | null>(null);

  const watcher: DomWatcher = createDomWatcher(doc);
  let stopRoute: (() => void) | null = null;
  let sessionId: string | undefined;
  let offerDismissed = false;
  let disposed = false;
  let stopProgress: (() => void) | undefined;
  // Where "Mở lại hướng dẫn" returns to: the step card, or the closing card of a finished run.
  let resumeMode: 'running' | 'finished' = 'running';

  // Per-step resources, released together when the step changes.
  let stepAbort: AbortController | null = null;
  let stepCleanups: Array<() => void> = [];
  let clicked = false;
  let checkScheduled = false;
  let lastCheckAt = Number.NEGATIVE_INFINITY;
  let checkTimer: number | undefined;
  // A step reached with "Quay lại" is there to be read again: its condition usually still holds (the
  // success text is on the page), and advancing by itself would make Back useless.
  let heldStepId: string | null = null;
  // Going back with the page (lib/engine/position.ts) only after the address changed since the person
  // last pressed "Đã xong bước này" or "Bước trước".
  let followBack = true;
  // Until then the current step's target may still come (the page is rendering): the page is not yet
  // evidence of another step (lib/engine/position.ts).
  let settleUntil = Number.NEGATIVE_INFINITY;
  let settleTimer: number | undefined;
  // Where the current step was first shown (see RunRecord.shownAt).
  let shownStepId: string | null = null;
  let shownHref: string | null = null;
  // Whether that step's target was found there (see RunRecord.shownFound).
  let shownFound = false;
  // `npm run bench` reads this mark: the engine's share of the time to the first highlight.
  let highlightMarked = false;
  /** The first target search of this page load: the person is waiting for the card (FIRST_SEARCH_SLICE_MS). */
  let firstSearch = true;

  // On the practice portal the page's address stands for a real portal address (lib/practice/hosts.ts).
  const href = deps.pageUrl ?? ((): string => win.location.href);

  let persistTimer: number | undefined;
  function persist(): void {
    if (persistTimer !== undefined) win.clearTimeout(persistTimer);
    persistTimer = undefined;
    const current = run.value;
    if (!current) return;
    const snap = current.snapshot();
    const record: RunRecord = {
      guideId: snap.guideId,
      guideVersion: snap.version,
      stepIndex: snap.stepIndex,
      completed: snap.completed,
      ...(snap.routes ? { routes: snap.routes } : {}),
      minimised: mode.value === 'minimised',
      updatedAt: now(),
      ...(sessionId ? { sessionId } : {}),
      ...(shownHref && shownStepId === current.step.value.id ? { shownAt: shownHref, ...(shownFound ? { shownFound: true } : {}) } : {}),
    };
    progress.save(record).catch((err: unknown) => deps.onStorageError?.(err));
  }

  /**
   * Saves in a later task: the first card is drawn in the next one (lib/overlay/first-paint.ts), and a
   * message to the background sent now would go out first. Any persist() before then sends the newer
   * record and cancels this one, so saves still go out in order.
   */
  function persistSoon(): void {
    if (persistTimer !== undefined) return;
    persistTimer = win.setTimeout(() => {
      persistTimer = undefined;
      if (!disposed) persist();
    }, 0);
  }

  function releaseStep(): void {
    checkScheduled = false;
    if (checkTimer !== undefined) win.clearTimeout(checkTimer);
    checkTimer = undefined;
    stepAbort?.abort();
    stepAbort = null;
    for (const cleanup of stepCleanups) cleanup();
    stepCleanups = [];
    const state = target.value;
    if (state.kind === 'found') state.element.removeAttribute(TARGET_ATTRIBUTE);
    target.value = { kind: 'none' };
  }

  async function fetchGuides(filter: { href?: string; ids?: string[] }): Promise<void> {
    try {
      for (const guide of await deps.loadGuides(filter)) known.set(guide.id, guide);
    } catch (err) {
      deps.onGuidesError?.(err);
    }
  }

  function updateOffer(): void {
    if (run.value) return;
    const question = offerDismissed ? null : resume.value;
    if (question) {
      batch(() => {
        offer.value = question.guide;
        mode.value = 'offer';
      });
      return;
    }
    resume.value = null;
    let found: Guide | null = null;
    let fit = 0;
    for (const guide of offerDismissed ? [] : known.values()) {
      const f = startPageFit(guide, href());
      if (f > fit) [found, fit] = [guide, f];
    }
    batch(() => {
      offer.value = found;
      mode.value = found ? 'offer' : 'idle';
    });
  }

  function attachTarget(step: Step, element: Element, strategyIndex: number): void {
    const previous = target.value;
    if (previous.kind === 'found' && previous.element !== element) previous.element.removeAttribute(TARGET_ATTRIBUTE);
    element.setAttribute(TARGET_ATTRIBUTE, step.id);
    if (step.id === shownStepId && !shownFound) {
      shownFound = true;
      persistSoon();
    }
    if (!highlightMarked) {
      highlightMarked = true;
      win.performance?.mark?.('dvc-guide:highlight');
    }
    target.value = { kind: 'found', element, strategyIndex };
    if (mode.value === 'running') element.scrollIntoView({ block: 'center', inline: 'nearest' });
    const onClick = (): void => {
      clicked = true;
      checkScheduled = false;
      scheduleCheck(true);
    };
    // Capture phase: the portal may stop propagation or replace the button on click. Not mousedown:
    // advancing then would move the card under the pointer before the click lands on the portal.
    element.addEventListener('click', onClick, true);
    stepCleanups.push(() => element.removeEventListener('click', onClick, true));
  }

  /** The step's conditions that may complete it now: URL ones only once the address has changed. */
  function countableConditions(step: Step, here = href()): Pick<Step, 'done'> {
    if (step.id !== shownStepId || shownHref === null || shownHref !== pageAddress(here)) return step;
    return { done: step.done?.filter((c) => c.url === undefined) };
  }

  /** Re-find the target when the portal re-renders it, and notice late ones after a not-found. */
  function refreshTarget(step: Step, scope?: SearchScope): void {
    if (!step.target) return;
    const state = target.value;
    // Not found: watchLate looks again, sliced and coalesced, on each change (no check storm on long pages).
    if (state.kind === 'searching' || state.kind === 'elsewhere' || state.kind === 'not-found') return;
    if (state.kind === 'found' && state.element.isConnected) return;
    const found = findTarget(doc, step.target, { ...visibility, ...(scope ? { scope } : {}) });
    if (found) attachTarget(step, found.element, found.index);
    else if (state.kind === 'found') {
      state.element.removeAttribute(TARGET_ATTRIBUTE);
      target.value = { kind: 'not-found' };
      watchLate(step);
      // The portal is re-rendering (a wizard's next view): give it time before following the page.
      settleFor();
    }
  }

  /** After a not-found: the target may still come (lib/engine/dom-watcher.ts watchForTarget). */
  function watchLate(step: Step): void {
    const current = run.value;
    if (!step.target || !current) return;
    const stop = watchForTarget(
      watcher,
      doc,
      step.target,
      (found) => {
        if (run.value !== current || current.step.value !== step || target.value.kind !== 'not-found') return;
        attachTarget(step, found.element, found.index);
      },
      visibility,
    );
    stepCleanups.push(stop);
  }

  /** The page is still settling for the current step until `settleUntil`; then check once more. */
  function settleFor(): void {
    settleUntil = win.performance.now() + settleMs;
    if (settleTimer !== undefined) win.clearTimeout(settleTimer);
    settleTimer = win.setTimeout(() => {
      settleTimer = undefined;
      scheduleCheck();
    }, settleMs + 1);
  }

  /** What the page at `here` shows, for lib/engine/position.ts (the address is read once per check). */
  const evidenceAt = (here: string, scope: SearchScope): PageEvidence => ({
    pageMatches: (s) => s.page !== undefined && matchesAny(s.page, here),
    targetFound: (s) => {
      const state = target.value;
      if (run.value?.step.value === s && state.kind === 'found') return state.element.isConnected;
      return s.target !== undefined && findTarget(doc, s.target, { ...visibility, scope }) !== null;
    },
    conditionHolds: (c) => doneConditionHolds(c, { doc, href: here, clickedTarget: false, scope, ...visibility }),
  });

  /** The step is the one shown, and its target was found on the page where it was shown. */
  const targetSeen = (step: Step): boolean => step.id === shownStepId && shownFound;

  /** The run is on the first step of a route whose target never showed: nothing chose that route but order. */
  function routeUnproven(current: GuideRunModel): boolean {
    const step = current.step.value;
    const where = routeOfStep(current.guide, step.id);
    if (!where || where.route.steps[0] !== step || !step.target) return false;
    return !targetSeen(step) && target.value.kind !== 'found';
  }

  /** Follow the person to the step their page shows (lib/engine/position.ts); true when the step changed. */
  function reposition(current: GuideRunModel, here: string, scope: SearchScope): boolean {
    const move = locate({
      guide: current.guide,
      choice: current.choice.value,
      currentStepId: current.step.value.id,
      currentPending: target.value.kind === 'searching' || win.performance.now() < settleUntil,
      routeUnproven: routeUnproven(current),
      evidence: evidenceAt(here, scope),
    });
    if (move.kind === 'stay') return false;
    // The person moved with our buttons on this page: following the page back would undo their press.
    if (move.direction === 'back' && !followBack) return false;
    heldStepId = null;
    batch(() => {
      for (const id of move.passed) current.markDone(id);
      current.choose(move.choice);
      current.goToStep(move.stepId);
    });
    if (move.finished) {
      current.markDone(move.stepId);
      releaseStep();
      mode.value = 'finished';
      persist();
      return true;
    }
    moved.value = { direction: move.direction, stepId: move.stepId };
    showStep();
    persist();
    return true;
  }

  function checkDone(): void {
    checkScheduled = false;
    checkTimer = undefined;
    lastCheckAt = win.performance.now();
    const current = run.value;
    if (!current || disposed || mode.value === 'finished') return;
    const step = current.step.value;
    // The page is read once for the whole check: every step's target and condition asked below shares it.
    const scope = createSearchScope(doc);
    refreshTarget(step, scope);
    if (step.id === heldStepId) return;
    const here = href();
    if (reposition(current, here, scope)) return;
    const kind = isStepDone(countableConditions(step, here), { doc, href: here, clickedTarget: clicked, scope, ...visibility });
    if (!kind) return;
    advance(current);
  }

  /**
   * Checks come from DOM batches; a page that mutates all the time (a clock, a live feed) must not pay a
   * full condition check per batch. The first check after a quiet spell runs at once; then at most one
   * per `checkIntervalMs`, the last one always run (a timer for the remainder, not a polling loop).
   * A click on the target is checked at once.
   */
  function scheduleCheck(now = false): void {
    if (checkScheduled) return;
    checkScheduled = true;
    const wait = now ? 0 : lastCheckAt + checkIntervalMs - win.performance.now();
    if (wait <= 0) queueMicrotask(checkDone);
    else checkTimer = win.setTimeout(checkDone, wait);
  }

  function advance(current: GuideRunModel): void {
    heldStepId = null;
    if (current.isLast.value) {
      current.markDone(current.step.value.id);
      releaseStep();
      mode.value = 'finished';
      persist();
      return;
    }
    current.next();
    showStep();
    persist();
  }

  function showStep(): void {
    releaseStep();
    const current = run.value;
    if (!current || mode.value === 'finished') return;
    const step = current.step.value;
    clicked = false;
    if (step.id !== shownStepId) {
      shownStepId = step.id;
      shownHref = pageAddress(href());
      shownFound = false;
    }
    // Following a re-rendered target is cheap and visible (the spotlight), so it happens on every batch;
    // the condition check is the costly part and is throttled.
    stepCleanups.push(
      watcher.subscribe(() => {
        refreshTarget(step);
        scheduleCheck();
      }),
    );
    if (step.page && !matchesAny(step.page, href())) {
      // No waiting for a target that cannot be here; a route change shows the step again.
      target.value = { kind: 'elsewhere' };
    } else if (step.target) {
      target.value = { kind: 'searching' };
      settleFor();
      const abort = new AbortController();
      stepAbort = abort;
      const first = firstSearch ? { firstSliceMs: FIRST_SEARCH_SLICE_MS } : {};
      firstSearch = false;
      void waitForTarget(watcher, doc, step.target, { timeoutMs, signal: abort.signal, ...visibility, ...first }).then((found) => {
        if (abort.signal.aborted || run.value !== current || current.step.value !== step) return;
        if (found) attachTarget(step, found.element, found.index);
        else {
          target.value = { kind: 'not-found' };
          watchLate(step);
          // The target never came: the page may show another step (lib/engine/position.ts).
          scheduleCheck();
        }
      });
    }
    checkAfterPaint();
  }

  /**
   * A shown step's first condition check waits for the next frame: a target found at once is painted
   * (spotlight and card) before the page is read for conditions, which on a page load is the costly part.
   * While the target is still being searched for, the card is not drawn yet (lib/overlay/first-paint.ts):
   * the frame to wait for is the one after the search, or the check would run ahead of the card.
   */
  function checkAfterPaint(): void {
    if (typeof win.requestAnimationFrame !== 'function') return scheduleCheck();
    // A tab in the background paints no frames: the check then comes after a short wait instead.
    let timer = win.setTimeout(check, AFTER_PAINT_FALLBACK_MS);
    let frame: number | null = null;
    const afterFrame = (): void => {
      frame = win.requestAnimationFrame(() => {
        win.clearTimeout(timer);
        timer = win.setTimeout(check, 0);
      });
    };
    let stopWaiting: (() => void) | null = null;
    if (target.peek().kind === 'searching') {
      stopWaiting = effect(() => {
        if (target.value.kind === 'searching' || frame !== null) return;
        afterFrame();
      });
    } else afterFrame();
    function check(): void {
      stop();
      scheduleCheck();
    }
    function stop(): void {
      stopWaiting?.();
      stopWaiting = null;
      if (frame !== null) win.cancelAnimationFrame(frame);
    }
    stepCleanups.push(() => {
      stop();
      win.clearTimeout(timer);
    });
  }

  /** After a page load or route change: skip steps whose conditions already hold, then follow the URL. */
  function syncToUrl(): void {
    const current = run.value;
    if (!current) return;
    heldStepId = null;
    followBack = true;
    // Only URL conditions here: the page has just loaded, and scanning it for texts or elements of every
    // step would delay the first highlight; the step shown next checks its own conditions anyway.
    for (let i = 0; i < MAX_AUTO_ADVANCE && !current.isLast.value; i++) {
      const step = current.step.value;
      // A URL naming a whole site (the sign-in site) is reached by more than one route: it completes a
      // step with a target only when the person saw that target (the wizard's "Thông tin chung" before
      // the sign-in); otherwise the page is read for where they are (the one-page form signs in first).
      const seen = !step.target || targetSeen(step);
      const reached = countableConditions(step).done?.some((c) => c.url !== undefined && (seen || isNarrowUrl(c.url)) && matchesAny([c.url], href()));
      if (!reached) break;
      current.next();
      // The steps passed over here were never shown anywhere: their URL conditions count as they are.
      shownStepId = null;
    }
    // Where the page shows the person is (not its address alone) is worked out by the first check.
    showStep();
    persist();
  }

  /** A tab without a run asks whether a helper's session run of this page's guides is to be continued. */
  async function askResume(): Promise<void> {
    if (!progress.resumable || known.size === 0) return;
    let found: ResumeOffer | null = null;
    try {
      found = await progress.resumable([...known.keys()]);
    } catch (err) {
      deps.onStorageError?.(err);
    }
    const guide = found ? known.get(found.guideId) : undefined;
    if (!found || !guide || disposed || run.value) return;
    const where = createGuideRunModel(guide);
    where.restore({ guideId: guide.id, version: guide.version, stepIndex: found.stepIndex, completed: [], ...(found.routes ? { routes: found.routes } : {}) });
    resume.value = { guide, sessionId: found.sessionId, sessionStartedAt: found.sessionStartedAt, step: where.stepIndex.value + 1, total: where.total.value };
  }

  function beginRun(guide: Guide, record: RunRecord | null): void {
    resume.value = null;
    const model = createGuideRunModel(guide);
    if (record) model.restore(snapshotOf(record));
    sessionId = record?.sessionId;
    shownStepId = record?.shownAt ? model.step.value.id : null;
    shownHref = record?.shownAt ?? null;
    shownFound = record?.shownAt !== undefined && record.shownFound === true;
    resumeMode = 'running';
    batch(() => {
      run.value = model;
      offer.value = null;
      mode.value = record?.minimised ? 'minimised' : 'running';
    });
    syncToUrl();
  }

  function close(): void {
    releaseStep();
    run.value = null;
    sessionId = undefined;
    progress.clear().catch((err: unknown) => deps.onStorageError?.(err));
    // Closing on the start page would otherwise offer the same guide again at once.
    offerDismissed = true;
    updateOffer();
  }

  function onRoute(): void {
    if (run.value && mode.value !== 'finished') syncToUrl();
    else if (!run.value) void fetchGuides({ href: href() }).then(updateOffer);
  }

  return {
    mode,
    offer,
    resume,
    run,
    target,
    moved,
    async init() {
      let record: RunRecord | null = null;
      const [, loadedRecord] = await Promise.allSettled([fetchGuides({ href: href() }), progress.load()]);
      if (loadedRecord.status === 'fulfilled') record = loadedRecord.value;
      else deps.onStorageError?.(loadedRecord.reason);
      if (disposed) return;
      // A run resumed on a page none of its steps names (a step without a page) still needs its guide.
      if (record && !known.has(record.guideId)) await fetchGuides({ ids: [record.guideId] });
      if (disposed) return;
      const guide = record ? known.get(record.guideId) : undefined;
      if (record && guide) beginRun(guide, record);
      else {
        // Another resident's run is never continued silently: the question comes before the offer.
        if (!record && loadedRecord.status === 'fulfilled') await askResume();
        if (disposed) return;
        updateOffer();
      }
      stopRoute = watchRoute(win, watcher, onRoute);
      // Kept, so dispose() removes the listener (a re-injected overlay would otherwise hear twice).
      stopProgress = progress.subscribe?.((next) => {
        if (disposed) return;
        if (!next) {
          if (run.value) close();
          return;
        }
        const current = run.value;
        if (current && current.guide.id === next.guideId) {
          // The side panel ticked a step: take its completed set, and move only if the step changed.
          const before = current.step.value.id;
          current.restore(snapshotOf(next));
          const moved = current.step.value.id !== before;
          if (next.sessionId) sessionId = next.sessionId;
          if (moved) showStep();
          return;
        }
        void (known.has(next.guideId) ? Promise.resolve() : fetchGuides({ ids: [next.guideId] })).then(() => {
          const nextGuide = known.get(next.guideId);
          if (nextGuide && !disposed) beginRun(nextGuide, next);
        });
      });
    },
    start(guideId) {
      const guide = known.get(guideId);
      if (!guide) return;
      beginRun(guide, null);
    },
    async continueSession() {
      const question = resume.value;
      if (!question || !progress.adopt) return;
      let record: RunRecord | null = null;
      try {
        record = await progress.adopt(question.sessionId);
      } catch (err) {
        deps.onStorageError?.(err);
        return;
      }
      if (disposed || resume.value !== question) return;
      if (record && record.guideId === question.guide.id) beginRun(question.guide, record);
      else {
        // The session was deleted or its run closed meanwhile: the plain offer, nothing continued.
        resume.value = null;
        updateOffer();
      }
    },
    startFresh() {
      const question = resume.value;
      if (!question) return;
      beginRun(question.guide, null);
      persist();
    },
    useGuide(guide, startIt) {
      known.set(guide.id, guide);
      const current = run.value;
      if (current && current.guide.id === guide.id) {
        const snap = current.snapshot();
        releaseStep();
        beginRun(guide, { guideId: guide.id, guideVersion: guide.version, stepIndex: snap.stepIndex, completed: snap.completed, ...(snap.routes ? { routes: snap.routes } : {}), updatedAt: now() });
        persist();
      } else if (startIt) {
        beginRun(guide, null);
      } else updateOffer();
    },
    next() {
      const current = run.value;
      if (!current) return;
      followBack = false;
      advance(current);
    },
    back() {
      const current = run.value;
      if (!current || current.isFirst.value) return;
      if (mode.value === 'finished') mode.value = 'running';
      followBack = false;
      current.back();
      heldStepId = current.step.value.id;
      showStep();
      persist();
    },
    takeRoute(routeId) {
      const current = run.value;
      const first = current?.guide.routes?.find((r) => r.id === routeId)?.steps[0];
      if (!current || !first || mode.value === 'finished') return;
      // Chosen by hand on the same page as the route it replaces: the page cannot contradict it, so the
      // position check must not take the person back to the first route (as after "Bước trước").
      followBack = false;
      current.goToStep(first.id);
      heldStepId = first.id;
      showStep();
      persist();
    },
    close,
    minimise() {
      if (!run.value || mode.value === 'minimised') return;
      resumeMode = mode.value === 'finished' ? 'finished' : 'running';
      mode.value = 'minimised';
      persist();
    },
    restore() {
      if (!run.value) return;
      mode.value = resumeMode;
      const state = target.value;
      if (state.kind === 'found') state.element.scrollIntoView({ block: 'center', inline: 'nearest' });
      persist();
    },
    dismissOffer() {
      offerDismissed = true;
      updateOffer();
    },
    showOffer() {
      if (run.value) return;
      offerDismissed = false;
      updateOffer();
    },
    // A text changing in place (a clock) neither adds nor moves anything the card keeps clear.
    watchPage: (onChange) => watcher.subscribe((records) => {
      if (records.some((r) => r.type !== 'characterData')) onChange();
    }),
    dispose() {
      disposed = true;
      stopProgress?.();
      stopProgress = undefined;
      if (settleTimer !== undefined) win.clearTimeout(settleTimer);
      releaseStep();
      stopRoute?.();
      stopRoute = null;
    },
  };
}
