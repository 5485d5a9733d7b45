/** A guide's title and summary in the reader's language (English when the guide has it). */
import type { Guide } from '../../lib/guide/schema';
import type { Lang } from '../../lib/i18n/resident-messages';

export function guideTitle(guide: Pick<Guide, 'title' | 'en'>, lang: Lang): string {
  return lang === 'en' && guide.en?.title ? guide.en.title : guide.title;
}

export function guideSummary(guide: Pick<Guide, 'summary' | 'en'>, lang: Lang): string {
  return lang === 'en' && guide.en?.summary ? guide.en.summary : guide.summary;
}
