/**
 * The widget validates catalogs with a validator compiled from the zod schema at build time
 * (scripts/lib/compile-validator.ts → widget/generated/guide-validator.ts). It must answer exactly as
 * zod does, or a town would see a guide accepted by `npm run guides -- check` hidden by the widget (or
 * the reverse), and webmasters would read other messages than authors. Compared here: accept/reject,
 * every issue (JSON path and code, in order), and the final vi/en problems with the checks beyond the
 * schema, over the real guides, the test fixtures and fast-check mutations of them (fixed seed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_GUIDE } from '../../components/test-fixtures';
import { validateGuide, validateGuideWith, zodSchemaStep, type SchemaResult } from '../../lib/guide/load';
import { formatJsonPath } from '../../lib/guide/problems';
import { GENERATED_VALIDATOR, guideValidatorSource } from '../../scripts/lib/compile-validator';
import { parseGuideSchema } from '../../widget/generated/guide-validator';

const SEED = 20261126;
const RUNS = 2500;
const ROOT = path.resolve(import.meta.dirname, '../..');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return jsonFiles(p);
    return e.name.endsWith('.json') && e.name !== 'guide.schema.json' ? [p] : [];
  });
}

/** Guides on disk that are JSON at all (one fixture is cut off on purpose). */
function loadGuides(dir: string): { file: string; value: Json }[] {
  return jsonFiles(path.join(ROOT, dir)).flatMap((file) => {
    try {
      return [{ file: path.relative(ROOT, file), value: JSON.parse(readFileSync(file, 'utf8')) as Json }];
    } catch {
      return [];
    }
  });
}

const REAL = loadGuides('guides');
const FIXTURES = loadGuides('tests/fixtures/guides');

const issueList = (r: SchemaResult): string[] => (r.success ? [] : r.issues.map((i) => `${formatJsonPath(i.path)} ${i.code}`));

/** Throws (with both answers) unless zod and the compiled validator agree on `value`. */
function assertAgree(value: unknown, file = 'danh-muc/thu.json'): SchemaResult {
  const zod = zodSchemaStep(structuredClone(value));
  const compiled = parseGuideSchema(structuredClone(value));
  expect(compiled.success, 'accept/reject').toBe(zod.success);
  expect(issueList(compiled)).toEqual(issueList(zod));
  // The problems a person reads: same schema messages, same checks on top.
  const options = { idFromFile: false };
  expect(validateGuideWith(parseGuideSchema, structuredClone(value), file, options)).toEqual(validateGuide(structuredClone(value), file, options));
  return zod;
}

