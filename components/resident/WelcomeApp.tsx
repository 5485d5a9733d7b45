/**
 * The welcome page, opened once when the extension is installed (and from the options page): one page in
 * plain words and large type. What the extension does on the portal, how to start, the shortcut, the
 * promise that nothing typed leaves the computer, the hotline, the language, the helper switch, and the
 * guide finder. It asks for nothing.
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { telHref } from '../HelpBox';
import { LANGS, NATIONAL_HOTLINE, t, type Lang } from '../../lib/i18n/resident-messages';
import type { FinderModel } from '../../lib/resident/finder-model';
import type { ModeModel } from '../../lib/workspace/mode-model';
import { GuideFinder } from './GuideFinder';
import { ModeSwitch } from './ModeSwitch';

export interface WelcomeAppProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
  mode: ModeModel;
  finder: FinderModel;
}

const LANG_NAMES: Readonly<Record<Lang, string>> = { vi: 'Tiếng Việt', en: 'English' };

function Shortcut({ lang }: { lang: Lang }): JSX.Element {
  // The sentence has a {keys} slot; the keys are shown as <kbd> so they read as keys to press.
  const [before, after] = t(lang, 'welcome.shortcut').split('{keys}');
  return (
    <p>
      {before}
      <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>G</kbd>
      {after}
    </p>
  );
}

export function WelcomeApp({ lang, onLang, mode, finder }: WelcomeAppProps): JSX.Element {
  const uid = useId();
  return (
    <div class="dvc dvc-welcome" lang={lang}>
      <header class="dvc-welcome__head">
        <h1>{t(lang, 'welcome.heading')}</h1>
        <p class="dvc-welcome__lead">{t(lang, 'welcome.what')}</p>
      </header>
      <main class="dvc-welcome__main">
        <div class="dvc-welcome__info">
          <section aria-labelledby={`${uid}-start`}>
            <h2 id={`${uid}-start`}>{t(lang, 'welcome.startHeading')}</h2>
            <ol class="dvc-welcome__steps">
              <li>{t(lang, 'welcome.startPortal')}</li>
              <li>{t(lang, 'welcome.startBelow')}</li>
            </ol>
            <p>{t(lang, 'welcome.startToolbar')}</p>
            <Shortcut lang={lang} />
          </section>
          <p class="dvc-welcome__privacy">{t(lang, 'welcome.privacy')}</p>
          <p class="dvc-welcome__hotline">
            <a href={telHref(NATIONAL_HOTLINE)}>{t(lang, 'welcome.hotline', { phone: NATIONAL_HOTLINE })}</a>
          </p>
          <section aria-labelledby={`${uid}-set`}>
            <h2 id={`${uid}-set`}>{t(lang, 'welcome.settingsHeading')}</h2>
            <fieldset class="dvc-welcome__lang">
              <legend>{t(lang, 'welcome.language')}</legend>
              {LANGS.map((l) => (
                <label key={l} class="dvc-welcome__radio" lang={l}>
                  <input type="radio" name={`${uid}-lang`} value={l} checked={lang === l} onChange={() => onLang(l)} /> {LANG_NAMES[l]}
                </label>
              ))}
            </fieldset>
            <ModeSwitch model={mode} lang={lang} />
          </section>
        </div>
        <section class="dvc-welcome__finder" aria-labelledby={`${uid}-find`}>
          <h2 id={`${uid}-find`}>{t(lang, 'finder.title')}</h2>
          <GuideFinder model={finder} lang={lang} headingLevel={3} />
        </section>
      </main>
    </div>
  );
}
