/**
 * The options page's "guides from the town website": the catalog address, the last attempt's status,
 * and the two actions (save, "Tải lại"). The host permission is asked for here, first thing in the
 * click: browsers grant it only inside a user gesture, so nothing may be awaited before the request.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { CatalogRequest, CatalogResponse, CatalogView } from '../guide/catalog-messages';
import { parseCatalogAddress } from '../guide/distribution';

type CatalogBusy = { kind: 'asking'; host: string } | { kind: 'loading' } | null;

export interface CatalogSettingsDeps {
  send: (message: CatalogRequest) => Promise<unknown>;
  /** `permissions.request({ origins: [pattern] })`; false when refused. */
  requestPermission: (pattern: string) => Promise<boolean>;
}

export interface CatalogSettingsModel {
  urlInput: ReadonlySignal<string>;
  view: ReadonlySignal<CatalogView | null>;
  busy: ReadonlySignal<CatalogBusy>;
  /** The typed address is not an http(s) address (nothing was saved). */
  invalidUrl: ReadonlySignal<boolean>;
  /** The background did not answer; English detail. */
  error: ReadonlySignal<string | null>;
  setUrlInput(text: string): void;
  load(): Promise<void>;
  /** Call directly from the submit/click handler. */
  save(): Promise<void>;
  /** Call directly from the click handler. */
  reload(): Promise<void>;
}

export function createCatalogSettingsModel(deps: CatalogSettingsDeps): CatalogSettingsModel {
  const urlInput = signal('');
  const view = signal<CatalogView | null>(null);
  const busy = signal<CatalogBusy>(null);
  const invalidUrl = signal(false);
  const error = signal<string | null>(null);

  async function ask(message: CatalogRequest): Promise<void> {
    try {
      const response = (await deps.send(message)) as CatalogResponse | undefined;
      if (!response) throw new Error('no answer from the extension background');
      if (!response.ok) throw new Error(response.error);
      view.value = response.view;
      error.value = null;
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    }
  }

  /**
   * Ask for the permission, then run `message` whatever the answer: on a refusal the background keeps
   * the guides in use and its status says the permission is missing.
   */
  async function withPermission(url: string, message: CatalogRequest): Promise<void> {
    const address = parseCatalogAddress(url);
    if (!address) return ask(message);
    const granted = deps.requestPermission(address.pattern).catch(() => false);
    busy.value = { kind: 'asking', host: address.host };
    try {
      await granted;
      busy.value = { kind: 'loading' };
      await ask(message);
    } finally {
      busy.value = null;
    }
  }

  return {
    urlInput,
    setUrlInput(text) {
      urlInput.value = text;
    },
    view,
    busy,
    invalidUrl,
    error,
    async load() {
      await ask({ type: 'catalog:get' });
      urlInput.value = view.value?.url ?? '';
    },
    async save() {
      const text = urlInput.value.trim();
      if (!text) {
        invalidUrl.value = false;
        await ask({ type: 'catalog:set-url', url: null });
        return;
      }
      const address = parseCatalogAddress(text);
      invalidUrl.value = address === null;
      if (!address) return;
      urlInput.value = address.url;
      await withPermission(address.url, { type: 'catalog:set-url', url: address.url });
    },
    async reload() {
      const url = view.value?.url;
      if (!url) return;
      await withPermission(url, { type: 'catalog:refresh' });
    },
  };
}
