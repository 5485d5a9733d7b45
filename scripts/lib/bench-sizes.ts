/**
 * Gzip sizes of what each surface downloads, beside driver.js's own bundle. Each file is gzipped on its
 * own at level 9 (as a server would send it) and a surface is the sum of its files. Exact, so one run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, WIDGET_FILES } from '../build-widget';
import { kb, ratio, type BenchRow } from './bench-stats';
import { measureWidgetCode, WIDGET_BUDGET } from './widget-size';

/**
 * A guard against regressions, not a goal met: 30 KB was set with the first bench (497200d), before the
 * route choice, the early answers, author mode's hooks and the town help; the content scripts came to
 * 40.2 KB with all of them, and a third off would mean moving Preact views behind an injection for a few
 * milliseconds the time-to-highlight figure (which includes evaluating the whole bundle) does not show.
 * The guard catches what would matter: the validator or zod slipping in (about 15 KB).
 */
const CONTENT_BUDGET = 42 * 1024;

function gzipBytes(file: string): number {
  // A source map comment is not part of what ships.
  const text = readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '');
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** An ES module and everything it imports statically, inside the extension folder. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const dep = path.resolve(path.dirname(entry), m[1] as string);
    if (existsSync(dep)) moduleGraph(dep, seen);
  }
  return seen;
}

/** The side panel's scripts (entry and every chunk it imports) and stylesheets, from its HTML. */
function sidePanelFiles(extDir: string): string[] {
  const html = readFileSync(path.join(extDir, 'sidepanel.html'), 'utf8');
  const files = new Set<string>();
  const local = (ref: string): string => path.join(extDir, ref.replace(/^\//, ''));
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) moduleGraph(local(m[1] as string), files);
  for (const m of html.matchAll(/<link[^>]*\bhref="([^"]+\.(?:js|css))"/g)) {
    const file = local(m[1] as string);
    if (file.endsWith('.js')) moduleGraph(file, files);
    else files.add(file);
  }
  return [...files];
}

const sum = (files: readonly string[]): number => files.reduce((n, f) => n + gzipBytes(f), 0);

export async function measureSizes(root: string): Promise<BenchRow[]> {
  const extDir = path.join(root, '.output/chrome-mv3');
  const content = path.join(extDir, 'content-scripts/portal.js');
  // The document_start script that asks for the first card's answers: it runs on every portal page too.
  const early = path.join(extDir, 'content-scripts/portal-early.js');
  for (const f of [content, early]) if (!existsSync(f)) throw new Error(`${f} is missing (the build did not run?)`);
  const driverDir = path.join(root, 'node_modules/driver.js/dist');
  const driver = sum([path.join(driverDir, 'driver.js.iife.js'), path.join(driverDir, 'driver.css')]);

  // The widget's code and styles only, as scripts/size.ts measures it (guides are separate files).
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dvc-bench-widget-'));
  let widget: number;
  try {
    await buildWidget({ outDir: tmp, guides: [] });
    widget = measureWidgetCode(tmp, WIDGET_FILES).firstLoad;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const earlyBytes = gzipBytes(early);
  const contentBytes = gzipBytes(content) + earlyBytes;
  const panelFiles = sidePanelFiles(extDir);
  const background = sum([...moduleGraph(path.join(extDir, 'background.js'))]);
  const section = 'Size (gzip -9, each file alone, exact)';
  return [
    {
      section,
      measure: 'Widget code JS+CSS, first load (loader + module + static chunks)',
      figure: `${kb(widget)} (${ratio(widget, driver)} driver.js)`,
      target: `≤ ${kb(WIDGET_BUDGET)}`,
      pass: widget <= WIDGET_BUDGET,
    },
    {
      section,
      measure: 'Content scripts portal.js + portal-early.js (JS+CSS)',
      figure: `${kb(contentBytes)} (of which portal-early.js ${kb(earlyBytes)}; ${ratio(contentBytes, driver)} driver.js)`,
      target: `≤ ${kb(CONTENT_BUDGET)}`,
      pass: contentBytes <= CONTENT_BUDGET,
      note: 'a guard against regressions (was 30 KB, set before the route choice, the early answers and author mode; see bench-sizes.ts)',
    },
    { section, measure: `Side panel (${panelFiles.length} files)`, figure: kb(sum(panelFiles)), target: '' },
    { section, measure: 'Background (with its chunks)', figure: kb(background), target: '' },
    { section, measure: 'driver.js 1.8.0 (iife + css)', figure: kb(driver), target: '' },
  ];
}
