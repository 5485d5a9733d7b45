/**
 * A small check of a town profile's shape without zod, for the town widget (whose size budget has no room for
 * the schema library). The build publishes only profiles that passed the full check (lib/town/load.ts); this
 * catches a file edited by hand on the town's server afterwards, naming the file and the field.
 */
import type { GuideProblem } from '../guide/problems';
import { formatJsonPath } from '../guide/problems';
import type { TownProfile } from './schema';

type Obj = Record<string, unknown>;

export function checkTownShape(value: unknown, file: string): { ok: true; town: TownProfile } | { ok: false; problems: GuideProblem[] } {
  const problems: GuideProblem[] = [];
  const bad = (path: PropertyKey[], vi: string, en: string): void => {
    problems.push({ file, path: formatJsonPath(path), code: 'town-shape', vi, en, severity: 'error' });
  };
  const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
  const text = (o: Obj, key: string, path: PropertyKey[], required: boolean): void => {
    const v = o[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || v.length === 0) bad([...path, key], 'cần một đoạn chữ', 'expected some text');
  };
  if (!isObj(value)) {
    bad([], 'hồ sơ phải là một đối tượng JSON { … }', 'the profile must be a JSON object { … }');
    return { ok: false, problems };
  }
  text(value, 'id', [], true);
  text(value, 'name', [], true);
  for (const key of ['hotline', 'saturday', 'postalReturn', 'feedbackUrl']) text(value, key, [], false);
  const list = (key: string, fields: [string, boolean][]): void => {
    const v = value[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) return bad([key], 'cần một danh sách [ … ]', 'expected a list [ … ]');
    v.forEach((item, i) => {
      if (!isObj(item)) return bad([key, i], 'cần một đối tượng { … }', 'expected an object { … }');
      for (const [f, required] of fields) text(item, f, [key, i], required);
    });
  };
  list('offices', [['name', true], ['address', false], ['phone', false], ['hours', false]]);
  list('questions', [['id', true], ['question', true], ['answer', true], ['guide', false], ['step', false]]);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, town: value as unknown as TownProfile };
}
