/** A guide's title and summary in the widget's language (English only where the guide provides it). */
import type { Lang } from '../lib/i18n/messages';

/** Both a guide and its index entry carry these. */
export interface Titled {
  title: string;
  summary: string;
  en?: { title: string; summary?: string } | undefined;
}

export function guideTitle(guide: Titled, lang: Lang): string {
  return lang === 'en' && guide.en ? guide.en.title : guide.title;
}

export function guideSummary(guide: Titled, lang: Lang): string {
  return lang === 'en' && guide.en?.summary ? guide.en.summary : guide.summary;
}

export const PORTAL_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';
