/**
 * The options page's town profile: from an address (asking for that site's permission first, inside the click)
 * or from a file, validated before it is stored. A broken profile is never stored: its problems are listed by
 * file and field, and whatever was in use stays in use.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { GuideProblem } from '../guide/problems';
import { parseCatalogAddress } from '../guide/distribution';
import { parseTownJson, type GuideIndex } from '../town/load';
import { loadStoredTown, TOWN_KEY, type StoredTown, type TownArea } from '../town/town-store';

export interface TownSettingsDeps {
  area: Required<TownArea>;
  requestPermission: (pattern: string) => Promise<boolean>;
  fetchText: (url: string) => Promise<string>;
  guides?: GuideIndex;
  now?: () => number;
}

export type TownNotice = { kind: 'fetch-failed'; url: string; reason: string } | { kind: 'permission'; host: string } | { kind: 'bad-url' } | null;

export interface TownSettingsModel {
  urlInput: ReadonlySignal<string>;
  stored: ReadonlySignal<StoredTown | null>;
  problems: ReadonlySignal<GuideProblem[]>;
  notice: ReadonlySignal<TownNotice>;
  busy: ReadonlySignal<boolean>;
  load(): Promise<void>;
  setUrlInput(text: string): void;
  /** Call directly from the click handler (the permission prompt needs the user gesture). */
  saveFromUrl(): Promise<void>;
  saveFromFile(name: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

export function createTownSettingsModel(deps: TownSettingsDeps): TownSettingsModel {
  const urlInput = signal('');
  const stored = signal<StoredTown | null>(null);
  const problems = signal<GuideProblem[]>([]);
  const notice = signal<TownNotice>(null);
  const busy = signal(false);
  const now = deps.now ?? Date.now;

  async function accept(text: string, source: string): Promise<void> {
    const result = parseTownJson(text, source, deps.guides);
    if (!result.ok) {
      problems.value = result.problems;
      return;
    }
    problems.value = [];
    const record: StoredTown = { town: result.town, source, savedAt: now() };
    await deps.area.set(TOWN_KEY, record);
    stored.value = record;
  }

  return {
    urlInput,
    setUrlInput(text) {
      urlInput.value = text;
    },
    stored,
    problems,
    notice,
    busy,
    async load() {
      stored.value = await loadStoredTown(deps.area);
      if (stored.value && /^https?:/.test(stored.value.source)) urlInput.value = stored.value.source;
    },
    async saveFromUrl() {
      notice.value = null;
      const address = parseCatalogAddress(urlInput.value);
      if (!address) {
        notice.value = { kind: 'bad-url' };
        return;
      }
      const granted = deps.requestPermission(address.pattern).catch(() => false);
      busy.value = true;
      try {
        if (!(await granted)) {
          notice.value = { kind: 'permission', host: address.host };
          return;
        }
        let text: string;
        try {
          text = await deps.fetchText(address.url);
        } catch (err) {
          notice.value = { kind: 'fetch-failed', url: address.url, reason: err instanceof Error ? err.message : String(err) };
          return;
        }
        await accept(text, address.url);
      } finally {
        busy.value = false;
      }
    },
    async saveFromFile(name, text) {
      notice.value = null;
      await accept(text, name);
    },
    async remove() {
      await deps.area.remove(TOWN_KEY);
      stored.value = null;
      problems.value = [];
    },
  };
}
