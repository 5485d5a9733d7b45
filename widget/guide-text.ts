/** A guide's title and summary in the widget's language (English only where the guide provides it). */
import type { Guide } from '../lib/guide/schema';
import type { Lang } from '../lib/i18n/messages';

export function guideTitle(guide: Guide, lang: Lang): string {
  return lang === 'en' && guide.en ? guide.en.title : guide.title;
}

export function guideSummary(guide: Guide, lang: Lang): string {
  return lang === 'en' && guide.en?.summary ? guide.en.summary : guide.summary;
}

export const PORTAL_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';
