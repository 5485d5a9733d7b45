/**
 * The town widget's entry (built to .output/widget/dvc-guide.js and .mjs by scripts/build-widget.ts):
 * defines `<dvc-guide>` with the bundled guides. Pasting the script twice defines it once.
 */
import { bundledGuides } from '../lib/guide/bundled';
import { createDvcGuideElement, WIDGET_TAG } from './element';
import { openTicksStore, type TicksStore } from './ticks-store';

let store: Promise<TicksStore> | undefined;
// Opened lazily: a page that only loads the script without any element never touches IndexedDB.
const sharedTicksStore = (): Promise<TicksStore> => (store ??= openTicksStore());

export const DvcGuideElement = createDvcGuideElement({ bundled: bundledGuides, ticksStore: sharedTicksStore });

if (typeof customElements !== 'undefined' && !customElements.get(WIDGET_TAG)) {
  customElements.define(WIDGET_TAG, DvcGuideElement);
}

export { createDvcGuideElement, WIDGET_TAG } from './element';
