/**
 * `npm run size`: the town widget's code against its budget (20 KB gzip, JS and CSS together; the CSS is a
 * string inside the module). Counted: the loader a webmaster pastes, the module, and every chunk the
 * module imports at once (scripts/lib/widget-size.ts). Chunks loaded only when needed are listed apart.
 * Guides are separate files (index.json, guides/*.json) and not code.
 *
 * `npm run size -- --breakdown` also says where the bytes come from: the minified file's source map gives
 * each byte a source file; each group's bytes are gzipped on their own. Groups compress worse alone than
 * together, so their sum exceeds the total: read them as proportions, the total line as the truth.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, WIDGET_FILES } from './build-widget';
import { measureWidgetCode, WIDGET_BUDGET } from './lib/widget-size';
import { attributeBytes, groupOf } from './lib/size-breakdown';

export const BUDGET_BYTES = WIDGET_BUDGET;

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function printBreakdown(file: string): void {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const sources = map.sources.map((s) => path.relative(process.cwd(), path.resolve(path.dirname(file), s)));
  const groups = new Map<string, string[]>();
  for (const [source, text] of attributeBytes(code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, ''), sources, map.mappings)) {
    const g = groupOf(source);
    groups.set(g, [...(groups.get(g) ?? []), text]);
  }
  const rows = [...groups].map(([g, parts]) => {
    const buf = Buffer.from(parts.join(''));
    return { g, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log('  by source (each group gzipped alone):');
  for (const r of rows) console.log(`    ${kb(r.gzip).padStart(8)} gzip  ${kb(r.raw).padStart(8)} min  ${r.g}`);
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dvc-widget-size-'));
  try {
    const breakdown = process.argv.includes('--breakdown');
    // Code only: the guides are separate files and do not change what the code costs.
    await buildWidget({ outDir: tmp, guides: [], sourcemap: breakdown });
    const code = measureWidgetCode(tmp, WIDGET_FILES);
    console.log('Widget code (JS + CSS: the styles are strings inside the module), gzip -9 per file as served');
    console.log('  first load (the loader, the module and what it imports at once):');
    for (const p of code.parts) console.log(`    ${kb(p.gzip).padStart(8)} gzip  ${kb(p.raw).padStart(8)} min  ${p.file}`);
    console.log(`    ${kb(code.firstLoad).padStart(8)} gzip  total`);
    console.log('  loaded only when needed (same folder): each view, problem details of a broken file:');
    for (const p of code.onDemand) console.log(`    ${kb(p.gzip).padStart(8)} gzip  ${kb(p.raw).padStart(8)} min  ${p.file}`);
    console.log(`  code to show one guide: ${kb(code.toShowGuide)}; to show the catalog: ${kb(code.toShowCatalog)}`);
    if (breakdown) {
      // The first load is the loader plus the files it imports at once; each has its own map.
      for (const p of code.parts) {
        const file = path.join(tmp, p.file);
        if (!existsSync(`${file}.map`)) continue;
        console.log(`  ${p.file}:`);
        printBreakdown(file);
      }
    }
    const ok = code.firstLoad <= BUDGET_BYTES;
    console.log(`Budget ${kb(BUDGET_BYTES)} gzip: ${ok ? 'OK' : 'OVER'} (${kb(code.firstLoad)}, ${ok ? `${kb(BUDGET_BYTES - code.firstLoad)} left` : `${kb(code.firstLoad - BUDGET_BYTES)} over`})`);
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
