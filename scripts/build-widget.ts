/**
 * Builds the town widget into one folder a town uploads as it is (contract 11):
 *   dvc-guide.js          the one <script> to paste: a small loader for the module below (widget/loader.ts)
 *   dvc-guide.mjs         the widget (ES module; `<script type="module">` may load it directly)
 *   chunks/*.js           parts loaded on demand from the same folder (problem details, English, printing)
 *   index.json            the catalog: one entry per guide, no steps (lib/guide/published.ts)
 *   guides/<id>.json      each guide, and the same bytes as guides/<id>.<hash>.json
 * Guides are checked first with the same messages as `npm run guides -- check`: an invalid guide fails the
 * build. `buildWidget({ guides })` publishes another set (the bench's generated 500-guide catalog).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { formatProblem } from '../lib/guide/problems';
import { allStepIds } from '../lib/town/guide-index';
import { parseTownJson } from '../lib/town/load';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { GUIDES_DIR, INDEX_FILE } from '../lib/guide/published';
import type { Guide } from '../lib/guide/schema';
import { writeGuideValidator } from './lib/compile-validator';
import { SIGNALS_MODERN, minifyStyleStrings } from './lib/vite-shared';
import { assertGuidesValid } from './lib/guide-files';
import { writePublishedFolder } from './lib/published-folder';
import { CHUNK_NAMES, viewFiles, type ViewFiles } from './lib/widget-size';

const ROOT = path.resolve(import.meta.dirname, '..');
export const WIDGET_OUT = path.join(ROOT, '.output/widget');
export const WIDGET_FILES = { iife: 'dvc-guide.js', es: 'dvc-guide.mjs', index: INDEX_FILE, guides: GUIDES_DIR, chunks: 'chunks' } as const;

export interface WidgetBuildOptions {
  outDir?: string;
  /** The guides to publish; default: guides/*.json (checked). [] publishes none (size measurement). */
  guides?: readonly Guide[];
  /** Also write source maps (scripts/size.ts --breakdown reads them). Default false. */
  sourcemap?: boolean;
}

const SCHEMA = path.join(ROOT, 'lib/guide/schema.ts');

/**
 * The widget validates with the compiled validator (scripts/lib/compile-validator.ts), but lib/guide/load.ts
 * still imports the zod schema for its default step. Building the schema only constructs objects, so
 * declaring the module free of side effects lets the bundler drop it, and zod with it, once nothing
 * the widget calls reads it.
 */
function schemaWithoutSideEffects(): Plugin {
  return {
    name: 'dvc-widget-schema-pure',
    enforce: 'pre',
    transform(code, id) {
      return sameFile(id, SCHEMA) ? { code, moduleSideEffects: false } : null;
    },
  };
}

const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each `import()` in its preload helper (0.8 KB gzip of the first load), which only adds
 * `<link rel="modulepreload">` for a chunk's own imports and CSS. The widget has no CSS files, and its
 * loader (widget/loader.ts) already asks for every file a view needs at once; the helper is replaced by
 * a plain call of the import.
 */
