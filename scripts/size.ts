/**
 * `npm run size`: the town widget's gzip size against its budget (15 KB, JS and CSS together; the CSS is
 * a string inside the one script file, so the script is everything a page downloads besides guides).
 *
 * Method: the widget is built a second time into a temporary folder with lib/guide/bundled.ts replaced
 * by an empty list (build-widget.ts `bundleGuides: false`), and that file is gzipped at level 9. This is
 * the code and styles only, not an estimate by subtraction. The shipped file (with guides) is printed too.
 *
 * `npm run size -- --breakdown` also says where the bytes come from: the minified file's source map gives
 * each byte a source file; each group's bytes are gzipped on their own. Groups compress worse alone than
 * together, so their sum exceeds the total: read them as proportions, the total line as the truth.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, WIDGET_FILES, WIDGET_OUT } from './build-widget';
import { attributeBytes, groupOf } from './lib/size-breakdown';

export const BUDGET_BYTES = 15 * 1024;

function gz(file: string): { raw: number; gzip: number } {
  // The --breakdown build's source map comment is not part of what ships.
  const buf = Buffer.from(readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, ''));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

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
    await buildWidget({ outDir: tmp, bundleGuides: false, sourcemap: breakdown });
    const iife = gz(path.join(tmp, WIDGET_FILES.iife));
    const es = gz(path.join(tmp, WIDGET_FILES.es));
    console.log('Widget size (JS + CSS in one file, guides excluded: built with an empty bundled guide list)');
    console.log(`  ${WIDGET_FILES.iife}  ${kb(iife.raw)} minified, ${kb(iife.gzip)} gzip (-9)`);
    console.log(`  ${WIDGET_FILES.es} ${kb(es.raw)} minified, ${kb(es.gzip)} gzip (-9)`);
    if (breakdown) printBreakdown(path.join(tmp, WIDGET_FILES.iife));
    const shipped = path.join(WIDGET_OUT, WIDGET_FILES.iife);
    if (existsSync(shipped)) {
      const full = gz(shipped);
      console.log(`  shipped ${path.relative(process.cwd(), shipped)} with bundled guides: ${kb(full.gzip)} gzip (guides add ${kb(full.gzip - iife.gzip)})`);
    } else {
      console.log('  (run npm run build:widget to also see the shipped file with its bundled guides)');
    }
    const ok = iife.gzip <= BUDGET_BYTES;
    console.log(`Budget ${kb(BUDGET_BYTES)} gzip: ${ok ? 'OK' : 'OVER'} (${kb(iife.gzip)}, ${ok ? `${kb(BUDGET_BYTES - iife.gzip)} left` : `${kb(iife.gzip - BUDGET_BYTES)} over`})`);
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
