/**
 * Store readiness of the built Firefox package: `web-ext lint` (what addons.mozilla.org runs) finds no
 * errors, and the manifest declares what the store requires. Runs on the build `npm run test:e2e` made.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXT, ROOT } from './support/paths';

const run = promisify(execFile);

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

describe('Firefox store readiness', () => {
  it('web-ext lint reports no errors on the Firefox build', async () => {
    const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
    // web-ext exits 1 when it finds errors; the JSON report is on stdout either way.
    const { stdout } = await run(bin, ['lint', '--source-dir', FIREFOX_EXT, '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('npm run zip produces the Chrome, Firefox and Firefox sources packages', async () => {
    const version = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const zips = ['chrome', 'firefox', 'sources'].map((kind) => path.join(ROOT, '.output', `dvc-guide-${version}-${kind}.zip`));
    await Promise.all(zips.map((zip) => rm(zip, { force: true })));
    await run('npm', ['run', 'zip'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    for (const zip of zips) expect((await stat(zip)).size).toBeGreaterThan(10_000);
    // The sources package is what a reviewer rebuilds from: code yes, dependencies and builds no.
    // File names are stored as plain bytes in a zip's headers, so reading them needs no unzip tool.
    const names = (await readFile(zips[2]!)).toString('latin1');
    expect(names).toContain('package-lock.json');
    expect(names).toContain('wxt.config.ts');
    expect(names).not.toContain('node_modules/');
    expect(names).not.toContain('.output/');
  }, 180_000);

  it('declares the gecko id and that no data is collected', async () => {
    const manifest = JSON.parse(await readFile(path.join(FIREFOX_EXT, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
      permissions?: string[];
    };
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('dvc-guide@town.example');
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(manifest.permissions).not.toContain('tabs');
  });
});
