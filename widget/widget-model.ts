/**
 * The state of one `<dvc-guide>` element: its attributes, the index (only when the catalog is shown), the
 * guide files loaded so far, and which guide is shown (the `guide` attribute, or one opened from the catalog).
 *
 * With `guide="…"` only that guide's file is fetched, from its predictable name beside the index: no
 * index first (no waterfall), and the same bytes whether the folder holds 14 guides or 500.
 */
import { batch, computed, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { guideUrl, type IndexEntry } from '../lib/guide/published';
import type { Guide } from '../lib/guide/schema';
import type { Lang } from '../lib/i18n/messages';
import { checkedGuideNow, loadGuide, resolveHttpUrl, type FetchLike, type GuideLoad, type IndexLoad, type ReportProblems, type ValidateGuide } from './catalog-source';

export type WidgetView =
  | { kind: 'loading' }
  | { kind: 'catalog'; entries: readonly IndexEntry[] }
  | { kind: 'guide'; guide: Guide; fromCatalog: boolean }
  | { kind: 'invalid'; name: string; fromCatalog: boolean }
  | { kind: 'missing'; id: string }
  | { kind: 'failed'; fromCatalog: boolean };

export type WidgetMode = 'guides' | 'qa';

export interface WidgetModel {
  lang: ReadonlySignal<Lang>;
  compact: ReadonlySignal<boolean>;
  /** The `guide` attribute. */
  guideId: ReadonlySignal<string | null>;
  /** The `src` attribute; null: the index beside the script. */
  src: ReadonlySignal<string | null>;
  /** The index, once asked for (the catalog view); null while loading or not needed. */
  index: ReadonlySignal<IndexLoad | null>;
  /** A guide opened from the catalog (when there is no `guide` attribute). */
  chosen: ReadonlySignal<string | null>;
  /** The `view` attribute: "hoi-dap" shows questions and answers instead of the list of guides. */
  mode: ReadonlySignal<WidgetMode>;
  /** The `leaflet-url` attribute: the town's page for a guide, `{id}` standing for the guide id (leaflet QR code). */
  leafletUrl: ReadonlySignal<string | null>;
  /** The step to open when a guide was opened from an answer. */
  step: ReadonlySignal<string | null>;
  /** The catalog search text, kept while a guide is open so "back" returns to the same results. */
  query: ReadonlySignal<string>;
  view: ReadonlySignal<WidgetView>;
  /** (Re)loads what the current attributes need; a later call wins over an earlier one still running. */
  reload(): Promise<void>;
  open(id: string, step?: string): void;
  back(): void;
  /**
   * Hỏi đáp reads every guide's situations: every file of the index, fetched by its hashed name (so the
   * guides a resident opens afterwards are already in the cache). Null until they are in.
   */
  qaGuides: ReadonlySignal<readonly Guide[] | null>;
  loadQa(): void;
  /** The element's attributes, applied at once; a new `guide` replaces a guide opened from the catalog. */
  setAttributes(attrs: WidgetAttributes): void;
  setLang(lang: Lang): void;
  setQuery(query: string): void;
}

export interface WidgetAttributes {
  guideId: string | null;
  src: string | null;
  compact: boolean;
  mode: WidgetMode;
  leafletUrl: string | null;
}

export interface WidgetModelDeps {
  /** The index beside the script (its folder is the default catalog). */
  ownIndex: string;
  fetch: FetchLike;
  /** The page's address, to resolve a relative `src`. */
  base: () => string;
  warn: (...args: unknown[]) => void;
  report: ReportProblems;
  validate: ValidateGuide;
}

export function createWidgetModel(deps: WidgetModelDeps): WidgetModel {
  const lang = signal<Lang>('vi');
  const compact = signal(false);
  const guideId = signal<string | null>(null);
  const src = signal<string | null>(null);
  const index = signal<IndexLoad | null>(null);
  const chosen = signal<string | null>(null);
  const query = signal('');
  /** Guide files by address; a signal so the view follows a load finishing. */
  const guides = signal<ReadonlyMap<string, GuideLoad>>(new Map());
  const inFlight = new Set<string>();
  const mode = signal<WidgetMode>('guides');
  const step = signal<string | null>(null);
  const leafletUrl = signal<string | null>(null);
  const qaGuides = signal<readonly Guide[] | null>(null);
  let generation = 0;

  /** Where guide files are: beside the index at `src`, or beside the script. */
  const indexUrl = (): string => (src.value ? resolveHttpUrl(src.value, deps.base()) : null) ?? deps.ownIndex;

  function fetchGuide(key: string, id: string, at: string, hash?: string): void {
    if (guides.value.has(key) || inFlight.has(key)) return;
    const ready = checkedGuideNow(guideUrl(at, id, hash), id);
    if (ready) {
      guides.value = new Map(guides.value).set(key, { kind: 'guide', guide: ready });
      return;
    }
    inFlight.add(key);
    const mine = generation;
    void loadGuide({ indexUrl: at, id, ...(hash ? { hash } : {}), fetch: deps.fetch, validate: deps.validate, report: deps.report, warn: deps.warn }).then((load) => {
      inFlight.delete(key);
      if (mine === generation) guides.value = new Map(guides.value).set(key, load);
    });
  }

  const view = computed<WidgetView>(() => {
    const attr = guideId.value;
    const id = attr ?? chosen.value;
    const fromCatalog = attr === null;
    if (id === null) {
      const i = index.value;
      if (!i) return { kind: 'loading' };
      return i.kind === 'failed' ? { kind: 'failed', fromCatalog: false } : { kind: 'catalog', entries: i.entries };
    }
    let key: string;
    if (attr !== null) key = `${indexUrl()}|${id}`;
    else {
      const i = index.value;
      if (!i) return { kind: 'loading' };
      const entry = i.kind !== 'failed' ? i.entries.find((e) => e.id === id) : undefined;
      if (i.kind === 'failed' || !entry) return { kind: 'missing', id };
      key = `${i.url}|${id}|${entry.hash}`;
    }
    const load = guides.value.get(key);
    if (!load) return { kind: 'loading' };
    if (load.kind === 'guide') return { kind: 'guide', guide: load.guide, fromCatalog };
    if (load.kind === 'invalid') return { kind: 'invalid', name: id, fromCatalog };
    if (load.kind === 'missing') return { kind: 'missing', id };
    return { kind: 'failed', fromCatalog };
  });

  /** Starts whatever the current state needs and nothing more. */
  function want(): void {
    const attr = guideId.value;
    if (attr !== null) {
      fetchGuide(`${indexUrl()}|${attr}`, attr, indexUrl());
      return;
    }
    const i = index.value;
    const id = chosen.value;
    if (id === null || !i || i.kind === 'failed') return;
    const entry = i.entries.find((e) => e.id === id);
    if (entry) fetchGuide(`${i.url}|${id}|${entry.hash}`, id, i.url, entry.hash);
  }

  let indexFor: string | null = null;
  async function ensureIndex(force: boolean): Promise<void> {
    const key = `${src.value ?? ''}`;
    if (!force && indexFor === key && index.value) return;
    indexFor = key;
    const mine = generation;
    index.value = null;
    // Its own file (./index-source.ts), asked for with the catalog view's files (widget/loader.ts).
    const { loadIndex } = await import('./index-source');
    const result = await loadIndex({ src: src.value, own: deps.ownIndex, base: deps.base(), fetch: deps.fetch, warn: deps.warn });
    if (mine === generation) {
      index.value = result;
      want();
    }
  }

  /** At most this many guide files in flight at once for Hỏi đáp. */
  const QA_PARALLEL = 6;
  let qaFor: IndexLoad | null = null;
  function loadQa(): void {
    const i = index.value;
    if (!i || i.kind === 'failed' || qaFor === i) return;
    qaFor = i;
    const mine = generation;
    const found: Guide[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < i.entries.length) {
        const e = i.entries[next++]!;
        const load = await loadGuide({ indexUrl: i.url, id: e.id, hash: e.hash, fetch: deps.fetch, validate: deps.validate, report: deps.report, warn: deps.warn });
        if (load.kind === 'guide') found.push(load.guide);
      }
    };
    void Promise.all(Array.from({ length: QA_PARALLEL }, worker)).then(() => {
      // In index order, whatever order the files arrived in.
      const order = new Map(i.entries.map((e, n) => [e.id, n]));
      if (mine === generation) qaGuides.value = found.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    });
  }

  return {
    qaGuides,
    loadQa,
    lang,
    compact,
    guideId,
    src,
    index,
    chosen,
    query,
    mode,
    step,
    leafletUrl,
    view,
    async reload() {
      generation++;
      inFlight.clear();
      // A retry asks again for what failed; what loaded stays (it is the same file).
      guides.value = new Map([...guides.value].filter(([, g]) => g.kind === 'guide'));
      qaFor = null;
      qaGuides.value = null;
      if (guideId.value === null) await ensureIndex(true);
      else {
        indexFor = null;
        index.value = null;
        want();
      }
    },
    open(id, at) {
      step.value = at ?? null;
      chosen.value = id;
      want();
    },
    back() {
      chosen.value = null;
      if (!index.value) void ensureIndex(false);
    },
    setAttributes(a) {
      batch(() => {
        if (a.guideId !== guideId.value) chosen.value = null;
        guideId.value = a.guideId;
        src.value = a.src;
        compact.value = a.compact;
        mode.value = a.mode;
        leafletUrl.value = a.leafletUrl;
      });
    },
    setLang(next) {
      lang.value = next;
    },
    setQuery(next) {
      query.value = next;
    },
  };
}
