/**
 * Author mode and the failure log in a portal tab: reports where the running guide fails (always, to the
 * local log), answers the side panel's author requests (pick, page pattern, page structure, play a
 * draft), and in author mode repairs a step's target from the not-found notice. Logic is in lib/author;
 * this file wires it to the page, the overlay model and runtime messaging.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { OverlayAuthorHooks } from '../../components/author/OverlayAuthor';
import { draftAsGuide, type Draft } from '../../lib/author/draft';
import type { FailureReport } from '../../lib/author/protocol';
import { allowListFromGuides } from '../../lib/author/page-allow';
import { pagePatternFromUrl } from '../../lib/author/page-pattern';
import { saveStructure } from '../../lib/author/page-structure';
import { suggestTarget } from '../../lib/author/pick-target';
import { startPicker, type Picker } from '../../lib/author/picker';
import { AUTHOR_ENABLED_KEY, isAuthorEnabled } from '../../lib/author/settings';
import { watchFailures } from '../../lib/author/failure-watch';
import { isAuthorTabRequest, type AuthorTabRequest, type PickAnswer } from '../../lib/author/tab-messages';
import type { Guide } from '../../lib/guide/schema';
import { ta } from '../../lib/i18n/author-messages';
import type { OverlayModel } from '../../lib/overlay/overlay-model';

type LoadGuides = (filter: { href?: string; ids?: string[] }) => Promise<readonly Guide[]>;

interface AuthorResponse<T> {
  ok: boolean;
  data?: T;
}

async function ask<T>(message: unknown): Promise<T | undefined> {
  try {
    const r = (await browser.runtime.sendMessage(message)) as AuthorResponse<T> | undefined;
    return r?.ok ? r.data : undefined;
  } catch {
    return undefined;
  }
}

export interface AuthorTab {
  hooks: OverlayAuthorHooks;
  /** The overlay's guide source, with the draft this tab plays in place of the published guide. */
  wrapLoadGuides(load: LoadGuides): LoadGuides;
  /** Connects to the overlay model once it exists. */
  attach(model: OverlayModel): void;
  dispose(): void;
}

export function createAuthorTab(doc: Document, win: Window, layer: HTMLElement): AuthorTab {
  const enabled = signal(false);
  const draftIds = signal<ReadonlySet<string>>(new Set());
  let model: OverlayModel | null = null;
  let picker: Picker | null = null;
  const cleanups: Array<() => void> = [];

  void browser.storage.local.get(AUTHOR_ENABLED_KEY).then((s) => (enabled.value = isAuthorEnabled(s[AUTHOR_ENABLED_KEY])));
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && AUTHOR_ENABLED_KEY in changes) enabled.value = isAuthorEnabled(changes[AUTHOR_ENABLED_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(onStorage);
  cleanups.push(() => browser.storage.onChanged.removeListener(onStorage));

  const markDraft = (id: string): void => {
    draftIds.value = new Set([...draftIds.value, id]);
  };
  const guideOfDraft = (draft: Draft | undefined | null): Guide | undefined => (draft ? draftAsGuide(draft, Date.now()) : undefined);
  // Asked once per page load: the draft the helper plays in this tab survives navigation and reloads.
  let playing: Promise<Guide | undefined> | null = null;
  const playingGuide = (): Promise<Guide | undefined> => (playing ??= ask<Draft | null>({ type: 'author:draft:playing' }).then(guideOfDraft));

  function report(r: FailureReport): void {
    void ask({ type: 'author:failure:append', report: r });
  }

  async function pick(): Promise<Element | null> {
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
  }

  async function answer(req: AuthorTabRequest): Promise<unknown> {
    const page = pagePatternFromUrl(win.location.href) ?? 'unknown';
    switch (req.type) {
      case 'author-tab:page':
        return { ok: true, page };
      case 'author-tab:pick': {
        if (picker) return { ok: false, reason: 'busy' } satisfies PickAnswer;
        const el = await pick();
        if (!el) return { ok: false, reason: 'cancelled' } satisfies PickAnswer;
        const { element: _element, ...picked } = suggestTarget(doc, el);
        return { ok: true, page, picked } satisfies PickAnswer;
      }
      case 'author-tab:structure': {
        const guides = await loadForAllowList();
        const structure = saveStructure(doc, win.location.href, allowListFromGuides(guides));
        return { ok: true, structure };
      }
      case 'author-tab:play': {
        playing = null;
        const guide = await playingGuide();
        if (!guide || guide.id !== req.id || !model) return { ok: false, reason: 'draft' };
        markDraft(guide.id);
        model.useGuide(guide, true);
        return { ok: true };
      }
    }
  }

  let loadGuides: LoadGuides | null = null;
  async function loadForAllowList(): Promise<readonly Guide[]> {
    const published = loadGuides ? await loadGuides({ href: win.location.href }).catch(() => []) : [];
    const draft = await playingGuide();
    return draft ? [...published, draft] : published;
  }

  const onMessage = (message: unknown): Promise<unknown> | undefined => (isAuthorTabRequest(message) ? answer(message) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  cleanups.push(() => browser.runtime.onMessage.removeListener(onMessage));

  const hooks: OverlayAuthorHooks = {
    draftIds,
    enabled,
    onHelpOpened(guideId, stepId) {
      const run = model?.run.value;
      if (run && run.guide.id === guideId) report({ guideId, guideVersion: run.guide.version, stepId, kind: 'help-opened' });
    },
    onRepair(guideId, stepId) {
      void (async () => {
        const el = await pick();
        if (!el || !model) return;
        const strategies = suggestTarget(doc, el).strategies;
        if (strategies.length === 0) return;
        const draft = await ask<Draft>({ type: 'author:draft:repair', guideId, stepId, strategies });
        const guide = guideOfDraft(draft);
        if (!guide) return;
        playing = Promise.resolve(guide);
        markDraft(guide.id);
        model.useGuide(guide, false);
      })();
    },
  };

  return {
    hooks,
    wrapLoadGuides(load) {
      loadGuides = load;
      return async (filter) => {
        const [published, draft] = await Promise.all([load(filter), playingGuide()]);
        if (!draft) return published;
        markDraft(draft.id);
        // This tab plays the draft: it replaces the published guide of the same id here, nowhere else.
        return [...published.filter((g) => g.id !== draft.id), draft];
      };
    },
    attach(m) {
      model = m;
      // Where guides fail, for the town's maintainer (lib/author/failure-watch.ts).
      cleanups.push(watchFailures(m, report, () => win.location.href));
    },
    dispose() {
      picker?.stop();
      for (const c of cleanups.splice(0)) c();
    },
  };
}