describe('compiled guide validator', () => {
  it('is generated from the current schema (run npm run build:widget after changing lib/guide/schema.ts)', () => {
    expect(readFileSync(GENERATED_VALIDATOR, 'utf8')).toBe(guideValidatorSource());
  });

  it('agrees with zod on every guide in guides/ and accepts them unchanged', () => {
    expect(REAL.length).toBeGreaterThan(5);
    for (const { file, value } of REAL) {
      const zod = assertAgree(value, file);
      expect(zod.success, file).toBe(true);
      expect(parseGuideSchema(value)).toEqual({ success: true, data: value });
    }
  });

  it('agrees with zod on the test fixtures, including the broken ones', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(3);
    const outcomes = FIXTURES.map(({ file, value }) => assertAgree(value, file).success);
    expect(outcomes).toContain(false);
    assertAgree(TEST_GUIDE);
  });

  it('agrees on zod quirks: code-point lengths, length checks on non-strings, integers, URLs, unknown keys', () => {
    const g = structuredClone(TEST_GUIDE) as unknown as Record<string, Json>;
    const cases: [string, Json][] = [
      ['title', '😀'.repeat(2000)], // 4000 UTF-16 units, 2000 code points: fits
      ['title', '😀'.repeat(2001)],
      ['title', []],
      ['title', { length: 0 }],
      ['title', { length: 'x' }],
      ['steps', ''],
      ['steps', 'abc'],
      ['sources', []],
      ['version', 1.5],
      ['version', 0],
      ['version', 1e20],
      ['version', -1e20],
      ['version', '1'],
      ['id', 'Khai Sinh'],
      ['id', ''],
      ['reviewedAt', 12],
      ['help', { hotline: '1800', feedbackUrl: ' https://dichvucong.gov.vn/ ', toString: 1 }],
      ['help', { hotline: 'x', feedbackUrl: 'không phải địa chỉ', contacts: [{ name: '', phone: '☎' }] }],
      ['documents', [{ id: 'a', name: 'A', need: 'maybe', originals: -1, copies: 0.5 }]],
      ['procedure', { code: '1.1', level: null, channels: { online: { feeVnd: null, time: { qty: -1, unit: 'week' }, timeText: '' } } }],
    ];
    for (const [key, v] of cases) assertAgree({ ...g, [key]: v });
    assertAgree({ ...g, extra: 1, Title: 'x' });
    assertAgree(JSON.parse('{"__proto__": 1, "id": "a"}'));
    for (const v of [null, 0, 'guide', [], [g]] as Json[]) assertAgree(v);
  });

  it(`agrees with zod on ${RUNS} mutated guides (seed ${SEED})`, () => {
    const bases: Json[] = [...REAL, ...FIXTURES].map((g) => g.value);
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(MUTATIONS.length - 1), arbitraryValue()), { minLength: 1, maxLength: 4 }),
        (base, ops) => {
          const value = structuredClone(bases[base] as Json);
          // Fresh copies: a shared edge value inserted twice would make a cycle.
          for (const [where, how, v] of ops) mutate(value, where, how, structuredClone(v));
          seen[assertAgree(value).success ? 'accepted' : 'rejected']++;
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // Both sides of the line were exercised, not only one.
    expect(seen.accepted).toBeGreaterThan(RUNS / 20);
    expect(seen.rejected).toBeGreaterThan(RUNS / 2);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------
// Mutations: replace, delete, add, empty, stretch or swap one node of a real guide.

/** Values that hit each check's edges, plus values valid somewhere in the schema. */
function arbitraryValue(): fc.Arbitrary<Json> {
  const edges: Json[] = [
    '', ' ', 'a', 'x'.repeat(2001), '😀'.repeat(2000), '😀'.repeat(2001), 'abc', 'Khai Sinh', 'khai-sinh', '1.001193', '2026-07-18',
    '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', '1800 1096', 'https://dichvucong.gov.vn/p', ' https://x.vn ', 'not a url', 'dichvucong.gov.vn/**',
    'toan-trinh', 'working-day', 'required', 'conditional', 'button',
    0, -1, 1, 1.5, -0.5, 1e20, -1e20, 2 ** 53, Number.MAX_SAFE_INTEGER, null, true, false,
    [], [''], ['a'], [{}], {}, { length: 0 }, { length: 'x' }, { title: 'T' }, { css: '#a' }, { confirm: true }, { clicked: true, url: 'a.vn/*' },
  ];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...edges) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.integer() },
  );
}

type Container = Json[] | { [key: string]: Json };

function nodes(value: Json, out: { parent: Container; key: string | number }[] = []): { parent: Container; key: string | number }[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), nodes(v, out)));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) (out.push({ parent: value, key: k }), nodes(value[k] as Json, out));
  return out;
}

const get = (parent: Container, key: string | number): Json => (parent as Record<string | number, Json>)[key] as Json;
const set = (parent: Container, key: string | number, v: Json): void => {
  (parent as Record<string | number, Json>)[key] = v;
};

const MUTATIONS: ((parent: Container, key: string | number, v: Json, all: { parent: Container; key: string | number }[]) => void)[] = [
  (parent, key, v) => set(parent, key, v),
  (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]),
  (parent, key, v) => {
    const target = get(parent, key);
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[typeof v === 'string' && v.length < 20 ? v || 'extra' : 'toString'] = v;
    else set(parent, key, v);
  },
  (parent, key) => {
    const target = get(parent, key);
    if (Array.isArray(target)) target.length = 0;
    else if (typeof target === 'string') set(parent, key, target + '😀'.repeat(1000));
    else set(parent, key, []);
  },
  (parent, key, _v, all) => {
    // Another node's value here: right shapes in wrong places.
    const other = all[(String(key).length * 7919) % all.length];
    if (other) set(parent, key, structuredClone(get(other.parent, other.key)));
  },
];

function mutate(value: Json, where: number, how: number, v: Json): void {
  const all = nodes(value);
  const at = all[where % Math.max(all.length, 1)];
  if (!at) return;
  MUTATIONS[how]?.(at.parent, at.key, v, all);
}
