import { describe, expect, it } from 'vitest';
import { generateSessions } from '../../tests/fixtures/sessions';
import { backupToJson, exportBackup, parseBackup, planRestore, sessionsToWrite } from './backup';
import { DEFAULT_SETTINGS } from './schema';
import type { Session } from './model';

const NOW = Date.parse('2025-08-20T03:00:00Z');
const sessions = generateSessions(20);
/** When the file is read: after every fixture session. */
const READ = Date.parse('2026-01-01T00:00:00Z');

function textWith(mutate: (data: { sessions: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
  const data = JSON.parse(backupToJson(exportBackup(sessions, DEFAULT_SETTINGS, NOW)));
  mutate(data);
  return JSON.stringify(data);
}

describe('backup', () => {
  it('refuses dates a spreadsheet or the side panel cannot show, and dates after the day it is read', () => {
    const parsed = parseBackup(
      textWith((data) => {
        data.sessions[1]!.updatedAt = 9e15;
        data.sessions[2]!.createdAt = Date.UTC(30000, 0, 1);
        data.sessions[4]!.updatedAt = Date.parse('2026-06-01T00:00:00Z');
        data.sessions[6]!.resultDate = '2025-02-30';
        data.sessions[8]!.resultDate = '30000-01-01';
      }),
      READ,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect([...new Set(parsed.problems.map((p) => p.path))]).toEqual([
      'sessions[1].updatedAt',
      'sessions[2].createdAt',
      'sessions[4].updatedAt',
      'sessions[6].resultDate',
      'sessions[8].resultDate',
    ]);
    expect(parsed.problems[2]?.message.vi).toContain('tương lai');
    // A time inside the clock slack (the other computer was an hour ahead) is fine.
    expect(parseBackup(textWith((data) => void (data.sessions[1]!.updatedAt = READ + 3_600_000)), READ).ok).toBe(true);
  });

  it('round-trips sessions and settings', () => {
    const backup = exportBackup(sessions, { retentionDays: 30, dueSoonDays: 3 }, NOW);
    expect(backup).toMatchObject({ format: 'dvc-guide-backup', schemaVersion: 3, exportedAt: '2025-08-20T03:00:00.000Z' });
    const parsed = parseBackup(backupToJson(backup));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.backup.sessions).toEqual(sessions);
      expect(parsed.backup.settings).toEqual({ retentionDays: 30, dueSoonDays: 3 });
    }
  });

  it('rejects a malformed backup with the path of each error, in Vietnamese and English', () => {
    const parsed = parseBackup(
      textWith((data) => {
        (data.sessions[3] as Record<string, unknown>).status = 'xong-roi';
        delete (data.sessions[5] as Record<string, unknown>).guideId;
        ((data.sessions[7] as { steps: Record<string, unknown> }).steps)['nop-ho-so'] = { done: 'yes', at: 1 };
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual(['sessions[3].status', 'sessions[5].guideId', 'sessions[7].steps["nop-ho-so"].done']);
    expect(parsed.problems[0]?.message.vi).toContain('"done"');
    expect(parsed.problems[1]?.message.vi).toBe('Thiếu trường bắt buộc.');
    expect(parsed.problems[2]?.message.en).toContain('boolean');
  });

  it('says clearly when the file is not JSON, not a backup, or from a newer version', () => {
    const notJson = parseBackup('{"format": "dvc-guide-backup",');
    expect(!notJson.ok && notJson.problems[0]?.message.vi).toBe('Tệp này không phải JSON hợp lệ.');
    const other = parseBackup(JSON.stringify({ guides: [] }));
    expect(!other.ok && other.problems[0]?.path).toBe('format');
    const newer = parseBackup(textWith((data) => (data.schemaVersion = 99)));
    expect(!newer.ok && newer.problems[0]).toMatchObject({ path: 'schemaVersion' });
    const badSettings = parseBackup(textWith((data) => (data.settings = { retentionDays: 0, dueSoonDays: 2 })));
    expect(!badSettings.ok && badSettings.problems[0]?.path).toBe('settings.retentionDays');
  });

  it('rejects a backup listing the same session twice', () => {
    const parsed = parseBackup(textWith((data) => data.sessions.push(data.sessions[0] as Record<string, unknown>)));
    expect(!parsed.ok && parsed.problems[0]?.path).toBe('sessions[20].id');
  });

  it('upgrades a backup made by the first version', () => {
    const v1 = {
      format: 'dvc-guide-backup',
      schemaVersion: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      sessions: [
        {
          id: 'old-1', residentLabel: 'Bà Lan', guideId: 'khai-sinh', guideVersion: 1, status: 'da-nop', steps: {},
          currentStep: 2, documentsTicked: ['giay-chung-sinh'], paidOnline: true, notes: '', createdAt: 10, updatedAt: 20,
        },
      ],
    };
    const parsed = parseBackup(`\uFEFF${JSON.stringify(v1)}`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.upgradedFrom).toBe(1);
    expect(parsed.backup.sessions[0]).toMatchObject({ documents: { 'giay-chung-sinh': true }, guideTitle: 'khai-sinh', submittedAt: 20, status: 'submitted' });
    expect(parsed.backup.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('a backup made before the English status ids', () => {
  it('imports with every old status id renamed, and says it was upgraded', () => {
    const oldIds = ['chua-bat-dau', 'dang-lam', 'da-nop', 'can-bo-sung', 'da-xong'];
    const old = textWith((data) => {
      data.schemaVersion = 2;
      data.sessions = data.sessions.slice(0, 5).map((s, i) => ({ ...s, status: oldIds[i] }));
    });
    const parsed = parseBackup(old, READ);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.upgradedFrom).toBe(2);
    expect(parsed.backup.sessions.map((s) => s.status)).toEqual(['not-started', 'in-progress', 'submitted', 'action-needed', 'done']);
  });
});

describe('restore plan', () => {
  const at = (s: Session, updatedAt: number): Session => ({ ...s, updatedAt, notes: `v${updatedAt}` });
  const [a, b, c, d] = sessions as [Session, Session, Session, Session];

  it('adds missing sessions, replaces older ones, and never silently overwrites newer local ones', () => {
    const local = [at(a, 100), at(b, 300), at(c, 500)];
    const incoming = [at(a, 200), at(b, 250), at(c, 500), at(d, 50)];
    const plan = planRestore(local, incoming);
    expect(plan.add.map((s) => s.id)).toEqual([d.id]);
    expect(plan.replace.map((s) => s.notes)).toEqual(['v200']);
    expect(plan.keepNewerLocal).toEqual([{ local: at(b, 300), incoming: at(b, 250) }]);
    expect(plan.unchanged).toBe(1);
    expect(sessionsToWrite(plan).map((s) => s.id)).toEqual([d.id, a.id]);
    expect(sessionsToWrite(plan, { overwriteNewer: true }).map((s) => s.notes)).toEqual(['v50', 'v200', 'v250']);
  });
});
