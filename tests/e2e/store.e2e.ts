/**
 * Store readiness of the built Firefox package: `web-ext lint` (what addons.mozilla.org runs) finds no
 * errors, and the manifest declares what the store requires. Runs on the build `npm run test:e2e` made.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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
