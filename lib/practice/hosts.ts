/**
 * The practice portal ("Chế độ luyện tập"): a town hosts the sandbox portal as static files so helpers can
 * walk every guide without submitting anything real. Each real portal host becomes one host under the
 * practice domain the town chose, its dots written as dashes so that one wildcard DNS name and one
 * wildcard certificate (`*.luyentap.phuong.vn`) cover all of them:
 *
 *   dichvucong.gov.vn  ->  dichvucong-gov-vn.luyentap.phuong.vn  (folder `dichvucong-gov-vn/` of the build)
 *
 * The mapping is a pure function both ways, so guides keep their real URL patterns: on a practice page the
 * overlay matches the real address that the practice address stands for.
 */
import { PORTAL_HOSTS } from '../engine/hosts';

/** A host name the town can use as the practice domain: lower-case labels, at least two of them. */
const DOMAIN = /^(?=.{3,200}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function isPracticeDomain(domain: string): boolean {
  return DOMAIN.test(domain) && !PORTAL_HOSTS.some((h) => domain === h || domain.endsWith(`.${h}`));
}

/** The practice site's address as people type it ("luyentap.phuong.vn", "https://luyentap.phuong.vn/") -> domain, or null. */
export function parsePracticeDomain(text: string): string | null {
  const raw = text.trim().toLowerCase();
  if (raw === '') return null;
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return null;
  }
  return isPracticeDomain(host) ? host : null;
}

/** The one-label name of a real host on the practice site: dots as dashes. */
export function practiceLabel(realHost: string): string {
  return realHost.replace(/\./g, '-');
}

export function practiceHost(realHost: string, domain: string): string {
  return `${practiceLabel(realHost)}.${domain}`;
}

/** The real portal host a practice host stands for, or null when it is not one of ours. */
export function realHostOf(host: string, domain: string): string | null {
  const suffix = `.${domain}`;
  if (!host.endsWith(suffix)) return null;
  const label = host.slice(0, -suffix.length);
  return PORTAL_HOSTS.find((h) => practiceLabel(h) === label) ?? null;
}

/** The real address a practice address stands for (same path, query and hash), or null. */
export function realUrlOf(practiceUrl: string, domain: string): string | null {
  let url: URL;
  try {
    url = new URL(practiceUrl);
  } catch {
    return null;
  }
  const real = realHostOf(url.hostname, domain);
  if (real === null) return null;
  url.hostname = real;
  url.port = '';
  return url.href;
}

/** The practice address for a real portal address, or null for a host that is not a portal host. */
export function practiceUrlOf(realUrl: string, domain: string): string | null {
  let url: URL;
  try {
    url = new URL(realUrl);
  } catch {
    return null;
  }
  if (!(PORTAL_HOSTS as readonly string[]).includes(url.hostname)) return null;
  url.hostname = practiceHost(url.hostname, domain);
  return url.href;
}

/** The match pattern for the optional host permission and the registered content script: https only, as a town hosts it (and as the manifest allows optional hosts). */
export function practiceMatchPattern(domain: string): string {
  return `https://*.${domain}/*`;
}

/**
 * The address the overlay matches guides against on this page: the page's own on a real portal host, the
 * real address it stands for on a practice host (the practice domain is what follows the first label).
 */
export function guideAddress(location: { href: string; hostname: string }): string {
  if ((PORTAL_HOSTS as readonly string[]).includes(location.hostname)) return location.href;
  const domain = location.hostname.split('.').slice(1).join('.');
  return realUrlOf(location.href, domain) ?? location.href;
}
