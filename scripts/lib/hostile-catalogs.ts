/**
 * Hostile catalogs of about `bytes` characters, shaped after the security review's findings: many
 * problems in one guide, many duplicate ids, deep nesting, long strings, many tiny entries. Used by the
 * fuzz tests (counting problems) and the bench (timing each through every reader).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sampleGuide(): Record<string, unknown> {
  const g = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/guides/valid/dang-ky-mau.json'), 'utf8')) as Record<string, unknown>;
  delete g.$schema;
  return g;
}

function fill(bytes: number, one: (i: number) => unknown): unknown[] {
  const out: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = one(i);
    size += JSON.stringify(item).length + 1;
    out.push(item);
  }
  return out;
}

export function hostileCatalogs(bytes: number): { name: string; text: string }[] {
  const g = sampleGuide();
  const step = (g.steps as Record<string, unknown>[])[0] as Record<string, unknown>;
  return [
    { name: 'one guide, thousands of duplicate step ids', text: JSON.stringify({ guides: [{ ...g, steps: fill(bytes, () => ({ ...step, id: 'trung' })) }] }) },
    { name: 'thousands of guides with one id', text: JSON.stringify({ guides: fill(bytes, () => ({ ...g, id: 'trung' })) }) },
    { name: 'many tiny wrong entries', text: JSON.stringify({ guides: fill(bytes, (i) => ({ x: i })) }) },
    { name: 'steps each wrong in every field', text: JSON.stringify({ guides: [{ ...g, steps: fill(bytes, (i) => ({ id: i, title: [], body: {}, page: [`${'*a'.repeat(20)}b`], target: [{}], done: [{ url: 1, text: 2 }] })) }] }) },
    { name: 'backtracking URL patterns', text: JSON.stringify({ guides: [{ ...g, startPages: fill(bytes, () => `dichvucong.gov.vn/${'*a'.repeat(40)}b`) }] }) },
  ];
}
