/**
 * The resident's guide finder (side panel, welcome page): the words typed, what they find, the guide
 * opened, the papers ticked for it (kept in extension storage, ids only: nothing typed is stored), and
 * "Mở trên Cổng Dịch vụ công". The search is local: the words never leave the device.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Guide } from '../guide/schema';
import { createGuideIndex } from '../search/guide-fields';
import { finderList, type FinderList } from './common-guides';
import type { OpenGuideResponse } from './protocol';
import { guideStartUrl } from './start-page';

export const TICKS_KEY_PREFIX = 'resident:ticks:';

export interface TicksArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

type OpenState = { state: 'idle' } | { state: 'opening' } | { state: 'opened' } | { state: 'failed'; reason: string };

export interface FinderModel {
  guides: ReadonlySignal<readonly Guide[]>;
  /** The guides could not be had from the background. */
  loadFailed: ReadonlySignal<boolean>;
  query: ReadonlySignal<string>;
  list: ReadonlySignal<FinderList>;
  selected: ReadonlySignal<Guide | null>;
  /** The selected guide's start page, or null when it has none to open. */
  startUrl: ReadonlySignal<string | null>;
  checked: ReadonlySignal<ReadonlySet<string>>;
  open: ReadonlySignal<OpenState>;
  setQuery(text: string): void;
  setGuides(guides: readonly Guide[]): void;
  failLoad(): void;
  select(guideId: string): Promise<void>;
  back(): void;
  toggle(docId: string, on: boolean): Promise<void>;
  openOnPortal(): Promise<void>;
}

export interface FinderDeps {
  ticks: TicksArea;
  openGuide(guideId: string): Promise<OpenGuideResponse>;
}

function idsOf(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

export function createFinderModel(deps: FinderDeps): FinderModel {
  const guides = signal<readonly Guide[]>([]);
  const loadFailed = signal(false);
  const query = signal('');
  const selectedId = signal<string | null>(null);
  const checked = signal<ReadonlySet<string>>(new Set());
  const open = signal<OpenState>({ state: 'idle' });
  const index = computed(() => createGuideIndex(guides.value));
  const selected = computed(() => guides.value.find((g) => g.id === selectedId.value) ?? null);

  return {
    guides,
    loadFailed,
    query,
    list: computed(() => finderList(guides.value, index.value, query.value)),
    selected,
    startUrl: computed(() => (selected.value ? guideStartUrl(selected.value) : null)),
    checked,
    open,
    setQuery(text) {
      query.value = text;
    },
    setGuides(list) {
      guides.value = list;
      loadFailed.value = false;
    },
    failLoad() {
      loadFailed.value = true;
    },
    async select(guideId) {
      selectedId.value = guideId;
      open.value = { state: 'idle' };
      checked.value = new Set();
      const stored = await deps.ticks.get(TICKS_KEY_PREFIX + guideId).catch(() => undefined);
      if (selectedId.value === guideId) checked.value = idsOf(stored);
    },
    back() {
      selectedId.value = null;
      open.value = { state: 'idle' };
    },
    async toggle(docId, on) {
      const guideId = selectedId.value;
      if (!guideId) return;
      const next = new Set(checked.value);
      if (on) next.add(docId);
      else next.delete(docId);
      checked.value = next;
      // A tick that cannot be stored still shows for now; it is only a reminder for the resident.
      await deps.ticks.set(TICKS_KEY_PREFIX + guideId, [...next]).catch(() => undefined);
    },
    async openOnPortal() {
      const guide = selected.value;
      if (!guide || open.value.state === 'opening') return;
      open.value = { state: 'opening' };
      const res = await deps.openGuide(guide.id).catch((err: unknown): OpenGuideResponse => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
      open.value = res.ok ? { state: 'opened' } : { state: 'failed', reason: res.error };
    },
  };
}

/** "Xóa toàn bộ dữ liệu" also forgets which papers were ticked in the finder. */
export async function clearTicks(area: { keys?(): Promise<string[]>; remove(key: string): Promise<void> }): Promise<void> {
  const keys = (await area.keys?.()) ?? [];
  await Promise.all(keys.filter((key) => key.startsWith(TICKS_KEY_PREFIX)).map((key) => area.remove(key)));
}