function withoutPreloadHelper(): Plugin {
  return {
    name: 'dvc-widget-no-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === VITE_PRELOAD_HELPER ? id : null),
    load: (id) => (id === VITE_PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/** The messages tables of the first file whose English half loads only for `lang="en"` (widget/english.ts). */
const ENGLISH_APART = [path.join(ROOT, 'lib/i18n/messages.ts'), path.join(ROOT, 'lib/i18n/info-messages.ts')];
const ENGLISH_MODULE = path.join(ROOT, 'widget/english.ts');
const ENGLISH_TEXTS = '\0dvc-english';
const ENTRY = path.join(ROOT, 'widget/index.ts');
const GUIDE_CHUNK = path.join(ROOT, 'widget/guide-chunk.ts');
/** The validator, apart from the guide view and from the first file: the loader runs it as soon as it is in. */
const GUIDE_CHECK = path.join(ROOT, 'widget/guide-check.ts');
const CATALOG_VIEW = path.join(ROOT, 'widget/CatalogView.tsx');
/** The index reader: only the views that list guides load it, so it travels with the catalog view's file. */
const INDEX_SOURCE = path.join(ROOT, 'widget/index-source.ts');
/** Shared by the catalog and the guide view, and tiny: kept in the first file so neither view needs the other's. */
const GUIDE_TEXT = path.join(ROOT, 'widget/guide-text.ts');
const BUNDLER_RUNTIME = '\0rolldown/runtime.js';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

function staticClosure(graph: ModuleGraph, from: readonly string[], into = new Set<string>()): Set<string> {
  const todo = [...from];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (into.has(id)) continue;
    into.add(id);
    todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return into;
}

/**
 * Two files on a phone's critical path instead of twelve: everything the page runs at once in one file
 * (chunks/widget-*.js), and what showing a guide (chunks/guide-view-*.js) or the catalog
 * (chunks/catalog-view-*.js) adds in one more. The
 * bundler's own splitting puts each module shared with a later part in a chunk of its own, each one a
 * request and a gzip stream. Rarer parts (catalog, questions and answers, printing, problem details,
 * town profile) keep their own files.
 */
function firstFiles(): { groups: { debugName: string; name: (id: string, ctx: ModuleGraph) => string | null; priority: number }[] } {
  let sets: Record<string, Set<string>> | undefined;
  const setsOf = (ctx: ModuleGraph): Record<string, Set<string>> => {
    if (sets) return sets;
    // The bundler's runtime (namespace objects for the views' dynamic imports) would be a file of its own.
    const first = staticClosure(ctx, [ENTRY, GUIDE_TEXT, BUNDLER_RUNTIME]);
    const check = new Set([...staticClosure(ctx, [GUIDE_CHECK])].filter((id) => !first.has(id)));
    const guide = new Set([...staticClosure(ctx, [GUIDE_CHUNK])].filter((id) => !first.has(id) && !check.has(id)));
    const catalog = new Set([...staticClosure(ctx, [CATALOG_VIEW, INDEX_SOURCE])].filter((id) => !first.has(id) && !check.has(id) && !guide.has(id)));
    return (sets = { [CHUNK_NAMES.main]: first, [CHUNK_NAMES.check]: check, [CHUNK_NAMES.guide]: guide, [CHUNK_NAMES.catalog]: catalog, [CHUNK_NAMES.english]: new Set([ENGLISH_TEXTS]) });
  };
  // Higher priority first: a module of the first file never lands in a view's file.
  return {
    groups: [CHUNK_NAMES.main, CHUNK_NAMES.check, CHUNK_NAMES.guide, CHUNK_NAMES.catalog, CHUNK_NAMES.english].map((name, i) => ({
      debugName: name,
      name: (id: string, ctx: ModuleGraph) => (setsOf(ctx)[name]?.has(id) ? name : null),
      priority: 5 - i,
    })),
  };
}

/**
 * The bundler puts its one helper (module objects for the views' `import()`) in a file of its own: one
 * more request on a phone's critical path for 0.2 KB. Each file that imports it gets its own copy, in a
 * closure so its names cannot clash, and the helper's file is not written.
 */
function inlineBundlerRuntime(): Plugin {
  return {
    name: 'dvc-widget-inline-runtime',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const runtime = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'rolldown-runtime');
      if (!runtime || runtime.type !== 'chunk') return;
      const body = /^([\s\S]*?)export\s*\{\s*([\w$]+)\s*\};?\s*$/.exec(runtime.code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, ''));
      if (!body || runtime.exports.length !== 1) return; // another shape: leave the file as it is
      const base = path.posix.basename(runtime.fileName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const use = new RegExp(`import\\s*\\{\\s*${runtime.exports[0]}\\s+as\\s+([\\w$]+)\\s*\\}\\s*from\\s*["']\\./${base}["'];?`);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk === runtime) continue;
        const m = use.exec(chunk.code);
        if (!m) continue;
        chunk.code = chunk.code.replace(m[0], `const ${m[1]}=(()=>{${body[1]}return ${body[2]}})();`);
        chunk.imports = chunk.imports.filter((f) => f !== runtime.fileName);
      }
      if (Object.values(bundle).every((c) => c.type !== 'chunk' || !c.imports.includes(runtime.fileName))) delete bundle[runtime.fileName];
    },
  };
}

