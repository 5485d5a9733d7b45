/**
 * Author mode's heavy half in a portal tab: the element picker, target suggestions, page patterns, saved
 * page structure, the author texts, and turning a played draft into a checked guide (the guide validator
 * and zod come with it). None of it is needed to show a guide, so it is not in the portal content script:
 * the background injects `author-tools.js` (entrypoints/author-tools.ts) into the tab when author mode is
 * on or a draft plays there, and the content script (./author.ts) picks it up from the shared global.
 *
 * Plain functions only: no signals and no Preact here, so the injected copy shares no state with the
 * content script's copy of those libraries.
 */
import { draftAsGuide, type Draft } from '../../lib/author/draft';
import { allowListFromGuides } from '../../lib/author/page-allow';
import { pagePatternFromUrl } from '../../lib/author/page-pattern';
import { saveStructure, type SavedStructure } from '../../lib/author/page-structure';
import { suggestTarget } from '../../lib/author/pick-target';
import { startPicker, type Picker } from '../../lib/author/picker';
import type { PickedTarget } from '../../lib/author/tab-messages';
import type { Guide, TargetStrategy } from '../../lib/guide/schema';
import { ta, type AuthorMessageKey } from '../../lib/i18n/author-messages';
import type { Lang } from '../../lib/i18n/messages';

export interface AuthorTools {
  /** Author texts for the overlay card ("bản nháp", "Chọn lại phần tử"). */
  text(lang: Lang, key: AuthorMessageKey): string;
  /** Starts the picker with its hint in `layer`; null when cancelled or when a pick is already running. */
  pick(doc: Document, win: Window, layer: HTMLElement): Promise<Element | null>;
  /** A pick is running (a second one is refused as busy). */
  picking(): boolean;
  /** Stops a running pick (the overlay is going away). */
  stop(): void;
  suggest(doc: Document, el: Element): PickedTarget;
  strategies(doc: Document, el: Element): TargetStrategy[];
  pagePattern(href: string): string | undefined;
  structure(doc: Document, href: string, guides: readonly Guide[]): SavedStructure;
  draftAsGuide(draft: Draft, now: number): Guide | undefined;
}

export function createAuthorTools(): AuthorTools {
  let picker: Picker | null = null;
  return {
    text: (lang, key) => ta(lang, key),
    async pick(doc, win, layer) {
      if (picker) return null;
      const hint = doc.createElement('div');
      hint.className = 'dvc-picker-hint';
      hint.setAttribute('role', 'status');
      hint.textContent = ta(doc.documentElement.lang === 'en' ? 'en' : 'vi', 'author.recording');
      layer.append(hint);
      picker = startPicker({ doc, win, layer });
      try {
        return await picker.result;
      } finally {
        picker = null;
        hint.remove();
      }
    },
    picking: () => picker !== null,
    stop: () => picker?.stop(),
    suggest(doc, el) {
      const { element: _element, ...picked } = suggestTarget(doc, el);
      return picked;
    },
    strategies: (doc, el) => suggestTarget(doc, el).strategies,
    pagePattern: (href) => pagePatternFromUrl(href),
    structure: (doc, href, guides) => saveStructure(doc, href, allowListFromGuides(guides)),
    draftAsGuide,
  };
}
