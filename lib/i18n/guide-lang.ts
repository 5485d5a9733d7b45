/**
 * Guide text is written in Vietnamese; most guides have no English translation. In English mode such
 * text keeps `lang="vi"`, so a screen reader reads it with a Vietnamese voice and a translator tool
 * knows what it is; English text and Vietnamese mode need no attribute (the surface's own lang holds).
 */
import type { Lang } from './lang';

export function guideTextLang(uiLang: Lang, translated: boolean): 'vi' | undefined {
  return uiLang === 'en' && !translated ? 'vi' : undefined;
}