/** V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every function of the file now. */
const COMPILE_ALL = '//# allFunctionsCalledOnLoad\n';

/**
 * The files a page runs as soon as they are in (the first file, the validator, each view's) are marked for
 * eager compilation. V8 otherwise compiles a function on its first call, on the main thread: on a phone
 * the widget's first render spent a third of its time there (about 25 of 65 ms after the last byte, CPU
 * 4× slower), after the last file was in. Eager functions compile on a background thread while the file
 * is still downloading. Rarely used files (printing, problem details) stay lazy.
 */
function compileHints(names: readonly string[]): Plugin {
  return {
    name: 'dvc-widget-compile-hints',
    enforce: 'post',
    // The hint is added after hashing: the file name still has to change with it.
    augmentChunkHash: (chunk) => (names.includes(chunk.name) ? COMPILE_ALL : undefined),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !names.includes(chunk.name)) continue;
        chunk.code = COMPILE_ALL + chunk.code;
        // One line more at the top: the source map (scripts/size.ts --breakdown) moves down with the code.
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset' && typeof map.source === 'string') {
          const json = JSON.parse(map.source) as { mappings: string };
          json.mappings = `;${json.mappings}`;
          map.source = JSON.stringify(json);
        }
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}

/** Modules that only export CSS strings; the widget ships them minified. */
const STYLE_MODULES = [path.join(ROOT, 'components/styles.ts'), path.join(ROOT, 'widget/widget-styles.ts')];

/**
 * components/styles.ts is the stylesheet of every surface; the extension's step card, launcher and large
 * text have no place in the widget. A rule line (one rule per line, as the file is written) whose every
 * selector names a `dvc-` class no widget module writes is left out: bytes the phone downloads and
 * parses before the first render. At-rules (@media…) are kept whole.
 */
function dropForeignRules(classWords: ReadonlySet<string>): Plugin {
  const built = [...classWords].filter((w) => w.endsWith('-'));
  const written = (cls: string): boolean => classWords.has(cls) || built.some((prefix) => cls.startsWith(prefix));
  const foreign = (selector: string): boolean => [...selector.matchAll(/\.(dvc-[\w-]+)/g)].some((m) => !written(m[1] as string));
  return {
    name: 'dvc-widget-drop-foreign-rules',
    enforce: 'pre',
    transform(code, id) {
      if (!STYLE_MODULES.some((f) => sameFile(id, f))) return null;
      const kept = code
        .split('\n')
        .filter((line) => {
          const rule = /^(\.[^{@]*)\{[^{}]*\}\s*$/.exec(line);
          return !rule || !rule[1]!.split(',').every(foreign);
        })
        .join('\n');
      return kept === code ? null : { code: kept, map: null };
    },
  };
}

/** The messages tables: lib/i18n/messages.ts and its parts (info-messages.ts, workspace-messages.ts...). */
const MESSAGES_DIR = path.join(ROOT, 'lib/i18n');
function messagesModule(id: string): string | undefined {
  const file = path.resolve(id.split('?')[0] ?? id);
  return path.dirname(file) === MESSAGES_DIR && /(^|-)messages\.ts$/.test(path.basename(file)) ? file : undefined;
}
const SCANNED = /\.(ts|tsx|js|mjs)$/;
/** A quoted dotted name like 'docs.print' (message keys are written out in full, or as a prefix + '.one'). */
const DOTTED_LITERAL = /(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g;
/** One message entry on one line: `  'docs.print': '...',`. Anything else in the file is kept as is. */
const MESSAGE_LINE = /^\s*'([\w.-]+)':\s.*,\s*$/;

function sameFile(id: string, file: string): boolean {
  return path.resolve(id.split('?')[0] ?? id) === file;
}

/** What pass 1 learns: the dotted names each module mentions, and the module graph. */
interface WidgetModules {
  literals: Set<string>;
  /** Every `dvc-…` word the modules write (class names, and prefixes of built ones: `dvc-step--`). */
  classWords: Set<string>;
  byModule: Map<string, Set<string>>;
  imports: Map<string, { static: readonly string[]; dynamic: readonly string[] }>;
}

/**
 * Pass 1: which dotted names the widget's own modules mention. The messages table holds every text of
 * every surface (workspace, overlay...); the widget needs a fraction, and unused entries are the
 * largest removable part of its size. Reading the real module graph (not a folder list) keeps this
 * correct as imports change.
 */
async function widgetMessageLiterals(plugins: Plugin[]): Promise<WidgetModules> {
  const literals = new Set<string>();
  const classWords = new Set<string>();
  const byModule = new Map<string, Set<string>>();
  const imports: WidgetModules['imports'] = new Map();
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'dvc-widget-collect-literals',
        enforce: 'pre',
        transform(code, id) {
          if (messagesModule(id) || id.includes('node_modules') || !SCANNED.test(id.split('?')[0] ?? id)) return null;
          if (!STYLE_MODULES.some((f) => sameFile(id, f))) for (const m of code.matchAll(/dvc-[\w-]*/g)) classWords.add(m[0]);
          const mine = new Set<string>();
          for (const m of code.matchAll(DOTTED_LITERAL)) mine.add(m[2] as string);
          for (const l of mine) literals.add(l);
          byModule.set(id, mine);
          return null;
        },
        buildEnd() {
          for (const id of this.getModuleIds()) {
            const info = this.getModuleInfo(id);
            if (info) imports.set(id, { static: info.importedIds, dynamic: info.dynamicallyImportedIds });
          }
        },
      },
      ...plugins,
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: false, lib: { entry: path.join(ROOT, 'widget/index.ts'), name: 'DvcGuide', formats: ['es'] } },
  });
  return { literals, classWords, byModule, imports };
}

