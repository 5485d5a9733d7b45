/**
 * Guide URL patterns: `host/path[#hash]`.
 *
 * - No scheme in the pattern: the portal serves the same page over http in the sandbox.
 * - The query is ignored unless the pattern names parameters (`host/path?matt=26360`): then each named
 *   parameter must be in the URL with that value (`*` = any value), in any order, other parameters ignored.
 *   The police portal tells its procedures apart only by `?matt=`; tracking parameters never decide.
 * - `*` = any characters within one path segment, `**` = anything (including `/` and nothing at all).
 * - The host may start with `*.` (the bare domain matches too, like browser match patterns).
 * - A trailing slash is ignored on both sides.
 * - With a hash part (`lienthong.dichvucong.gov.vn/#/ke-khai/*`) the URL's hash must match it, with the same
 *   wildcards; the Angular portals route in the hash. Without one, any hash matches. A query inside the hash
 *   (`#/ke-khai/x?tab=2`) is ignored like the URL's query.
 * - Host compares case-insensitively, path and hash case-sensitively (the portal's routes are).
 */

export type UrlPatternError = 'empty' | 'scheme' | 'query' | 'host' | 'path' | 'chars';

export type CompiledUrlPattern =
  | { ok: true; test(url: string | URL): boolean }
  | { ok: false; reason: UrlPatternError };

const CACHE_LIMIT = 2000;
const cache = new Map<string, CompiledUrlPattern>();

// Characters an author can legitimately write in a host/path/hash pattern. Anything else (spaces, quotes,
// angle brackets, backslashes) is almost certainly a paste mistake.
const ALLOWED_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/#%\u00C0-\u1EF9]+$/;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function compileUrlPattern(pattern: string): CompiledUrlPattern {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const compiled = compile(pattern);
  // Patterns come from a handful of guides; the cap only guards against a runaway caller.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/** True when any valid pattern matches; invalid patterns never match and strange URLs never throw. */
export function matchesAny(patterns: readonly string[], url: string | URL): boolean {
  const parts = urlParts(url);
  if (!parts) return false;
  for (const p of patterns) {
    const c = compiled(p);
    if (c && c(parts)) return true;
  }
  return false;
}

type PartsTest = (parts: UrlParts) => boolean;
const partsTests = new WeakMap<CompiledUrlPattern, PartsTest>();

function compiled(pattern: string): PartsTest | undefined {
  const c = compileUrlPattern(pattern);
  return c.ok ? partsTests.get(c) : undefined;
}

function compile(raw: string): CompiledUrlPattern {
  const pattern = raw.trim();
  if (pattern === '') return { ok: false, reason: 'empty' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern) || /^(javascript|data|about|blob|file):/i.test(pattern)) {
    return { ok: false, reason: 'scheme' };
  }
  const hashAt = pattern.indexOf('#');
  const beforeHashRaw = hashAt === -1 ? pattern : pattern.slice(0, hashAt);
  const hashPart = hashAt === -1 ? null : pattern.slice(hashAt + 1);
  if (hashPart !== null && hashPart.includes('?')) return { ok: false, reason: 'query' };
  const queryAt = beforeHashRaw.indexOf('?');
  const beforeHash = queryAt === -1 ? beforeHashRaw : beforeHashRaw.slice(0, queryAt);
  const query = queryAt === -1 ? [] : compileQuery(beforeHashRaw.slice(queryAt + 1));
  if (query === null) return { ok: false, reason: 'query' };
  if (!ALLOWED_CHARS.test(beforeHash + (hashPart === null ? '' : `#${hashPart}`))) return { ok: false, reason: 'chars' };

  if (hashPart !== null && hashPart.includes('#')) return { ok: false, reason: 'chars' };

  const slashAt = beforeHash.indexOf('/');
  const hostPart = (slashAt === -1 ? beforeHash : beforeHash.slice(0, slashAt)).toLowerCase();
  const pathPart = slashAt === -1 ? '/' : beforeHash.slice(slashAt);

  const hostTest = compileHost(hostPart);
  if (!hostTest) return { ok: false, reason: 'host' };
  if (pathPart.includes('//')) return { ok: false, reason: 'path' };
  const pathRe = compilePath(pathPart);
  const hashRe = hashPart === null ? null : compilePath(hashPart.startsWith('/') ? hashPart : `/${hashPart}`);

  const testParts: PartsTest = (parts) =>
    hostTest(parts.host) &&
    pathRe.test(parts.path) &&
    (hashRe === null || hashRe.test(parts.hash)) &&
    query.every(([k, v]) => (v === '*' ? parts.query.has(k) : parts.query.getAll(k).includes(v)));
  const result: CompiledUrlPattern = {
    ok: true,
    test(url: string | URL): boolean {
      const parts = urlParts(url);
      return parts !== null && testParts(parts);
    },
  };
  partsTests.set(result, testParts);
  return result;
}

