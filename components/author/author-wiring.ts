/**
 * The side panel's author model wired to the extension: runtime messages to the background, tab messages
 * to the portal tab beside the panel, the switch in extension storage. Kept apart from the entrypoint so
 * the side panel only adds two lines.
 */
import { createAuthorModel, type AuthorModel } from '../../lib/author/author-model';
import { AUTHOR_ENABLED_KEY, isAuthorEnabled } from '../../lib/author/settings';

export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(q: { active: boolean; windowId?: number; currentWindow?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

export function createAuthorModelFor(api: ExtensionApi, windowId: number | undefined, download: (fileName: string, text: string, mime: string) => void): AuthorModel {
  return createAuthorModel({
    async send<T>(message: { type: string }): Promise<T> {
      const r = (await api.runtime.sendMessage(message)) as { ok: boolean; data?: T; error?: { message?: { vi?: string } } | string } | undefined;
      if (!r) throw new Error('no answer from the extension background');
      if (!r.ok) throw new Error(typeof r.error === 'string' ? r.error : (r.error?.message?.vi ?? 'error'));
      return r.data as T;
    },
    async activeTab() {
      const [tab] = await api.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
      return tab?.id;
    },
    sendTab: <T,>(tabId: number, message: unknown) => api.tabs.sendMessage(tabId, message) as Promise<T>,
    getEnabled: async () => isAuthorEnabled((await api.storage.local.get(AUTHOR_ENABLED_KEY))[AUTHOR_ENABLED_KEY]),
    setEnabled: (on) => api.storage.local.set({ [AUTHOR_ENABLED_KEY]: on }),
    download,
    now: () => Date.now(),
  });
}