/** Whether `key` is named by `literals`, exactly or by a prefix (`'time.days'` names `time.days.one`). */
function names(literals: ReadonlySet<string>, key: string): boolean {
  if (literals.has(key)) return true;
  for (let i = key.lastIndexOf('.'); i > 0; i = key.lastIndexOf('.', i - 1)) if (literals.has(key.slice(0, i))) return true;
  return false;
}

/**
 * Where each Vietnamese text goes when only modules loaded later name it (help, the leaflet, the print
 * view, the catalog's search): the module a dynamic `import()` loads that every one of them comes after.
 * The text then travels in that module's file, not in the first file a phone waits for (0.6 KB gzip of
 * the first file were texts of parts drawn after the guide). A text any module of the first file names,
 * or that no single later module leads to, stays in the first file.
 */
function laterTexts(modules: WidgetModules, entry: string): (key: string) => string | undefined {
  const reach = (skip: string | null, from: string, withDynamic: boolean): Set<string> => {
    const seen = new Set<string>();
    const todo = [from];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (id === skip || seen.has(id)) continue;
      seen.add(id);
      const i = modules.imports.get(id);
      if (i) todo.push(...i.static, ...(withDynamic ? i.dynamic : []));
    }
    return seen;
  };
  const first = reach(null, entry, false);
  const all = reach(null, entry, true);
  const lazy = [...new Set([...modules.imports.values()].flatMap((i) => i.dynamic))].filter((id) => all.has(id) && !first.has(id));
  // The modules that can only run once `e` has been loaded: those no longer reached without it.
  const after = new Map(lazy.map((e) => [e, new Set([...all].filter((id) => !reach(e, entry, true).has(id)))]));
  return (key) => {
    const users = [...modules.byModule].filter(([, l]) => names(l, key)).map(([id]) => id);
    if (users.length === 0 || users.some((id) => first.has(id))) return undefined;
    const candidates = lazy.filter((e) => users.every((id) => after.get(e)!.has(id)));
    // The one loaded first: not itself loaded only after another candidate.
    return candidates.find((e) => !candidates.some((o) => o !== e && after.get(o)!.has(e)));
  };
}

