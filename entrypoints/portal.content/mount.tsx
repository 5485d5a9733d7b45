/**
 * Wires the overlay into a portal page: one `<dvc-guide-overlay>` element with an open shadow root
 * (contract 1), the overlay model, and the Preact app. Injected twice (an extension update, a second
 * programmatic injection), the newer instance replaces the older one instead of stacking two panels.
 */
import { effect, signal } from '@preact/signals';
import { options, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { coreStyles } from '../../components/styles';
import { overlayStyles } from '../../components/overlay/overlay-styles';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import { createOverlayHost, keepOverlayAttached } from '../../lib/overlay/overlay-host';
import { isLang, t, type Lang } from '../../lib/i18n/messages';
import { LANG_KEY } from '../../lib/workspace/lang-pref';
import { loadStoredTown, TOWN_KEY } from '../../lib/town/town-store';
import type { TownProfile } from '../../lib/town/schema';
import { browser } from 'wxt/browser';
import { createFirstPaintHold } from '../../lib/overlay/first-paint';
import { taskQueue } from '../../lib/engine/slices';
import { createOverlayModel } from '../../lib/overlay/overlay-model';
import { createSpeechModel } from '../../lib/overlay/speech';
import { guideAddress } from '../../lib/practice/hosts';
import { createAuthorTab } from './author';
import { overlayAuthorStyles } from '../../components/author/OverlayAuthor';
import { createRuntimeProgressPort, createStoragePreferencesPort, loadGuidesFromBackground } from './bridge';
import { withEarlyGuides, withEarlyRun } from './early';

type Disposer = () => void;
const INSTANCE_KEY = '__dvcGuideOverlayDispose';
// Preact's own re-render timing, put back once the first card is drawn (see mountOverlay).
const PREACT_DEBOUNCE = options.debounceRendering;

export function mountOverlay(ctx: ContentScriptContext): void {
  // Start of the time-to-highlight figure in `npm run bench` (read from the page's performance timeline).
  performance.mark('dvc-guide:start');
  const scope = globalThis as typeof globalThis & { [INSTANCE_KEY]?: Disposer };
  scope[INSTANCE_KEY]?.();

  // The language chosen in the extension's options, followed live; Vietnamese until it is known.
  const lang = signal<Lang>('vi');
  // The town's own help (set in the options), shown in every guide's help; followed live like the language.
  const town = signal<TownProfile | null>(null);
  const townArea = { get: async (key: string) => (await browser.storage.local.get(key))[key] };
  const readTown = (): void => void loadStoredTown(townArea).then((s) => (town.value = s?.town ?? null));
  readTown();
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && LANG_KEY in changes) lang.value = isLang(changes[LANG_KEY]?.newValue) ? (changes[LANG_KEY]?.newValue as Lang) : 'vi';
    if (area === 'local' && TOWN_KEY in changes) readTown();
  };
  browser.storage.onChanged.addListener(onStorage);
  void browser.storage.local.get(LANG_KEY).then((stored) => {
    if (isLang(stored[LANG_KEY])) lang.value = stored[LANG_KEY];
  });
  // The page may define our tag or replace document.body: the host survives both (lib/overlay/overlay-host.ts).
  const created = createOverlayHost(document);
  const style = document.createElement('style');
  style.textContent = coreStyles + overlayStyles + overlayAuthorStyles;
  const mountPoint = document.createElement('div');
  // Author mode's picker outline and hint are drawn here, inside our shadow root, never in the page.
  const authorLayer = document.createElement('div');
  created.shadow.append(style, mountPoint, authorLayer);
  const attached = keepOverlayAttached(document, created);

  const problem = signal<string | null>(null);
  const onStorageError = (err: unknown): void => {
    problem.value = t(lang.value, 'overlay.storageError', { reason: err instanceof Error ? err.message : String(err) });
  };
  const author = createAuthorTab(document, window, authorLayer);
  const model = createOverlayModel({
    doc: document,
    win: window,
    pageUrl: () => guideAddress(location),
    // The first answers were asked for at script start (./early.ts).
    loadGuides: author.wrapLoadGuides(withEarlyGuides(loadGuidesFromBackground)),
    progress: withEarlyRun(createRuntimeProgressPort()),
    onStorageError,
    onGuidesError: (err: unknown) => {
      problem.value = t(lang.value, 'overlay.guidesError', { reason: err instanceof Error ? err.message : String(err) });
    },
  });
  author.attach(model);
  // After the first card: looking for a voice starts the browser's speech service (lib/overlay/speech.ts).
  const speech = createSpeechModel(window, (run) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 1000 }) : window.setTimeout(run, 200)));
  const prefs = createStoragePreferencesPort();
  const largeText = signal(false);
  void prefs.load().then((p) => (largeText.value = p.largeText)).catch(onStorageError);
  let prefsLoaded = false;
  const stopPrefs = effect(() => {
    const value = largeText.value;
    if (prefsLoaded) prefs.save({ largeText: value }).catch(onStorageError);
    prefsLoaded = true;
  });

  // Alt+Shift+G from anywhere on the page brings the card back, or the offer after "Để sau", and focuses
  // it (documented in the README).
  const onKey = (e: KeyboardEvent): void => {
    if (!(e.altKey && e.shiftKey && e.code === 'KeyG')) return;
    e.preventDefault();
    const shown = (): HTMLElement | null => attached.current().shadow.querySelector<HTMLElement>('[role="dialog"] h2, .dvc-offer button');
    // A card already on screen is focused now: a focus move left for later would land after the person's
    // next Tab presses and take focus back from where they went.
    const already = model.mode.value === 'running' || model.mode.value === 'finished' ? shown() : null;
    if (model.run.value) model.restore();
    else model.showOffer();
    if (already) already.focus();
    // Otherwise once Preact has rendered the card or the offer, unless focus is in it already: the card
    // takes it as it is drawn, and a Tab may have moved it on from the title since.
    else setTimeout(() => {
      const active = attached.current().shadow.activeElement;
      if (!active?.closest('[role="dialog"], .dvc-offer')) shown()?.focus();
    }, 0);
  };
  window.addEventListener('keydown', onKey, true);

  const Root = (): ReturnType<typeof OverlayApp> => (
    <OverlayApp model={model} lang={lang.value} speech={speech} largeText={largeText} problem={problem} town={town} author={author.hooks} />
  );
  // Until the first answers are in and the shown step's target is found, re-renders are held (at most
  // FIRST_PAINT_WAIT_MS): the card is drawn and placed once, with its spotlight (lib/overlay/first-paint.ts).
  const hold = createFirstPaintHold({
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (id) => window.clearTimeout(id as number),
    // Where there is no postTask (Firefox 140), setTimeout as before: taskQueue's MessageChannel fallback
    // is not what this render was tested with there.
    ...(typeof (window as { scheduler?: { postTask?: unknown } }).scheduler?.postTask === 'function' ? { queueTask: taskQueue(window, 'user-blocking') } : {}),
  });
  options.debounceRendering = hold.debounce;
  let stopHold: (() => void) | null = null;
  const releaseFirstPaint = (): void => {
    hold.release();
    stopHold?.();
    if (options.debounceRendering === hold.debounce) options.debounceRendering = PREACT_DEBOUNCE;
  };
  void model.init().finally(() => {
    if (hold.released) return releaseFirstPaint();
    stopHold = effect(() => {
      if (model.target.value.kind !== 'searching') queueMicrotask(releaseFirstPaint);
    });
  });
  render(<Root />, mountPoint);

  const dispose: Disposer = () => {
    window.removeEventListener('keydown', onKey, true);
    releaseFirstPaint();
    browser.storage.onChanged.removeListener(onStorage);
    stopPrefs();
    model.dispose();
    author.dispose();
    speech.dispose();
    attached.stop();
    render(null, mountPoint);
    attached.current().host.remove();
    if (scope[INSTANCE_KEY] === dispose) delete scope[INSTANCE_KEY];
  };
  scope[INSTANCE_KEY] = dispose;
  ctx.onInvalidated(dispose);
}
