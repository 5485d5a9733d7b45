/**
 * What the widget's code costs a page (gzip -9 per file, as a server sends it): the loader the webmaster
 * pastes and the files it asks for at once (the first load), what showing a guide or the catalog adds,
 * and apart, the files loaded only when needed (problem details of a broken file, printing, questions
 * and answers, a town profile).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const WIDGET_BUDGET = 20 * 1024;

/** File names (before the hash) of the widget's first file and of each view's (scripts/build-widget.ts). */
export const CHUNK_NAMES = { main: 'widget', check: 'guide-check', guide: 'guide-view', catalog: 'catalog-view', english: 'english' } as const;

export interface WidgetFiles {
  iife: string;
  es: string;
  chunks: string;
}

/** Module files relative to the folder: the loader imports `main`; `first` is it and what it imports. */
export interface ViewFiles {
  main: string;
  first: string[];
  guide: string[];
  catalog: string[];
  english: string[];
  /** The guide validator's file, which the loader also runs at once on the guide files it asked for. */
  check: string | null;
}

export interface WidgetCode {
  /** Loader + the first file (+ its static imports), each gzipped alone. */
  firstLoad: number;
  parts: { file: string; gzip: number; raw: number }[];
  onDemand: { file: string; gzip: number; raw: number }[];
  /** First load + the files a view adds (its file and what that imports), gzip. */
  toShowGuide: number;
  toShowCatalog: number;
}

function size(file: string): { gzip: number; raw: number } {
  const buf = Buffer.from(readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, ''));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Files a module imports statically (`import … from`, `export … from`, bare `import "…"`), transitively. */
function staticGraph(dir: string, rel: string, seen: Set<string>): void {
  if (seen.has(rel)) return;
  seen.add(rel);
  const code = readFileSync(path.join(dir, rel), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1] as string));
    if (existsSync(path.join(dir, target))) staticGraph(dir, target, seen);
  }
}

function chunkList(dir: string, files: WidgetFiles): string[] {
  const chunkDir = path.join(dir, files.chunks);
  return existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).map((f) => `${files.chunks}/${f}`) : [];
}

export function viewFiles(dir: string, files: WidgetFiles): ViewFiles {
  const all = chunkList(dir, files);
  const named = (name: string): string | undefined => all.find((f) => path.posix.basename(f).startsWith(`${name}-`));
  // Without a chunk of its own (nothing split), the module is the first file.
  const main = named(CHUNK_NAMES.main) ?? files.es;
  const first = new Set<string>();
  staticGraph(dir, main, first);
  const view = (name: string): string[] => {
    const entry = named(name);
    if (!entry) return [];
    const graph = new Set<string>(first);
    staticGraph(dir, entry, graph);
    return [...graph].filter((f) => !first.has(f));
  };
  return { main, first: [...first], guide: view(CHUNK_NAMES.guide), catalog: view(CHUNK_NAMES.catalog), english: view(CHUNK_NAMES.english), check: named(CHUNK_NAMES.check) ?? null };
}

export function measureWidgetCode(dir: string, files: WidgetFiles): WidgetCode {
  const v = viewFiles(dir, files);
  const parts = [files.iife, ...v.first].map((file) => ({ file, ...size(path.join(dir, file)) }));
  const firstLoad = parts.reduce((n, p) => n + p.gzip, 0);
  const loaded = new Set(v.first);
  // dvc-guide.mjs re-exports the first file for pages that load the module themselves; the loader skips it.
  const onDemand = [files.es, ...chunkList(dir, files)].filter((f) => !loaded.has(f)).map((file) => ({ file, ...size(path.join(dir, file)) }));
  const cost = (list: readonly string[]): number => firstLoad + list.reduce((n, f) => n + size(path.join(dir, f)).gzip, 0);
  return { firstLoad, parts, onDemand, toShowGuide: cost(v.guide), toShowCatalog: cost(v.catalog) };
}
