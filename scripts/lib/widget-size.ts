/**
 * What the widget's code costs a page (gzip -9 per file, as a server sends it): the loader the webmaster
 * pastes, the module it loads and the chunks that module imports at once (the first load), and apart,
 * the chunks loaded only when needed (problem details of a broken file, English texts, printing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const WIDGET_BUDGET = 20 * 1024;

export interface WidgetCode {
  /** Loader + module + static chunks, each gzipped alone. */
  firstLoad: number;
  parts: { file: string; gzip: number; raw: number }[];
  onDemand: { file: string; gzip: number; raw: number }[];
  /** First load + the chunks a view needs (the view's chunk and what it imports), gzip. */
  toShowGuide: number;
  toShowCatalog: number;
}

function size(file: string): { gzip: number; raw: number } {
  const buf = Buffer.from(readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, ''));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Chunks a module imports statically (`import … from "./chunks/x.js"`, `import "./chunks/x.js"`), transitively. */
function staticGraph(dir: string, rel: string, seen: Set<string>): void {
  if (seen.has(rel)) return;
  seen.add(rel);
  const code = readFileSync(path.join(dir, rel), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1] as string));
    if (existsSync(path.join(dir, target))) staticGraph(dir, target, seen);
  }
}

/** Module files relative to the folder: the first load, and what the guide and the catalog views add. */
export function viewFiles(dir: string, files: { es: string; chunks: string }): { first: string[]; guide: string[]; catalog: string[] } {
  const first = new Set<string>();
  staticGraph(dir, files.es, first);
  const chunkDir = path.join(dir, files.chunks);
  const all = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).map((f) => `${files.chunks}/${f}`) : [];
  const view = (prefix: string): string[] => {
    const entry = all.find((f) => path.posix.basename(f).startsWith(prefix));
    if (!entry) return [];
    const graph = new Set<string>(first);
    staticGraph(dir, entry, graph);
    return [...graph].filter((f) => !first.has(f));
  };
  return { first: [...first], guide: view('guide-chunk-'), catalog: view('CatalogView-') };
}

export function measureWidgetCode(dir: string, files: { iife: string; es: string; chunks: string }): WidgetCode {
  const first = new Set<string>();
  staticGraph(dir, files.es, first);
  const parts = [files.iife, ...first].map((file) => ({ file, ...size(path.join(dir, file)) }));
  const chunkDir = path.join(dir, files.chunks);
  const all = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).map((f) => `${files.chunks}/${f}`) : [];
  const onDemand = all.filter((f) => !first.has(f)).map((file) => ({ file, ...size(path.join(dir, file)) }));
  const firstLoad = parts.reduce((n, p) => n + p.gzip, 0);
  const viewCost = (prefix: string): number => {
    const entry = all.find((f) => path.posix.basename(f).startsWith(prefix));
    if (!entry) return firstLoad;
    const graph = new Set<string>(first);
    staticGraph(dir, entry, graph);
    return firstLoad + [...graph].filter((f) => !first.has(f)).reduce((n, f) => n + size(path.join(dir, f)).gzip, 0);
  };
  return { firstLoad, parts, onDemand, toShowGuide: viewCost('guide-chunk-'), toShowCatalog: viewCost('CatalogView-') };
}
