import { describe, expect, it } from 'vitest';
import { TEST_GUIDE } from '../../tests/fixtures/test-guide';
import type { NewSessionInput } from '../checklist/model';
import { createBackupModel } from './backup-model';
import { createReportModel } from './report-model';
import { createSettingsModel, parseRetention } from './settings-model';
import { createHarness } from './test-harness';

// The harness clock starts 2025-08-20 10:00 in Vietnam.
const TODAY = '2025-08-20';
const input = (label: string): NewSessionInput => ({
  residentLabel: label,
  guideId: TEST_GUIDE.id,
  guideVersion: 1,
  guideTitle: TEST_GUIDE.title,
  procedureCode: '1.001193',
});

async function seeded() {
  const h = createHarness();
  const c = h.client();
  const a = await c.request('session:create', { input: input('Bà Lan tổ 5') });
  await c.request('session:create', { input: input('Ông Tư, xóm Đồng') });
  await c.request('session:update', { id: a.id, action: { kind: 'set-details', details: { channel: 'online', paidOnline: true } } });
  await c.request('session:update', { id: a.id, action: { kind: 'set-dossier-code', code: 'G22.99.08-250820-0001' } });
  return { h, c, a };
}

describe('report model', () => {
  it('counts today and writes a CSV Excel reads as UTF-8', async () => {
    const { c } = await seeded();
    const m = createReportModel({ client: c, today: () => TODAY });
    await m.load();
    const today = m.report.value!.rows.find((r) => r.period === TODAY)!;
    expect(today).toMatchObject({ sessions: 2, submitted: 1, submittedOnline: 1, paidOnline: 1 });
    expect(m.report.value!.rows).toHaveLength(7);
    const csv = m.reportCsv('vi')!;
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain(`${TODAY},Tất cả thủ tục,,2,1,1,1,0,0\r\n`);
    expect(csv.fileName).toBe(`bao-cao-ngay-2025-08-14_${TODAY}.csv`);
  });

  it('per month, and the sessions CSV has one row per session with the chosen separator', async () => {
    const { c } = await seeded();
    const m = createReportModel({ client: c, today: () => TODAY });
    m.setPeriod('month');
    expect([m.from.value, m.to.value]).toEqual(['2025-01-01', TODAY]);
    await m.load();
    expect(m.report.value!.rows.map((r) => r.period)).toHaveLength(8);
    m.setDelimiter(';');
    const file = (await m.sessionsCsv('vi'))!;
    const lines = file.text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('Người dân;Thủ tục;')).toBe(true);
    expect(lines.some((l) => l.startsWith('Bà Lan tổ 5;') && l.includes('G22.99.08-250820-0001;'))).toBe(true);
    expect(lines.some((l) => l.startsWith('"Ông Tư, xóm Đồng";'))).toBe(true);
  });
});

describe('backup model', () => {
  it('previews counts and does not overwrite a session newer here unless asked', async () => {
    const { c, a } = await seeded();
    const m = createBackupModel({ client: c, today: () => TODAY });
    const file = (await m.exportJson())!;
    expect(file.fileName).toBe(`dvc-guide-sao-luu-${TODAY}.json`);
    // Work continues after the backup: the local copy is now newer.
    await c.request('session:update', { id: a.id, action: { kind: 'set-details', details: { notes: 'mới hơn' } } });
    await m.choose(file.text);
    expect(m.preview.value).toMatchObject({ ok: true, add: 0, replace: 0, keepNewerLocal: 1, unchanged: 1 });
    await m.confirm();
    expect(m.result.value).toMatchObject({ ok: true, result: { keptLocal: 1, overwritten: 0 } });
    expect((await c.request('session:get', { id: a.id }))?.notes).toBe('mới hơn');

    await m.choose(file.text);
    m.setOverwriteNewer(true);
    await m.confirm();
    expect((await c.request('session:get', { id: a.id }))?.notes).toBe('');
  });

  it('refuses an invalid file and writes nothing', async () => {
    const { c } = await seeded();
    const m = createBackupModel({ client: c });
    await m.choose('{"format":"something-else"}');
    expect(m.preview.value?.ok).toBe(false);
    expect(m.preview.value?.problems[0]?.message.vi).toContain('không phải bản sao lưu');
    await m.confirm();
    expect(m.result.value).toBeNull();
  });
});

describe('settings model', () => {
  it('saves retention, rejects nonsense, and clears all data after confirmation', async () => {
    const { c } = await seeded();
    const m = createSettingsModel({ client: c });
    await m.load();
    expect(m.retentionInput.value).toBe('90');
    m.setRetentionInput('0');
    expect(await m.saveRetention()).toBe(false);
    expect(parseRetention('30')).toBe(30);
    m.setRetentionInput('30');
    expect(await m.saveRetention()).toBe(true);
    expect((await c.request('settings:get', {})).retentionDays).toBe(30);
    m.askClear();
    expect(m.confirmingClear.value).toBe(true);
    await m.clearAll();
    expect((await c.request('session:list', { query: { by: 'all' } })).sessions).toEqual([]);
    expect(m.done.value).toBe('cleared');
  });
});
