/** The welcome page (opened once on install, and from the options page): wires its models to the extension. */
import { signal } from '@preact/signals';
import { render, type JSX } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomeApp } from '../../components/resident/WelcomeApp';
import { residentStyles } from '../../components/resident/resident-styles';
import { baseStyles } from '../../components/styles';
import { t, type Lang } from '../../lib/i18n/resident-messages';
import { localStorageArea, openGuideVia, watchLang, type ExtensionLike } from '../../lib/resident/browser-ports';
import { createFinderModel } from '../../lib/resident/finder-model';
import { requestGuides } from '../../lib/workspace/guides-source';
import { saveLang } from '../../lib/workspace/lang-pref';
import { createModeModel } from '../../lib/workspace/mode-model';

const style = document.createElement('style');
style.textContent = baseStyles + residentStyles;
document.head.append(style);

const api = browser as unknown as ExtensionLike;
const storage = localStorageArea(api);
const mode = createModeModel(storage);
const finder = createFinderModel({ ticks: storage, openGuide: (id) => openGuideVia(api, id) });
const lang = signal<Lang | null>(null);
watchLang(api, (l) => (lang.value = l));

requestGuides((message) => browser.runtime.sendMessage(message)).then(finder.setGuides, (err: unknown) => {
  console.warn('dvc-guide guides:', err);
  finder.failLoad();
});

function App(): JSX.Element | null {
  const current = lang.value;
  // Nothing until the language is known: the page must not flash Vietnamese for an English browser.
  if (!current) return null;
  document.documentElement.lang = current;
  document.title = t(current, 'welcome.pageTitle');
  return (
    <WelcomeApp
      lang={current}
      mode={mode}
      finder={finder}
      onLang={(next) => {
        lang.value = next;
        void saveLang(storage, next);
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
void mode.load();
