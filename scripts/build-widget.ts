/**
 * Builds the town widget: one IIFE file to paste into a CMS page (`dvc-guide.js`), the same as an ES module
 * (`dvc-guide.mjs`), and `guides.json`, the catalog a town can host and point `src` at.
 * Guides are checked first with the same messages as `npm run guides -- check`: an invalid guide fails the build.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { buildCatalog } from '../lib/guide/catalog';
import { assertGuidesValid } from './lib/guide-files';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.output/widget');

async function main(): Promise<void> {
  const guides = await assertGuidesValid(path.join(ROOT, 'guides'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [preact()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: 'es2020',
      lib: {
        entry: path.join(ROOT, 'widget/index.ts'),
        name: 'DvcGuide',
        formats: ['iife', 'es'],
        fileName: (format) => (format === 'es' ? 'dvc-guide.mjs' : 'dvc-guide.js'),
      },
    },
  });
  await mkdir(OUT, { recursive: true });
  await writeFile(path.join(OUT, 'guides.json'), `${JSON.stringify(buildCatalog(guides), null, 2)}\n`);
  console.log(`Widget: ${path.relative(ROOT, OUT)}/dvc-guide.js, dvc-guide.mjs, guides.json (${guides.length} guides)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
