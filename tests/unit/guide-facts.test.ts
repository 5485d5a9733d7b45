/**
 * Facts a resident acts on (procedure code, fee, processing time per channel) must match the portal's own
 * procedure record in ../shared/portal/procedures/<code>.json. A value the author listed in the guide's
 * `unverified` entries may differ on purpose (e.g. a fee the record gives as 0 but says is set by the
 * provincial council). The shared folder is reference material outside the repository: without it these
 * tests skip and say where they looked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Guide, type Channel } from '../../lib/guide/schema';

type ChannelKey = 'online' | 'postal' | 'inPerson';
type TimeUnit = Channel['time']['unit'];

interface RecordChannel {
  key: ChannelKey;
  feeValues: (number | null)[];
  time: { qty: number; unit: TimeUnit } | null;
}

interface ProcedureRecord {
  code: string;
  channels: RecordChannel[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GUIDES_DIR = path.join(ROOT, 'guides');
const PROCEDURES_DIR = path.resolve(ROOT, '../shared/portal/procedures');

const METHOD_TO_KEY: Record<string, ChannelKey> = { ONLINE: 'online', POSTAL: 'postal', DIRECT: 'inPerson' };
const UNIT_TO_GUIDE: Record<string, TimeUnit> = {
  WORKING_DAY: 'working-day',
  DAY: 'day',
  HOUR: 'hour',
  MONTH: 'month',
  OTHER: 'other',
};

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Only the fields compared here; anything malformed fails loudly rather than comparing against undefined. */
function readRecord(file: string): ProcedureRecord {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(raw) || typeof raw.code !== 'string' || !Array.isArray(raw.channels)) {
    throw new Error(`unexpected procedure record shape: ${file}`);
  }
  const channels = raw.channels.flatMap((c: unknown): RecordChannel[] => {
    if (!isObject(c) || typeof c.method !== 'string') return [];
    const key = METHOD_TO_KEY[c.method];
    if (!key) return [];
    const fees = Array.isArray(c.fees) ? c.fees : [];
    const feeValues = fees.map((f: unknown) => (isObject(f) && typeof f.value_vnd === 'number' ? f.value_vnd : null));
    const p = c.processing;
    const unit = isObject(p) && typeof p.unit === 'string' ? UNIT_TO_GUIDE[p.unit] : undefined;
    const time = isObject(p) && typeof p.qty === 'number' && unit ? { qty: p.qty, unit } : null;
    return [{ key, feeValues, time }];
  });
  return { code: raw.code, channels };
}

function loadGuides(): Guide[] {
  return readdirSync(GUIDES_DIR)
    .filter((n) => n.endsWith('.json') && n !== 'guide.schema.json')
    .sort()
    .map((n) => Guide.parse(JSON.parse(readFileSync(path.join(GUIDES_DIR, n), 'utf8'))));
}

/** An unverified entry covers its own path and everything under it (`procedure.channels` covers all fees). */
function isUnverified(guide: Guide, jsonPath: string): boolean {
  return (guide.unverified ?? []).some(
    (u) => jsonPath === u.path || jsonPath.startsWith(`${u.path}.`) || jsonPath.startsWith(`${u.path}[`),
  );
}

const guidesWithProcedure = loadGuides().filter((g) => g.procedure !== undefined);
const sharedPresent = existsSync(PROCEDURES_DIR);

describe('guide facts match the portal procedure records', () => {
  it('has guides with a procedure to check', () => {
    expect(guidesWithProcedure.length).toBeGreaterThan(0);
  });

  if (!sharedPresent) {
    console.warn(`[guide-facts] shared procedure records not found at ${PROCEDURES_DIR}; fact checks skipped`);
    it.skip(`shared procedure records absent (looked in ${PROCEDURES_DIR}): cannot compare fees and times`, () => {});
    return;
  }

  for (const guide of guidesWithProcedure) {
    const procedure = guide.procedure;
    if (!procedure) continue;
    const file = path.join(PROCEDURES_DIR, `${procedure.code}.json`);

    describe(`${guide.id} (${procedure.code})`, () => {
      if (!existsSync(file)) {
        it.skip(`no shared record for ${procedure.code} (looked for ${file})`, () => {});
        return;
      }
      const record = readRecord(file);

      it('uses the record’s procedure code', () => {
        expect(procedure.code).toBe(record.code);
      });

      it('offers every channel the record has, and no other', () => {
        const recordKeys = record.channels.map((c) => c.key).sort();
        const guideKeys = (Object.keys(procedure.channels) as ChannelKey[])
          .filter((k) => procedure.channels[k] !== undefined)
          .sort();
        const missing = recordKeys.filter((k) => !guideKeys.includes(k) && !isUnverified(guide, `procedure.channels.${k}`));
        const extra = guideKeys.filter((k) => !recordKeys.includes(k) && !isUnverified(guide, `procedure.channels.${k}`));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      for (const rc of record.channels) {
        const at = `procedure.channels.${rc.key}`;
        it(`${rc.key}: fee matches the record`, () => {
          const channel = procedure.channels[rc.key];
          if (!channel || isUnverified(guide, `${at}.feeVnd`)) return;
          // A record may list several amounts (per person, per household, exempt); the guide shows one of them.
          expect(rc.feeValues).toContain(channel.feeVnd);
        });
        it(`${rc.key}: processing time matches the record`, () => {
          const channel = procedure.channels[rc.key];
          if (!channel || isUnverified(guide, `${at}.time`)) return;
          expect(rc.time).not.toBeNull();
          expect(channel.time).toEqual(rc.time);
        });
      }
    });
  }
});
