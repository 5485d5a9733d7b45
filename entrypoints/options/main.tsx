/** The options page: language, retention, the town's guide catalog, clearing all data, the welcome page. */
import { signal } from '@preact/signals';
import { render, type JSX } from 'preact';
import { browser } from 'wxt/browser';
import { baseStyles } from '../../components/styles';
import { OptionsApp } from '../../components/workspace/OptionsApp';
import { workspaceStyles } from '../../components/workspace/workspace-styles';
import { t as residentT } from '../../lib/i18n/resident-messages';
import type { Lang } from '../../lib/i18n/workspace-messages';
import { createCatalogSettingsModel } from '../../lib/workspace/catalog-settings-model';
import { createChecklistClient } from '../../lib/workspace/client';
import { langOfBrowser, loadLang, saveLang } from '../../lib/workspace/lang-pref';
import { runtimeTransport, type RuntimeLike } from '../../lib/workspace/runtime-transport';
import { createSettingsModel } from '../../lib/workspace/settings-model';
import { createTownSettingsModel } from '../../lib/workspace/town-settings-model';

const style = document.createElement('style');
style.textContent = baseStyles + workspaceStyles;
document.head.append(style);

const transport = runtimeTransport(browser.runtime as unknown as RuntimeLike);
const model = createSettingsModel({ client: createChecklistClient(transport.send, transport.subscribe) });
const catalog = createCatalogSettingsModel({
  send: (message) => browser.runtime.sendMessage(message),
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
});
const lang = signal<Lang>('vi');
const area = {
  get: async (key: string) => (await browser.storage.local.get(key))[key],
  set: (key: string, value: unknown) => browser.storage.local.set({ [key]: value }),
};
void loadLang(area, langOfBrowser(browser.i18n.getUILanguage())).then((l) => (lang.value = l));
const town = createTownSettingsModel({
  area: { ...area, remove: (key: string) => browser.storage.local.remove(key) },
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  // The profile is public data on the town's site: a plain GET without cookies, like the guide catalog.
  fetchText: async (url) => {
    const res = await fetch(url, { credentials: 'omit', cache: 'no-store' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.text();
  },
});

function App(): JSX.Element {
  document.documentElement.lang = lang.value;
  return (
    <>
      <OptionsApp
        model={model}
        lang={lang.value}
        catalog={catalog}
        town={town}
        onLang={(next) => {
          lang.value = next;
          void saveLang(area, next);
        }}
      />
      <p class="dvc dvc-ws">
        <a href={browser.runtime.getURL('/welcome.html')}>{residentT(lang.value, 'welcome.again')}</a>
      </p>
    </>
  );
}

render(<App />, document.getElementById('app')!);
