/**
 * The page pattern of a URL, in the guide UrlPattern syntax (lib/engine/url-pattern.ts), for drafts and
 * failure records. What makes one page differ from the next person's (dossier numbers, UUIDs, ids,
 * the query) is generalised or dropped, so a pattern says which page, never whose.
 *
 *   https://dichvucong.gov.vn/nop-ho-so/12345?formalityCaseId=9 → dichvucong.gov.vn/nop-ho-so/*
 *   https://lienthong.dichvucong.gov.vn/#/ke-khai/3f2a…/buoc-2 → lienthong.dichvucong.gov.vn/#/ke-khai/*‍/buoc-2
 */

/** A segment that names a record, not a page: numbers, UUIDs, long hex, anything with 3+ digits in a row. */
function isIdSegment(segment: string): boolean {
  if (segment === '') return false;
  if (/\d{3,}/.test(segment)) return true;
  if (/^\d+$/.test(segment)) return true;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)) return true;
  if (/^[0-9a-f]{12,}$/i.test(segment) && /\d/.test(segment)) return true;
  // Encoded text (a name, a search) or characters the pattern syntax refuses is not a page name either.
  if (/%|[^A-Za-z0-9\-._~!$&'()+,;=:@\u00C0-\u1EF9]/.test(segment)) return true;
  return false;
}

function generalise(path: string): string {
  const segments = path.split('/').map((s) => (isIdSegment(s) ? '*' : s));
  let out = segments.join('/');
  if (out.length > 1 && out.endsWith('/')) out = out.slice(0, -1);
  return out;
}

/**
 * The guide pattern for a page address; undefined for an address that is not a web page (about:, file:).
 * Host lower-cased without port or credentials, path and hash route generalised, every query dropped.
 */
export function pagePatternFromUrl(url: string | URL): string | undefined {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = u.hostname.toLowerCase();
  const path = generalise(u.pathname || '/');
  let hash = '';
  // Only a hash that is a route (`#/ke-khai/…`) names a page; an anchor (`#top`) does not.
  if (u.hash.startsWith('#/')) {
    const route = u.hash.slice(1).split('?')[0] ?? '';
    hash = `#${generalise(route)}`;
  }
  return `${host}${path === '/' && hash === '' ? '' : path}${hash}`;
}

/** A concrete address that the pattern matches (each `*` → `0`, `**` → nothing), for `guides -- health`. */
export function sampleUrlForPattern(pattern: string): string {
  const filled = pattern.replace(/\*\*/g, '').replace(/\*/g, '0').replace(/^0\./, '');
  return `https://${filled}`;
}
