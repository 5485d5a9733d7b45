/**
 * `npm run size`: the town widget's gzip size against its budget (15 KB, JS and CSS together; the CSS is
 * a string inside the one script file, so the script is everything a page downloads besides guides).
 *
 * Method: the widget is built a second time into a temporary folder with lib/guide/bundled.ts replaced
 * by an empty list (build-widget.ts `bundleGuides: false`), and that file is gzipped at level 9. This is
 * the code and styles only, not an estimate by subtraction. The shipped file (with guides) is printed too.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, WIDGET_FILES, WIDGET_OUT } from './build-widget';

export const BUDGET_BYTES = 15 * 1024;

function gz(file: string): { raw: number; gzip: number } {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dvc-widget-size-'));
  try {
    await buildWidget({ outDir: tmp, bundleGuides: false });
    const iife = gz(path.join(tmp, WIDGET_FILES.iife));
    const es = gz(path.join(tmp, WIDGET_FILES.es));
    console.log('Widget size (JS + CSS in one file, guides excluded: built with an empty bundled guide list)');
    console.log(`  ${WIDGET_FILES.iife}  ${kb(iife.raw)} minified, ${kb(iife.gzip)} gzip (-9)`);
    console.log(`  ${WIDGET_FILES.es} ${kb(es.raw)} minified, ${kb(es.gzip)} gzip (-9)`);
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
