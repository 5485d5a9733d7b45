/**
 * The house rule for state (issue 13 item 14): a `createXModel()` hands components read-only signals and
 * methods; only the model writes its signals. A test here names the interface member typed `Signal<…>`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFilesUnder } from './support/source-files';

/** `Interface.member` for every member typed as a writable Signal in the interfaces a model file exports. */
function writableMembers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/export interface (\w+Model)\b[^{]*\{([\s\S]*?)\n\}/g)) {
    for (const line of (m[2] ?? '').split('\n')) {
      const member = /^\s*(?:readonly\s+)?(\w+)\??\s*:\s*Signal</.exec(line);
      if (member) out.push(`${m[1]}.${member[1]}`);
    }
  }
  return out;
}

const modelFiles = ['lib', 'components', 'widget'].flatMap((dir) => sourceFilesUnder(dir)).filter((f) => /export function create\w*Model\(/.test(readFileSync(path.join(ROOT, f), 'utf8')));

describe('models expose read-only signals', () => {
  it('no createXModel() interface hands out a writable Signal', () => {
    const found = modelFiles.flatMap((f) => writableMembers(readFileSync(path.join(ROOT, f), 'utf8')).map((w) => `${f}: ${w}`));
    expect(found).toEqual([]);
  });

  it('finds a writable member (the check itself works)', () => {
    expect(writableMembers('export interface AModel {\n  a: ReadonlySignal<string>;\n  b: Signal<number>;\n}')).toEqual(['AModel.b']);
    expect(modelFiles.length).toBeGreaterThan(10);
  });
});
