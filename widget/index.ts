/**
 * The town widget's module entry (built to .output/widget/dvc-guide.mjs; dvc-guide.js is a small loader
 * for it, widget/loader.ts): defines `<dvc-guide>` reading the guide folder beside this file. Pasting the
 * script twice defines it once. Parts needed only sometimes load from the same folder when needed.
 */
import { INDEX_FILE } from '../lib/guide/published';
import { createDvcGuideElement, WIDGET_TAG } from './element';
import { openTicksStore, type TicksStore } from './ticks-store';
import { guideChunk } from './use-chunk';

/**
 * This code's folder relative to the file it runs from: the build puts it in chunks/ (one file the loader
 * asks for at once, scripts/build-widget.ts) and defines this as "../"; unbundled, the file is the folder.
 */
declare const __DVC_FOLDER__: string | undefined;
const folder = typeof __DVC_FOLDER__ === 'string' ? __DVC_FOLDER__ : './';

let store: Promise<TicksStore> | undefined;
/**
 * After the next frame: the ticks are not needed to draw a guide, and opening the database is main-thread
 * work on a phone's slowest moment (the first render). A hidden tab draws no frames: the timer opens it.
 */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 500);
  });
// Opened lazily: a page that only loads the script without any element never touches IndexedDB.
const sharedTicksStore = (): Promise<TicksStore> => (store ??= afterPaint().then(() => openTicksStore()));

/**
 * The `<dvc-guide>` element of the published script, reading the catalog beside this file (`index.json`).
 * Its attributes, theming properties and events are documented on {@link WIDGET_ATTRIBUTES}.
 */
export const DvcGuideElement = createDvcGuideElement({
  ownIndex: new URL(folder + INDEX_FILE, import.meta.url).href,
  ticksStore: sharedTicksStore,
  report: (url, value) => {
    void import('./problem-report').then((m) => m.reportProblems(url, value, (...args) => console.warn(...args)));
  },
});

const define = (): void => {
  if (!customElements.get(WIDGET_TAG)) customElements.define(WIDGET_TAG, DvcGuideElement);
};
if (typeof customElements !== 'undefined' && !customElements.get(WIDGET_TAG)) {
  // The loader (dvc-guide.js) asked for a guide file: it asked for the guide view's file with this one, so
  // the elements wait for it and their first render is the guide (not "loading", a frame, then the guide).
  const prefetched = (globalThis as { __dvcGuidePrefetch?: Map<string, unknown> }).__dvcGuidePrefetch;
  if (prefetched?.size) guideChunk().then(define, define);
  else define();
}

/** For embedders defining the element with their own data folder: see {@link createDvcGuideElement}. */
export { createDvcGuideElement, WIDGET_TAG } from './element';
