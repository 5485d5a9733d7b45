/**
 * Saved portal pages on disk for `npm run guides -- health`: which .html files, the URL each was saved
 * from (a `--url`, a `--map` file, or a `urls.json` beside the pages), and a DOM for each.
 *
 * Pages are parsed with happy-dom's DOMParser: scripts are never run and nothing is fetched, so a saved
 * page shows exactly the DOM that was captured.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Window } from 'happy-dom';
import { sampleUrlForPattern } from '../../lib/author/page-pattern';
import { savedPagePattern } from '../../lib/author/page-structure';

const URL_MAP_FILE = 'urls.json';

export interface SavedPage {
  file: string;
  url: string;
}

export interface HealthPagesOptions {
  /** URL of the single page given (only with exactly one .html file). */
  url?: string;
  /** A mapping file `{ "page.html": "https://…" }`; default: urls.json beside each page. */
  map?: string;
}

/** A usage problem: wrong arguments or inputs; the CLI exits 2. */
export class HealthUsageError extends Error {}

/** Files and folders as given; a folder means its .html files (sorted, for stable output). */
async function expandPagePaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) throw new HealthUsageError(`không tồn tại / does not exist: ${p}`);
    if (s.isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.toLowerCase().endsWith('.html')).sort();
      if (names.length === 0) throw new HealthUsageError(`không có tệp .html nào trong / no .html files in ${p}`);
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  return files;
}

/** `{ "file name or path relative to the map": "https://…" }`, checked so a typo is an error, not a skip. */
async function readUrlMap(file: string): Promise<Map<string, string>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new HealthUsageError(`không đọc được bảng địa chỉ / cannot read the URL map ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HealthUsageError(`${file}: cần đối tượng { "trang.html": "https://…" } / expected an object { "page.html": "https://…" }`);
  }
  const out = new Map<string, string>();
  for (const [name, url] of Object.entries(value)) {
    if (typeof url !== 'string' || !isHttpUrl(url)) {
      throw new HealthUsageError(`${file}: "${name}" cần địa chỉ http(s) / needs an http(s) URL`);
    }
    out.set(path.resolve(path.dirname(file), name), url);
  }
  return out;
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Every page with its URL; a page without a URL is a usage error naming the ways to give one. */
export async function resolveSavedPages(paths: readonly string[], options: HealthPagesOptions = {}): Promise<SavedPage[]> {
  const files = await expandPagePaths(paths);
  if (options.url !== undefined) {
    if (files.length !== 1) throw new HealthUsageError('--url chỉ dùng với đúng một tệp .html / --url needs exactly one .html file');
    if (!isHttpUrl(options.url)) throw new HealthUsageError(`--url cần địa chỉ http(s) / needs an http(s) URL: ${options.url}`);
    return [{ file: files[0] as string, url: options.url }];
  }
  const given = options.map !== undefined ? await readUrlMap(options.map) : undefined;
  const beside = new Map<string, Map<string, string> | undefined>();
  const pages: SavedPage[] = [];
  for (const file of files) {
    let map = given;
    if (!map) {
      const mapFile = path.join(path.dirname(file), URL_MAP_FILE);
      if (!beside.has(mapFile)) {
        const exists = await stat(mapFile).then(() => true, () => false);
        beside.set(mapFile, exists ? await readUrlMap(mapFile) : undefined);
      }
      map = beside.get(mapFile);
    }
    const url = map?.get(path.resolve(file)) ?? (await urlFromSavedStructure(file));
    if (url === undefined) {
      throw new HealthUsageError(
        `không biết địa chỉ của / no URL for ${file}: thêm vào ${URL_MAP_FILE} bên cạnh, hoặc dùng --map <tệp> hay --url <địa chỉ> / ` +
          `add it to a ${URL_MAP_FILE} beside it, or pass --map <file> or --url <url>`,
      );
    }
    pages.push({ file, url });
  }
  return pages;
}

/** A page saved by author mode's "Lưu cấu trúc trang" names its page pattern in a comment. */
async function urlFromSavedStructure(file: string): Promise<string | undefined> {
  const pattern = savedPagePattern(await readFile(file, 'utf8'));
  return pattern && pattern !== 'unknown' ? sampleUrlForPattern(pattern) : undefined;
}

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

/** The saved DOM, without running its scripts or loading anything it references. */
export function parseSavedPage(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
