/**
 * Builds the town widget: one IIFE file to paste into a CMS page (`dvc-guide.js`), the same as an ES module
 * (`dvc-guide.mjs`), and `guides.json`, the catalog a town can host and point `src` at.
 * Guides are checked first with the same messages as `npm run guides -- check`: an invalid guide fails the build.
 *
 * `buildWidget({ bundleGuides: false })` builds the same code with an empty bundled list; scripts/size.ts
 * measures that variant so the budget is about code, not about how many guides a town ships.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { formatProblem } from '../lib/guide/problems';
import { allStepIds } from '../lib/town/guide-index';
import { parseTownJson } from '../lib/town/load';
import type { Guide } from '../lib/guide/schema';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { buildCatalog } from '../lib/guide/catalog';
import { writeGuideValidator } from './lib/compile-validator';
import { SIGNALS_MODERN, minifyStyleStrings } from './lib/vite-shared';
import { assertGuidesValid } from './lib/guide-files';

const ROOT = path.resolve(import.meta.dirname, '..');
export const WIDGET_OUT = path.join(ROOT, '.output/widget');
export const WIDGET_FILES = { iife: 'dvc-guide.js', es: 'dvc-guide.mjs', catalog: 'guides.json' } as const;

export interface WidgetBuildOptions {
  outDir?: string;
  /** false: lib/guide/bundled.ts becomes an empty list (size measurement). Default true. */
  bundleGuides?: boolean;
  /** Also write source maps (scripts/size.ts --breakdown reads them). Default false. */
  sourcemap?: boolean;
}

/** Replaces the bundled guides module with an empty list. */
function withoutBundledGuides(): Plugin {
  const target = path.join(ROOT, 'lib/guide/bundled.ts');
  return {
    name: 'dvc-widget-no-bundled-guides',
    enforce: 'pre',
    load(id) {
      if (path.resolve(id.split('?')[0] ?? id) === target) return 'export const bundledGuides = [];';
      return null;
    },
  };
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

/** Modules that only export CSS strings; the widget ships them minified. */
const STYLE_MODULES = [path.join(ROOT, 'components/styles.ts'), path.join(ROOT, 'widget/widget-styles.ts')];

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

/**
 * Pass 1: which dotted names the widget's own modules mention. The messages table holds every text of
 * every surface (workspace, overlay...); the widget needs a fraction, and unused entries are the
 * largest removable part of its size. Reading the real module graph (not a folder list) keeps this
 * correct as imports change.
 */
async function widgetMessageLiterals(plugins: Plugin[]): Promise<Set<string>> {
  const literals = new Set<string>();
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
          for (const m of code.matchAll(DOTTED_LITERAL)) literals.add(m[2] as string);
          return null;
        },
      },
      ...plugins,
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: false, lib: { entry: path.join(ROOT, 'widget/index.ts'), name: 'DvcGuide', formats: ['es'] } },
  });
  return literals;
}

/** Pass 2: the messages tables without the entries no widget module names (exactly, or as `prefix.`). */
function pruneMessages(literals: ReadonlySet<string>): Plugin {
  const used = (key: string): boolean => {
    if (literals.has(key)) return true;
    for (let i = key.lastIndexOf('.'); i > 0; i = key.lastIndexOf('.', i - 1)) if (literals.has(key.slice(0, i))) return true;
    return false;
  };
  return {
    name: 'dvc-widget-prune-messages',
    enforce: 'pre',
    async load(id) {
      const file = messagesModule(id);
      if (!file) return null;
      const src = await readFile(file, 'utf8');
      return src
        .split('\n')
        .filter((line) => {
          const key = MESSAGE_LINE.exec(line)?.[1];
          return key === undefined || used(key);
        })
        .join('\n');
    },
  };
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
  const bundleGuides = options.bundleGuides ?? true;
  const guides = bundleGuides ? await assertGuidesValid(path.join(ROOT, 'guides')) : [];
  // Regenerated on every build so the widget can never validate against an older schema.
  await writeGuideValidator();
  const guidePlugins = bundleGuides ? [] : [withoutBundledGuides()];
  const literals = await widgetMessageLiterals(guidePlugins);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    // The extension's icons and _locales have no place next to a script a town hosts.
    publicDir: false,
    plugins: [preact(), pruneMessages(literals), schemaWithoutSideEffects(), minifyStyleStrings(STYLE_MODULES), ...guidePlugins],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: SIGNALS_MODERN },
    // Guides become JSON.parse("...") strings: smaller and faster to parse than object literals.
    json: { stringify: true },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2020',
      minify: true,
      reportCompressedSize: false,
      sourcemap: options.sourcemap ?? false,
      lib: {
        entry: path.join(ROOT, 'widget/index.ts'),
        name: 'DvcGuide',
        formats: ['iife', 'es'],
        fileName: (format) => (format === 'es' ? WIDGET_FILES.es : WIDGET_FILES.iife),
      },
    },
  });
  await mkdir(outDir, { recursive: true });
  if (bundleGuides) {
    await writeFile(path.join(outDir, WIDGET_FILES.catalog), `${JSON.stringify(buildCatalog(guides), null, 2)}\n`);
    // The town's help profile is published beside the catalog (`town="town.json"`), checked like the guides.
    await publishTownProfile(outDir, guides);
  }
  return { outDir, guides: guides.length };
}

async function main(): Promise<void> {
  const { outDir, guides } = await buildWidget();
  console.log(`Widget: ${path.relative(ROOT, outDir)}/${WIDGET_FILES.iife}, ${WIDGET_FILES.es}, ${WIDGET_FILES.catalog} (${guides} guides)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
