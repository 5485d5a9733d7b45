/** The workspace language (options page), kept in extension storage so every extension page agrees. */
import { isLang, type Lang } from '../i18n/messages';
import type { KeyValueArea } from '../overlay/run-store';

export const LANG_KEY = 'prefs:workspace-lang';

/** Before anyone chose: English when the browser speaks English, Vietnamese otherwise. */
export function langOfBrowser(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export async function loadLang(area: Pick<KeyValueArea, 'get'>, fallback: Lang = 'vi'): Promise<Lang> {
  const stored = await area.get(LANG_KEY);
  return isLang(stored) ? stored : fallback;
}

export function saveLang(area: Pick<KeyValueArea, 'set'>, lang: Lang): Promise<void> {
  return area.set(LANG_KEY, lang);
}
