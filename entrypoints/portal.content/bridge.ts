/** The overlay's ProgressPort over runtime messaging to the background, which keys it by this tab. */
import { browser } from 'wxt/browser';
import type { ProgressPort, RunRecord, PreferencesPort, Preferences } from '../../lib/overlay/progress-port';
import type { Guide } from '../../lib/guide/schema';
import type { GuidesRequest, GuidesResponse } from '../../lib/guide/guide-messages';
import { isOverlayChanged, type OverlayRequest, type OverlayResponse } from '../../lib/overlay/messages';

async function ask(message: OverlayRequest): Promise<OverlayResponse & { ok: true }> {
  const response = (await browser.runtime.sendMessage(message)) as OverlayResponse | undefined;
  if (!response) throw new Error('no answer from the extension background');
  if (!response.ok) throw new Error(response.error);
  return response;
}

async function request(message: OverlayRequest): Promise<RunRecord | null> {
  const response = await ask(message);
  return 'record' in response ? response.record : null;
}

export function createRuntimeProgressPort(): ProgressPort {
  return {
    load: () => request({ type: 'overlay:load' }),
    save: async (record) => void (await request({ type: 'overlay:save', record })),
    clear: async () => void (await request({ type: 'overlay:clear' })),
    resumable: async (guideIds) => {
      const response = await ask({ type: 'overlay:resumable', guideIds: [...guideIds] });
      return 'offer' in response ? response.offer : null;
    },
    adopt: (sessionId) => request({ type: 'overlay:adopt', sessionId }),
    subscribe(listener) {
      const onMessage = (message: unknown): undefined => {
        if (isOverlayChanged(message)) listener(message.record);
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}

const PREFS_KEY = 'prefs:overlay';

export function createStoragePreferencesPort(): PreferencesPort {
  return {
    async load(): Promise<Preferences> {
      const stored = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY] as Partial<Preferences> | undefined;
      return { largeText: stored?.largeText === true };
    },
    async save(prefs) {
      await browser.storage.local.set({ [PREFS_KEY]: prefs });
    },
  };
}

export async function loadGuidesFromBackground(filter: GuidesRequest['filter']): Promise<readonly Guide[]> {
  const response = (await browser.runtime.sendMessage({ type: 'guides:get', filter } satisfies GuidesRequest)) as GuidesResponse | undefined;
  if (!response) throw new Error('no answer from the extension background');
  if (!response.ok) throw new Error(response.error);
  return response.guides;
}
