import { describe, expect, it, vi } from 'vitest';
import { tabKey } from '../overlay/run-store';
import { LANG_KEY } from '../workspace/lang-pref';
import { localStorageArea, readTabRun, tabOfRunKey, watchLang, type ExtensionLike } from './browser-ports';

function fakeApi(ui = 'vi'): ExtensionLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  return {
    data,
    storage: {
      local: {
        get: async (key) => (key in data ? { [key]: data[key] } : {}),
        set: async (items) => {
          Object.assign(data, items);
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
          listeners.forEach((l) => l(changes, 'local'));
        },
      },
      onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    },
    runtime: { sendMessage: async () => undefined },
    i18n: { getUILanguage: () => ui },
  };
}

describe('browser ports', () => {
  it('reads the tab id from a run store key only', () => {
    expect(tabOfRunKey(tabKey(42))).toBe(42);
    expect(tabOfRunKey('run:last')).toBeNull();
    expect(tabOfRunKey('prefs:mode')).toBeNull();
  });

  it("reads a tab's run and refuses what is not one", async () => {
    const api = fakeApi();
    api.data[tabKey(1)] = { guideId: 'g', guideVersion: 1, stepIndex: 0, completed: [], updatedAt: 1 };
    api.data[tabKey(2)] = { guideId: 'g' };
    expect(await readTabRun(api, 1)).toMatchObject({ guideId: 'g' });
    expect(await readTabRun(api, 2)).toBeNull();
    expect(await readTabRun(api, 3)).toBeNull();
  });

  it("speaks the browser's language until one is chosen, then follows the choice", async () => {
    const api = fakeApi('en-US');
    const seen: string[] = [];
    watchLang(api, (l) => seen.push(l));
    await vi.waitFor(() => expect(seen).toEqual(['en']));
    await localStorageArea(api).set(LANG_KEY, 'vi');
    await vi.waitFor(() => expect(seen).toEqual(['en', 'vi']));
  });
});