/** `const en: Record<…> = {` opens a table's English half; the next line `};` closes it. */
const EN_OPEN = /^const en\b.*=\s*\{\s*$/;

/**
 * A messages module split for the widget: entries no widget module names are dropped (exactly, or as
 * `prefix.`); with `englishApart`, the English entries go to `english` (loaded on demand) and the
 * module exports its English table as `__dvcEn` for them to be put back into, and its Vietnamese one as
 * `__dvcVi`: a Vietnamese entry `later` places in a later module goes to `vietnamese` under that module.
 */
function splitMessages(
  src: string,
  used: (key: string) => boolean,
  englishApart: boolean,
  later: (key: string) => string | undefined = () => undefined,
): { code: string; english: string[]; vietnamese: Map<string, string[]> } {
  const english: string[] = [];
  const vietnamese = new Map<string, string[]>();
  let inEnglish = false;
  const lines = src.split('\n').filter((line) => {
    if (EN_OPEN.test(line)) inEnglish = true;
    else if (inEnglish && line.startsWith('}')) inEnglish = false;
    const key = MESSAGE_LINE.exec(line)?.[1];
    if (key === undefined) return true;
    if (!used(key)) return false;
    if (!englishApart) return true;
    if (inEnglish) {
      english.push(line);
      return false;
    }
    const to = later(key);
    if (to === undefined) return true;
    vietnamese.set(to, [...(vietnamese.get(to) ?? []), line]);
    return false;
  });
  return { code: lines.join('\n') + (englishApart ? '\nexport const __dvcEn = en;\nexport const __dvcVi = vi;\n' : ''), english, vietnamese };
}

const LATER_TEXTS = '\0dvc-later-texts:';

/** Pass 2: the messages tables without the entries no widget module names, their English apart. */
function pruneMessages(modules: WidgetModules): Plugin {
  const used = (key: string): boolean => names(modules.literals, key);
  const later = laterTexts(modules, ENTRY);
  /** Each table with its English apart, split once: its module, the English file and the later modules read it. */
  const splits = new Map<string, ReturnType<typeof splitMessages>>();
  /** Each later module's Vietnamese entries, by messages file. */
  const moved = new Map<string, { file: string; lines: string[] }[]>();
  const ready = Promise.all(ENGLISH_APART.map(async (file) => splits.set(file, splitMessages(await readFile(file, 'utf8'), used, true, later)))).then(() => {
    for (const file of ENGLISH_APART) for (const [to, lines] of splits.get(file)!.vietnamese) moved.set(to, [...(moved.get(to) ?? []), { file, lines }]);
  });
  const laterIds: string[] = [];
  return {
    name: 'dvc-widget-prune-messages',
    enforce: 'pre',
    resolveId: (id) => (id === ENGLISH_TEXTS || id.startsWith(LATER_TEXTS) ? id : null),
    async load(id) {
      if (sameFile(id, ENGLISH_MODULE)) return `export const loadEnglish = () => import(${JSON.stringify(ENGLISH_TEXTS)});`;
      if (id === ENGLISH_TEXTS) {
        // Put back into each table's English half: t('en', …) reads the same objects as before.
        await ready;
        return ENGLISH_APART.map((file, i) => `import { __dvcEn as en${i} } from ${JSON.stringify(file)};\nObject.assign(en${i}, {\n${splits.get(file)!.english.join('\n')}\n});`).join('\n');
      }
      if (id.startsWith(LATER_TEXTS)) {
        await ready;
        const to = laterIds[Number(id.slice(LATER_TEXTS.length))]!;
        // Put back into the Vietnamese tables before the module that names them runs.
        return (moved.get(to) ?? []).map(({ file, lines }, i) => `import { __dvcVi as vi${i} } from ${JSON.stringify(file)};\nObject.assign(vi${i}, {\n${lines.join('\n')}\n});`).join('\n');
      }
      const file = messagesModule(id);
      if (!file) return null;
      if (!ENGLISH_APART.includes(file)) return splitMessages(await readFile(file, 'utf8'), used, false).code;
      await ready;
      return splits.get(file)!.code;
    },
    async transform(code, id) {
      await ready;
      if (!moved.has(id)) return null;
      laterIds.push(id);
      // On the first line, so the module's own lines keep their numbers in its source map.
      return { code: `import ${JSON.stringify(LATER_TEXTS + (laterIds.length - 1))};${code}`, map: null };
    },
  };
}

/** The files of each path, for the loader to ask for at once (widget/loader.ts). */
function preloadLists(outDir: string): ViewFiles {
  return viewFiles(outDir, WIDGET_FILES);
}

/** town/<id>.json (the first one; the demo's example) → <outDir>/town.json; a broken profile stops the build. */
async function publishTownProfile(outDir: string, guides: readonly Guide[]): Promise<void> {
  const dir = path.join(ROOT, 'town');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && f !== 'town.schema.json').sort();
  const first = files[0];
  if (!first) return;
  const file = path.join(dir, first);
  const result = parseTownJson(await readFile(file, 'utf8'), path.relative(ROOT, file), new Map(guides.map((g) => [g.id, allStepIds(g)])));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  await writeFile(path.join(outDir, 'town.json'), `${JSON.stringify(result.town, null, 2)}\n`);
}

