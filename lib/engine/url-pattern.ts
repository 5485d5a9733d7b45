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

export type UrlPatternError = 'empty' | 'long' | 'scheme' | 'query' | 'host' | 'path' | 'chars';

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

interface PatternParts {
  hostTest: (h: string) => boolean;
  pathPart: string;
  hashPart: string | null;
  query: [string, string][];
}

/**
 * Whether a pattern is well formed, without building its matcher: what a guide's validation needs (the
 * widget validates every guide it shows and never matches a URL, so the matcher stays out of its files).
 */
export function urlPatternProblem(raw: string): UrlPatternError | null {
  const r = parsePattern(raw);
  return typeof r === 'string' ? r : null;
}

function parsePattern(raw: string): PatternParts | UrlPatternError {
  const pattern = raw.trim();
  if (pattern === '') return 'empty';
  if (pattern.length > MAX_PATTERN_CHARS) return 'long';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern) || /^(javascript|data|about|blob|file):/i.test(pattern)) return 'scheme';
  const hashAt = pattern.indexOf('#');
  const beforeHashRaw = hashAt === -1 ? pattern : pattern.slice(0, hashAt);
  const hashPart = hashAt === -1 ? null : pattern.slice(hashAt + 1);
  if (hashPart !== null && hashPart.includes('?')) return 'query';
  const queryAt = beforeHashRaw.indexOf('?');
  const beforeHash = queryAt === -1 ? beforeHashRaw : beforeHashRaw.slice(0, queryAt);
  const query = queryAt === -1 ? [] : compileQuery(beforeHashRaw.slice(queryAt + 1));
  if (query === null) return 'query';
  if (!ALLOWED_CHARS.test(beforeHash + (hashPart === null ? '' : `#${hashPart}`))) return 'chars';

  if (hashPart !== null && hashPart.includes('#')) return 'chars';

  const slashAt = beforeHash.indexOf('/');
  const hostPart = (slashAt === -1 ? beforeHash : beforeHash.slice(0, slashAt)).toLowerCase();
  const pathPart = slashAt === -1 ? '/' : beforeHash.slice(slashAt);

  const hostTest = compileHost(hostPart);
  if (!hostTest) return 'host';
  if (pathPart.includes('//')) return 'path';
  return { hostTest, pathPart, hashPart, query };
}

function compile(raw: string): CompiledUrlPattern {
  const parsed = parsePattern(raw);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  const { hostTest, pathPart, hashPart, query } = parsed;
  const pathRe = compilePath(pathPart);
  const hashRe = hashPart === null ? null : compilePath(hashPart.startsWith('/') ? hashPart : `/${hashPart}`);

  const testParts: PartsTest = (parts) =>
    hostTest(parts.host) &&
    pathRe(parts.path) &&
    (hashRe === null || hashRe(parts.hash)) &&
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

/** One piece of a compiled path pattern: a literal character, `*` (within a segment) or `**` (anything). */
type Glob = readonly (string | typeof STAR | typeof GLOBSTAR)[];
const STAR = 0;
const GLOBSTAR = 1;

/**
 * Longest pattern accepted: a real one is under 100 characters. Together with the linear matcher below,
 * the work for one URL is bounded by (pattern length + 1) × (URL length + 1), whatever a catalog holds.
 */
export const MAX_PATTERN_CHARS = 300;

function toGlob(p: string): Glob {
  const out: (string | typeof STAR | typeof GLOBSTAR)[] = [];
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch !== '*') out.push(ch);
    else if (p[i + 1] === '*') {
      out.push(GLOBSTAR);
      while (p[i + 1] === '*') i++;
    } else if (out[out.length - 1] !== GLOBSTAR) out.push(STAR);
  }
  return out;
}

/** Counts the matcher's steps when a test passes one in (the fuzz test's proof of linear work). */
export interface MatchWork {
  steps: number;
}

/**
 * Does `glob` match all of `s`? A set-of-positions simulation (Thompson's NFA): each character of `s`
 * advances every live pattern position at once, so there is no backtracking and the work is at most
 * (glob length + 1) per character. A crafted URL against `*a*a*a*…b` costs the same as any other URL.
 */
export function globMatch(glob: Glob, s: string, work?: MatchWork): boolean {
  const n = glob.length;
  let live = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  // Wildcards may match nothing: a live position before a wildcard also makes the one after it live.
  const close = (set: Uint8Array): void => {
    for (let k = 0; k < n; k++) if (set[k] && glob[k] !== undefined && typeof glob[k] !== 'string') set[k + 1] = 1;
  };
  live[0] = 1;
  close(live);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      if (!live[k]) continue;
      if (work) work.steps++;
      const g = glob[k];
      if (g === GLOBSTAR || (g === STAR && ch !== '/')) {
        next[k] = 1;
        any = true;
      } else if (g === ch) {
        next[k + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    close(next);
    [live, next] = [next, live];
  }
  return live[n] === 1;
}

/**
 * A test for one glob: its literal start compared first, as a string (most step patterns are a literal
 * path, or a literal path then a wildcard). A position check asks every step of every route, so this
 * runs dozens of times per page, the first card waiting; the simulation handles only what follows the
 * literal start, which gives the same answer since a literal matches only itself.
 */
function globTest(glob: Glob): (s: string) => boolean {
  let k = 0;
  while (k < glob.length && typeof glob[k] === 'string') k++;
  const literal = (glob.slice(0, k) as string[]).join('');
  if (k === glob.length) return (s) => s === literal;
  const rest = glob.slice(k);
  return (s) => s.startsWith(literal) && globMatch(rest, s.slice(literal.length));
}

/** Path or hash pattern (starting with `/`) to a linear test; trailing slash already optional. */
function compilePath(path: string): (s: string) => boolean {
  let p = stripTrailingSlash(path);
  // `/a/**` must also match `/a` itself: "anything below, including nothing".
  if (p.endsWith('/**')) {
    const base = globTest(toGlob(p.slice(0, -3)));
    const below = globTest(toGlob(p));
    return (s) => base(s) || below(s);
  }
  // The root pattern "/" strips to "" and must match the root path, which also strips to "".
  return globTest(toGlob(p));
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

/** Longer addresses are not portal pages (browsers cap near 2 MB; the portal's are under 300 characters). */
export const MAX_URL_CHARS = 8192;

function parseUrlParts(href: string): UrlParts | null {
  if (href.length > MAX_URL_CHARS) return null;
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
