/**
 * The storage and messaging ports the resident's pages give their models, over an extension API object
 * passed in (so lib/ stays free of browser globals).
 */
import type { Lang } from '../i18n/messages';
import type { RunRecord } from '../overlay/progress-port';
import { RUN_TAB_PREFIX, isRunRecord, tabKey } from '../overlay/run-store';
import type { ModeStorage } from '../workspace/mode-model';
import { LANG_KEY, langOfBrowser, loadLang } from '../workspace/lang-pref';
import type { OpenGuideRequest, OpenGuideResponse } from './protocol';

interface StorageChange {
  newValue?: unknown;
}

export interface ExtensionLike {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(l: (changes: Record<string, StorageChange>, area: string) => void): void; removeListener(l: (changes: Record<string, StorageChange>, area: string) => void): void };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n?: { getUILanguage(): string };
}

/** Key-value storage with change events from every extension page. */
export function localStorageArea(api: ExtensionLike): Required<ModeStorage> {
  return {
    get: async (key) => (await api.storage.local.get(key))[key],
    set: (key, value) => api.storage.local.set({ [key]: value }),
    subscribe(listener) {
      const onChanged = (changes: Record<string, StorageChange>, area: string): void => {
        if (area !== 'local') return;
        for (const [key, change] of Object.entries(changes)) listener(key, change.newValue);
      };
      api.storage.onChanged.addListener(onChanged);
      return () => api.storage.onChanged.removeListener(onChanged);
    },
  };
}

export async function openGuideVia(api: ExtensionLike, guideId: string): Promise<OpenGuideResponse> {
  const res = (await api.runtime.sendMessage({ type: 'resident:open-guide', guideId } satisfies OpenGuideRequest)) as OpenGuideResponse | undefined;
  return res ?? { ok: false, error: 'no answer from the extension background' };
}

export async function readTabRun(api: ExtensionLike, tabId: number): Promise<RunRecord | null> {
  const value = (await api.storage.local.get(tabKey(tabId)))[tabKey(tabId)];
  return isRunRecord(value) ? value : null;
}

/** The tab id of a run store key (`run:tab:<id>`), or null for any other key. */
export function tabOfRunKey(key: string): number | null {
  if (!key.startsWith(RUN_TAB_PREFIX)) return null;
  const id = Number(key.slice(RUN_TAB_PREFIX.length));
  return Number.isInteger(id) ? id : null;
}

/** The page language, and every later change made on another extension page. */
export function watchLang(api: ExtensionLike, onLang: (lang: Lang) => void): void {
  const area = localStorageArea(api);
  const fallback = langOfBrowser(api.i18n?.getUILanguage());
  const read = (): void => void loadLang(area, fallback).then(onLang, () => onLang(fallback));
  read();
  area.subscribe((key) => {
    if (key === LANG_KEY) read();
  });
}

