/**
 * Author mode and the failure log in a portal tab: reports where the running guide fails (always, to the
 * local log), answers the side panel's author requests (pick, page pattern, page structure, play a
 * draft), and in author mode repairs a step's target from the not-found notice. Logic is in lib/author;
 * this file wires it to the page, the overlay model and runtime messaging.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { OverlayAuthorHooks } from '../../components/author/OverlayAuthor';
import type { Draft } from '../../lib/author/draft';
import type { FailureReport } from '../../lib/author/protocol';
import { AUTHOR_ENABLED_KEY, isAuthorEnabled } from '../../lib/author/settings';
import { watchFailures } from '../../lib/author/failure-watch';
import { isAuthorTabRequest, type AuthorTabRequest, type PickAnswer } from '../../lib/author/tab-messages';
import { AUTHOR_TOOLS_KEY, AUTHOR_TOOLS_REQUEST } from '../../lib/author/tools-request';
import type { Guide } from '../../lib/guide/schema';
import type { OverlayModel } from '../../lib/overlay/overlay-model';
import type { AuthorTools } from './author-tools';
import { takeEarlyDraft } from './early';

type LoadGuides = (filter: { href?: string; ids?: string[] }) => Promise<readonly Guide[]>;

interface AuthorResponse<T> {
  ok: boolean;
  data?: T;
}

async function ask<T>(message: unknown, early?: Promise<unknown> | null): Promise<T | undefined> {
  try {
    const r = (await (early ?? browser.runtime.sendMessage(message))) as AuthorResponse<T> | undefined;
    return r?.ok ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** The draft this tab plays: the answer asked for at script start (./early.ts) the first time. */
const askPlaying = (): Promise<Draft | null | undefined> => ask<Draft | null>({ type: 'author:draft:playing' }, takeEarlyDraft());

export interface AuthorTab {
  hooks: OverlayAuthorHooks;
  /** The overlay's guide source, with the draft this tab plays in place of the published guide. */
  wrapLoadGuides(load: LoadGuides): LoadGuides;
  /** Connects to the overlay model once it exists. */
  attach(model: OverlayModel): void;
  dispose(): void;
}

type ToolsScope = typeof globalThis & { [AUTHOR_TOOLS_KEY]?: AuthorTools };

/**
 * Author mode's tools (./author-tools.ts), injected by the background on first need and kept for the
 * page's life. A failed injection is not kept, so the next need asks again.
 */
function toolsLoader(): () => Promise<AuthorTools> {
  let loading: Promise<AuthorTools> | null = null;
  const scope = globalThis as ToolsScope;
  return () =>
    (loading ??= (async () => {
      if (!scope[AUTHOR_TOOLS_KEY]) {
        const r = (await browser.runtime.sendMessage({ type: AUTHOR_TOOLS_REQUEST })) as { ok?: boolean; error?: string } | undefined;
        if (!r?.ok) throw new Error(`author tools not injected: ${r?.error ?? 'no answer'}`);
      }
      const tools = scope[AUTHOR_TOOLS_KEY];
      if (!tools) throw new Error('author tools not found after injection');
      return tools;
    })().catch((err: unknown) => {
      loading = null;
      throw err;
    }));
}

export function createAuthorTab(doc: Document, win: Window, layer: HTMLElement): AuthorTab {
  const enabled = signal(false);
  const draftIds = signal<ReadonlySet<string>>(new Set());
  // The card's author texts arrive with the tools; until then the author additions are not drawn.
  const text = signal<AuthorTools['text'] | null>(null);
  const loadTools = toolsLoader();
  let disposed = false;
  const tools = async (): Promise<AuthorTools> => {
    const t = await loadTools();
    if (!disposed) text.value = t.text;
    return t;
  };
  let model: OverlayModel | null = null;
  let picking: AuthorTools | null = null;
  const cleanups: Array<() => void> = [];

  // Author mode on: bring the tools now, so "Chọn lại phần tử" is there when a step is not found.
  const follow = (on: boolean): void => {
    enabled.value = on;
    if (on) void tools().catch((err: unknown) => console.warn('dvc-guide author:', err));
  };
  void browser.storage.local.get(AUTHOR_ENABLED_KEY).then((s) => follow(isAuthorEnabled(s[AUTHOR_ENABLED_KEY])));
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && AUTHOR_ENABLED_KEY in changes) follow(isAuthorEnabled(changes[AUTHOR_ENABLED_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onStorage);
  cleanups.push(() => browser.storage.onChanged.removeListener(onStorage));

  const markDraft = (id: string): void => {
    draftIds.value = new Set([...draftIds.value, id]);
  };
  const guideOfDraft = async (draft: Draft | undefined | null): Promise<Guide | undefined> =>
    draft ? (await tools()).draftAsGuide(draft, Date.now()) : undefined;
  // Asked once per page load: the draft the helper plays in this tab survives navigation and reloads. Only
  // a tab that plays a draft loads the tools to check it.
  let playing: Promise<Guide | undefined> | null = null;
  const playingGuide = (): Promise<Guide | undefined> =>
    (playing ??= askPlaying().then(guideOfDraft).catch((err: unknown) => {
      console.warn('dvc-guide author:', err);
      return undefined;
    }));

  function report(r: FailureReport): void {
    void ask({ type: 'author:failure:append', report: r });
  }

  async function pick(t: AuthorTools): Promise<Element | null> {
    picking = t;
    try {
      return await t.pick(doc, win, layer);
    } finally {
      picking = null;
    }
  }

  async function answer(req: AuthorTabRequest): Promise<unknown> {
    const t = await tools();
    const page = t.pagePattern(win.location.href) ?? 'unknown';
    switch (req.type) {
      case 'author-tab:page':
        return { ok: true, page };
      case 'author-tab:pick': {
        if (t.picking()) return { ok: false, reason: 'busy' } satisfies PickAnswer;
        const el = await pick(t);
        if (!el) return { ok: false, reason: 'cancelled' } satisfies PickAnswer;
        return { ok: true, page, picked: t.suggest(doc, el) } satisfies PickAnswer;
      }
      case 'author-tab:structure': {
        const guides = await loadForAllowList();
        return { ok: true, structure: t.structure(doc, win.location.href, guides) };
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
    text,
    onHelpOpened(guideId, stepId) {
      const run = model?.run.value;
      if (run && run.guide.id === guideId) report({ guideId, guideVersion: run.guide.version, stepId, kind: 'help-opened' });
    },
    onRepair(guideId, stepId) {
      void (async () => {
        const t = await tools();
        const el = await pick(t);
        if (!el || !model) return;
        const strategies = t.strategies(doc, el);
        if (strategies.length === 0) return;
        const draft = await ask<Draft>({ type: 'author:draft:repair', guideId, stepId, strategies });
        const guide = await guideOfDraft(draft);
        if (!guide) return;
        playing = Promise.resolve(guide);
        markDraft(guide.id);
        model.useGuide(guide, false);
      })().catch((err: unknown) => console.warn('dvc-guide author:', err));
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
      disposed = true;
      picking?.stop();
      for (const c of cleanups.splice(0)) c();
    },
  };
}
