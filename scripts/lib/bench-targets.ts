/**
 * Finding a target by text on long pages (issue 10, item 7), in Chromium: the engine's findTarget
 * (lib/engine/targets.ts, bundled with esbuild) on a sandbox-like page of 1,000 and 5,000 rows, each row a
 * dossier card with "Mã hồ sơ", the agency line and a "Nộp trực tuyến" button. Per size and target:
 * p95 of one check and the longest check (each check is one task on the page's main thread), now and
 * before this change (the file at the branch's base commit, when git has it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROME_PATH } from '../../tests/e2e/support/paths';
import { ms, type BenchRow } from './bench-stats';

/** The commit before issue 10 touched lib/engine/targets.ts. */
const BEFORE_COMMIT = '79c3a4f';
const SIZES = [1000, 5000] as const;
const TARGETS = [
  { name: '{text: "Mã hồ sơ"}', strategies: [{ text: 'Mã hồ sơ' }] },
  { name: '{text, role, near}', strategies: [{ text: 'Nộp trực tuyến', role: 'button', near: 'Cơ quan thực hiện: UBND phường 4999' }] },
];
const BUDGET_MS = 16;

async function bundle(root: string, targetsFile: string): Promise<string> {
  const out = await build({
    stdin: { contents: `export { findTarget } from ${JSON.stringify(targetsFile)};`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: '__dvcTargets',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** The engine files at the base commit, in a temporary folder; null when git cannot give them. */
function beforeFiles(root: string): { file: string; cleanup(): void } | null {
  try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-bench-targets-'));
    for (const f of ['targets.ts', 'accessible-name.ts', 'text.ts']) {
      const text = execFileSync('git', ['show', `${BEFORE_COMMIT}:lib/engine/${f}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      writeFileSync(path.join(dir, f), text);
    }
    // targets.ts imports the schema type only; the bundle needs no file for it.
    writeFileSync(path.join(dir, 'schema.ts'), 'export type TargetStrategy = Record<string, unknown>;\n');
    return { file: path.join(dir, 'targets.ts'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  } catch {
    return null;
  }
}

function pageHtml(rows: number): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Danh sách hồ sơ</title></head><body><main><h1>Hồ sơ của tôi</h1><div id="list"></div></main>
<script>
const list = document.getElementById('list');
for (let i = 0; i < ${rows}; i++) {
  const card = document.createElement('div');
  card.className = 'grid card-agency';
  card.innerHTML = '<div class="col"><p class="font-semibold">Cơ quan thực hiện: UBND phường ' + i + '</p><p>Mã hồ sơ: G22.99.08-260115-' + i + '</p><p>Trạng thái: Đang xử lý</p></div><div class="col"><button type="button" class="btn">Nộp trực tuyến</button> <a href="#' + i + '">Xem</a></div>';
  list.append(card);
}
</script></body></html>`;
}

async function measure(browser: Browser, code: string, rows: number, strategies: unknown[], runs: number): Promise<number[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(pageHtml(rows));
    await page.addScriptTag({ content: code });
    return await page.evaluate(
      ({ strategies: s, runs: n }) => {
        const find = (window as unknown as { __dvcTargets: { findTarget(root: ParentNode, s: unknown[]): unknown } }).__dvcTargets.findTarget;
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          find(document, s);
          times.push(performance.now() - t0);
        }
        return times;
      },
      { strategies, runs },
    );
  } finally {
    await page.close();
  }
}

const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? Number.NaN;
};

export async function measureTargets(root: string, runs = 20): Promise<BenchRow[]> {
  const now = await bundle(root, './lib/engine/targets.ts');
  const old = beforeFiles(root);
  const before = old ? await bundle(path.dirname(old.file), './targets.ts') : null;
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: ['--disable-gpu'] });
  const rows: BenchRow[] = [];
  try {
    for (const size of SIZES) {
      for (const t of TARGETS) {
        const after = await measure(browser, now, size, t.strategies, runs);
        // The old code takes seconds per check (minutes at 5,000 rows, where Chromium gives up): one run
        // on the 1,000-row page says enough.
        const was = before && size === 1000 ? await measure(browser, before, size, t.strategies, 1) : null;
        const longest = Math.max(...after);
        rows.push({
          section: 'target finding',
          measure: `${t.name}, ${size} rows: p95 per check / longest`,
          figure: `${ms(p95(after))} / ${ms(longest)}${was ? ` (before: ${ms(p95(was))} / ${ms(Math.max(...was))}, ${(Math.max(...was) / longest).toFixed(0)}× longer)` : ''}`,
          target: `no check over ${BUDGET_MS} ms: ${longest <= BUDGET_MS ? 'PASS' : 'FAIL'}`,
        });
      }
    }
  } finally {
    await browser.close();
    old?.cleanup();
  }
  return rows;
}
