/**
 * `npm run guides -- failures <files or folders…>`: reads failure logs exported from several helpers'
 * extensions ("Bước lỗi" → export) and prints which steps of which guide versions fail, where, how often.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatFailureSummary, parseFailureLog, summarizeFailures, type FailureRecord } from '../../lib/author/failures';

interface Output {
  log(line: string): void;
}

async function expand(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) missing.push(p);
    else if (s.isDirectory()) files.push(...(await readdir(p)).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(p, n)));
    else files.push(p);
  }
  return { files, missing };
}

/** Exit 0: every log read; 1: a log could not be read (the others are still summarised); 2: usage. */
export async function runFailures(args: readonly string[], out: Output): Promise<number> {
  const guideAt = args.indexOf('--guide');
  const guide = guideAt >= 0 ? args[guideAt + 1] : undefined;
  const paths = guideAt < 0 ? [...args] : args.filter((_, i) => i !== guideAt && i !== guideAt + 1);
  if (paths.length === 0 || (guideAt >= 0 && !guide)) {
    out.log('Cách dùng / Usage: npm run guides -- failures [--guide <id>] <nhật-ký.json|thư mục…>');
    return 2;
  }
  const { files, missing } = await expand(paths);
  let bad = missing.length;
  for (const m of missing) out.log(`${m}: không tồn tại / does not exist`);
  const logs: FailureRecord[][] = [];
  for (const file of files) {
    const read = parseFailureLog(await readFile(file, 'utf8'));
    if (!read.ok) {
      bad++;
      out.log(`${file}: ${read.vi} / ${read.en}`);
      continue;
    }
    logs.push(read.log.records.filter((r) => guide === undefined || r.guideId === guide));
  }
  const rows = summarizeFailures(logs);
  for (const line of formatFailureSummary(rows)) out.log(line);
  const total = rows.reduce((n, r) => n + r.total, 0);
  out.log(
    `${logs.length} nhật ký, ${rows.length} bước lỗi, ${total} lần. / ${logs.length} log(s), ${rows.length} failing step(s), ${total} time(s).`,
  );
  return bad > 0 ? 1 : 0;
}
