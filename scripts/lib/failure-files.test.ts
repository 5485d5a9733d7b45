import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFailureLog, failureRecordOf, mergeInto, type FailureEvent, type FailureRecord } from '../../lib/author/failures';
import { main } from '../guides';
import { runFailures } from './failure-files';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'failures-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function rec(extra: Partial<FailureEvent>): FailureRecord {
  const r = failureRecordOf({
    guideId: 'dang-ky-khai-sinh', guideVersion: 7, stepId: 'luu-va-nop', kind: 'target-not-found',
    url: 'https://dichvucong.gov.vn/nop-ho-so/1234', userAgent: 'Chrome/156.0', extensionVersion: '0.1.0',
    at: Date.UTC(2026, 10, 20), ...extra,
  });
  if (!r) throw new Error('no record');
  return r;
}

async function writeLog(name: string, records: FailureRecord[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(exportFailureLog(records, Date.UTC(2026, 11, 1))));
  return file;
}

async function cli(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runFailures(args, { log: (l) => lines.push(l) });
  return { code, lines };
}

describe('guides -- failures', () => {
  it('summarises several helpers’ logs: which step of which version fails, where, how often', async () => {
    const a = await writeLog('phuong-a.json', mergeInto([], [rec({}), rec({ at: Date.UTC(2026, 10, 28) }), rec({ stepId: 'chon-co-quan', kind: 'step-passed-over' })]));
    await mkdir(path.join(dir, 'b'));
    await writeLog('b/phuong-b.json', [rec({ url: 'https://lienthong.dichvucong.gov.vn/#/ke-khai/99999' }), rec({ guideId: 'tra-cuu-ho-so', guideVersion: 2, stepId: 'nhap-ma', kind: 'help-opened' })]);
    const { code, lines } = await cli(a, path.join(dir, 'b'));
    expect(code).toBe(0);
    expect(lines).toEqual([
      'dang-ky-khai-sinh v7 · luu-va-nop: 3 lần / times (không tìm thấy phần tử / target not found: 3); 2 nhật ký / log(s); 2026-11-20 → 2026-11-28; Chrome 156',
      '    dichvucong.gov.vn/nop-ho-so/*: 2',
      '    lienthong.dichvucong.gov.vn/#/ke-khai/*: 1',
      'dang-ky-khai-sinh v7 · chon-co-quan: 1 lần / times (bước bị bỏ qua / step passed over: 1); 1 nhật ký / log(s); 2026-11-20 → 2026-11-20; Chrome 156',
      '    dichvucong.gov.vn/nop-ho-so/*: 1',
      'tra-cuu-ho-so v2 · nhap-ma: 1 lần / times (mở trợ giúp / help opened: 1); 1 nhật ký / log(s); 2026-11-20 → 2026-11-20; Chrome 156',
      '    dichvucong.gov.vn/nop-ho-so/*: 1',
      '2 nhật ký, 3 bước lỗi, 5 lần. / 2 log(s), 3 failing step(s), 5 time(s).',
    ]);
    const one = await cli('--guide', 'tra-cuu-ho-so', dir + '/b');
    expect(one.lines.at(-1)).toContain('1 bước lỗi');
  });

  it('names a file that is not a failure log (or holds a full address) and still summarises the rest, exit 1', async () => {
    const good = await writeLog('good.json', [rec({})]);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify(exportFailureLog([{ ...rec({}), page: 'https://dichvucong.gov.vn/tra-cuu?ma=1' }], 0)));
    const { code, lines } = await cli(good, bad, path.join(dir, 'missing.json'));
    expect(code).toBe(1);
    expect(lines.some((l) => l.startsWith(`${bad}: không phải nhật ký bước lỗi`))).toBe(true);
    expect(lines.some((l) => l.includes('missing.json: không tồn tại'))).toBe(true);
    expect(lines.at(-1)).toContain('1 nhật ký, 1 bước lỗi, 1 lần');
  });

  it('is a command of the guides CLI; without files it prints its usage (exit 2)', async () => {
    expect(await main(['failures'])).toBe(2);
  });
});