/** `k=v&k2=*` to pairs; null when a pair is not `name=value` (a bare `?` or `?matt` is a mistake). */
function compileQuery(q: string): [string, string][] | null {
  if (q === '') return null;
  const pairs: [string, string][] = [];
  for (const part of q.split('&')) {
    const m = /^([A-Za-z0-9_.-]+)=([A-Za-z0-9_.~*-]+)$/.exec(part);
    if (!m) return null;
    pairs.push([m[1] as string, m[2] as string]);
  }
  return pairs;
}

function compileHost(host: string): ((h: string) => boolean) | null {
  const wildcard = host.startsWith('*.');
  const bare = wildcard ? host.slice(2) : host;
  const labels = bare.split('.');
  // A single label ("localhost", "dichvucong") is a typo in a guide, not a real portal host.
  if (labels.length < 2 || !labels.every((l) => HOST_LABEL.test(l))) return null;
  if (wildcard) {
    const suffix = `.${bare}`;
    return (h) => h === bare || h.endsWith(suffix);
  }
  return (h) => h === bare;
}

function escapeRegex(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Path or hash pattern (starting with `/`) to an anchored regex; trailing slash already optional. */
function compilePath(path: string): RegExp {
  let p = stripTrailingSlash(path);
  let tailAnything = false;
  // `/a/**` must also match `/a` itself: "anything below, including nothing".
  if (p.endsWith('/**')) {
    tailAnything = true;
    p = p.slice(0, -3);
  }
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch === '*') {
      if (p[i + 1] === '*') {
        out += '.*';
        while (p[i + 1] === '*') i++;
      } else {
        out += '[^/]*';
      }
    } else {
      out += escapeRegex(ch);
    }
  }
  if (tailAnything) out += '(?:/.*)?';
  // The root pattern "/" strips to "" and must match the root path, which also strips to "".
  return new RegExp(`^${out}$`);
}

function stripTrailingSlash(s: string): string {
  return s.replace(/\/+$/, '');
}

interface UrlParts {
  host: string;
  path: string;
  hash: string;
  query: URLSearchParams;
}

// The engine asks about the same href for every step and guide; parse it once.
let lastHref: string | undefined;
let lastParts: UrlParts | null = null;

function urlParts(input: string | URL): UrlParts | null {
  const href = typeof input === 'string' ? input : input.href;
  if (href === lastHref) return lastParts;
  const parts = parseUrlParts(href);
  lastHref = href;
  lastParts = parts;
  return parts;
}

function parseUrlParts(href: string): UrlParts | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname) return null;
  const hashRaw = url.hash.startsWith('#') ? url.hash.slice(1) : url.hash;
  const hashNoQuery = hashRaw.split('?')[0] ?? '';
  const hash = hashNoQuery === '' ? '' : hashNoQuery.startsWith('/') ? hashNoQuery : `/${hashNoQuery}`;
  return {
    host: url.hostname.toLowerCase().replace(/\.$/, ''),
    path: stripTrailingSlash(safeDecode(url.pathname)),
    hash: stripTrailingSlash(safeDecode(hash)),
    query: url.searchParams,
  };
}

// Authors write Vietnamese path segments as they read them; the URL gives them percent-encoded.
function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** The host part of a pattern as written (lower case, may start with `*.`), for author warnings. */
export function urlPatternHost(pattern: string): string {
  const p = pattern.trim();
  const end = p.search(/[/#?]/);
  return (end === -1 ? p : p.slice(0, end)).toLowerCase();
}
