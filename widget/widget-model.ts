/**
 * The state of one `<dvc-guide>` element: its attributes, the loaded catalog, and which guide is shown
 * (the `guide` attribute, or the one a resident opened from the catalog).
 */
import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Guide } from '../lib/guide/schema';
import type { Lang } from '../lib/i18n/messages';
import { loadCatalog, type CatalogLoad, type FetchLike } from './catalog-source';

export type WidgetView =
  | { kind: 'loading' }
  | { kind: 'catalog' }
  | { kind: 'guide'; guide: Guide; fromCatalog: boolean }
  | { kind: 'invalid'; name: string; fromCatalog: boolean }
  | { kind: 'missing'; id: string };

export type WidgetMode = 'guides' | 'qa';

export interface WidgetModel {
  lang: Signal<Lang>;
  compact: Signal<boolean>;
  /** The `guide` attribute. */
  guideId: Signal<string | null>;
  /** The `src` attribute; null: bundled guides. */
  src: Signal<string | null>;
  catalog: Signal<CatalogLoad | null>;
  /** A guide opened from the catalog (when there is no `guide` attribute). */
  chosen: Signal<string | null>;
  /** The `view` attribute: "hoi-dap" shows questions and answers instead of the list of guides. */
  mode: Signal<WidgetMode>;
  /** The step to open when a guide was opened from an answer. */
  step: Signal<string | null>;
  /** The catalog search text, kept while a guide is open so "back" returns to the same results. */
  query: Signal<string>;
  view: ReadonlySignal<WidgetView>;
  /** (Re)loads the catalog for the current `src`; a later call wins over an earlier one still running. */
  reload(): Promise<void>;
  open(id: string, step?: string): void;
  back(): void;
}

export interface WidgetModelDeps {
  bundled: readonly Guide[];
  fetch: FetchLike;
  /** The page's address, to resolve a relative `src`. */
  base: () => string;
  warn: (...args: unknown[]) => void;
}

export function createWidgetModel(deps: WidgetModelDeps): WidgetModel {
  const lang = signal<Lang>('vi');
  const compact = signal(false);
  const guideId = signal<string | null>(null);
  const src = signal<string | null>(null);
  const catalog = signal<CatalogLoad | null>(null);
  const chosen = signal<string | null>(null);
  const query = signal('');
  const mode = signal<WidgetMode>('guides');
  const step = signal<string | null>(null);
  let generation = 0;

  const view = computed<WidgetView>(() => {
    const c = catalog.value;
    if (!c) return { kind: 'loading' };
    const fromCatalog = guideId.value === null;
    const id = guideId.value ?? chosen.value;
    if (id === null) return { kind: 'catalog' };
    const guide = c.guides.find((g) => g.id === id);
    if (guide) return { kind: 'guide', guide, fromCatalog };
    const bad = c.kind === 'remote' ? c.invalid.find((e) => e.id === id) : undefined;
    if (bad) return { kind: 'invalid', name: bad.name, fromCatalog };
    return { kind: 'missing', id };
  });

  return {
    lang,
    compact,
    guideId,
    src,
    catalog,
    chosen,
    query,
    mode,
    step,
    view,
    async reload() {
      const mine = ++generation;
      catalog.value = null;
      const result = await loadCatalog({ src: src.value, base: deps.base(), bundled: deps.bundled, fetch: deps.fetch, warn: deps.warn });
      if (mine === generation) catalog.value = result;
    },
    open(id, at) {
      step.value = at ?? null;
      chosen.value = id;
    },
    back() {
      chosen.value = null;
    },
  };
}