export async function buildWidget(options: WidgetBuildOptions = {}): Promise<{ outDir: string; guides: number }> {
  const outDir = options.outDir ?? WIDGET_OUT;
  const guides = options.guides ?? (await assertGuidesValid(path.join(ROOT, 'guides')));
  // Regenerated on every build so the widget can never validate against an older schema.
  await writeGuideValidator();
  const modules = await widgetMessageLiterals([]);
  const shared = {
    configFile: false as const,
    root: ROOT,
    logLevel: 'warn' as const,
    // The extension's icons and _locales have no place next to a script a town hosts.
    publicDir: false as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: SIGNALS_MODERN },
  };
  await build({
    ...shared,
    define: { ...shared.define, __DVC_FOLDER__: JSON.stringify(`${path.posix.relative(WIDGET_FILES.chunks, '.')}/`) },
    plugins: [
      withoutPreloadHelper(),
      inlineBundlerRuntime(),
      compileHints([CHUNK_NAMES.main, CHUNK_NAMES.check, CHUNK_NAMES.guide, CHUNK_NAMES.catalog]),
      preact(),
      pruneMessages(modules),
      schemaWithoutSideEffects(),
      dropForeignRules(modules.classWords),
      minifyStyleStrings(STYLE_MODULES),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2020',
      minify: true,
      reportCompressedSize: false,
      sourcemap: options.sourcemap ?? false,
      // Not lib mode: Vite keeps an ES library's whitespace; this module is shipped as it is.
      modulePreload: false,
      rollupOptions: {
        input: ENTRY,
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: WIDGET_FILES.es, chunkFileNames: `${WIDGET_FILES.chunks}/[name]-[hash].js`, codeSplitting: firstFiles() },
      },
    },
  });
  const preload = preloadLists(outDir);
  await build({
    ...shared,
    define: { ...shared.define, __DVC_PRELOAD__: JSON.stringify(preload) },
    plugins: [],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      reportCompressedSize: false,
      lib: { entry: path.join(ROOT, 'widget/loader.ts'), name: 'DvcGuideLoader', formats: ['iife'], fileName: () => WIDGET_FILES.iife },
    },
  });
  await mkdir(outDir, { recursive: true });
  await writePublishedFolder(outDir, guides);
  // The town's help profile is published in the folder (`town="town.json"`), checked like the guides; a
  // generated catalog (the bench's) has no town.
  if (!options.guides) await publishTownProfile(outDir, guides);
  return { outDir, guides: guides.length };
}

async function main(): Promise<void> {
  const { outDir, guides } = await buildWidget();
  console.log(`Widget folder to upload: ${path.relative(ROOT, outDir)}/ (${WIDGET_FILES.iife}, ${WIDGET_FILES.es}, ${WIDGET_FILES.chunks}/, ${WIDGET_FILES.index}, ${WIDGET_FILES.guides}/: ${guides} guides)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
