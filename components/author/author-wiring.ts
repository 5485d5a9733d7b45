/**
 * The side panel's author model wired to the extension: runtime messages to the background, tab messages
 * to the portal tab beside the panel, the switch in extension storage. Kept apart from the entrypoint so
 * the side panel only adds two lines.
 */
import { createAuthorModel, type AuthorModel } from '../../lib/author/author-model';
import { AUTHOR_ENABLED_KEY, isAuthorEnabled } from '../../lib/author/settings';
import { PORTAL_MATCHES } from '../../lib/engine/hosts';

export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(q: { url: string[] }): Promise<Array<{ id?: number; active?: boolean; windowId?: number; lastAccessed?: number }>>;
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
    // The portal tab beside the panel: the one shown in this window, else the portal tab used last
    // (the workspace may be open in a tab of its own).
    async activeTab() {
      const tabs = await api.tabs.query({ url: [...PORTAL_MATCHES] });
      const best =
        tabs.find((t) => t.active && t.windowId === windowId) ??
        [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      return best?.id;
    },
    sendTab: <T,>(tabId: number, message: unknown) => api.tabs.sendMessage(tabId, message) as Promise<T>,
    getEnabled: async () => isAuthorEnabled((await api.storage.local.get(AUTHOR_ENABLED_KEY))[AUTHOR_ENABLED_KEY]),
    setEnabled: (on) => api.storage.local.set({ [AUTHOR_ENABLED_KEY]: on }),
    download,
    now: () => Date.now(),
  });
}
