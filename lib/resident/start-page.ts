/**
 * Where "Mở trên Cổng Dịch vụ công" takes a resident: the procedure's page on the national portal (its
 * portal id), or else the guide's first start page that names one exact address. Patterns with wildcards
 * name many pages (a form in the middle of a procedure), none of which can be opened on its own.
 */
import type { Guide } from '../guide/schema';

const NATIONAL_PORTAL = 'https://dichvucong.gov.vn';

export function guideStartUrl(guide: Pick<Guide, 'procedure' | 'startPages'>): string | null {
  const portalId = guide.procedure?.portalId;
  if (portalId) return `${NATIONAL_PORTAL}/thu-tuc-hanh-chinh/${portalId}`;
  const exact = guide.startPages?.find((p) => !p.includes('*') && !p.includes('#'));
  return exact ? `https://${exact}` : null;
}

/**
 * The portal's own search for words that found no guide (../shared/portal/FLOWS.md §1). The words go
 * into this address only when the person clicks the link themselves.
 */
export function portalSearchUrl(words: string): string {
  // %20 rather than "+" for spaces: read the same by any page script, whatever it decodes with.
  return `${NATIONAL_PORTAL}/tim-kiem-thu-tuc-hanh-chinh?keyword=${encodeURIComponent(words.trim().replace(/\s+/g, ' '))}`;
}
