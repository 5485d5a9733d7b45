import { describe, expect, it } from 'vitest';
import * as full from '../lib/guide/problems';
import { validateGuide } from '../lib/guide/load';
import * as lite from './problems-lite';

describe('problems-lite stands in for lib/guide/problems.ts in the widget', () => {
  it('exports every name the real module exports (the widget build swaps one for the other)', () => {
    expect(Object.keys(lite).sort()).toEqual(Object.keys(full).sort());
  });

  it('keeps codes and paths: a problem found with words is found without them', () => {
    const r = validateGuide({ id: 'x', steps: [{ id: 'a' }, { id: 'a' }] }, 'x', { idFromFile: false });
    const problems = r.ok ? [] : r.problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(lite.zodIssueMessage({ code: 'invalid_type' })).toEqual({ code: 'schema/invalid_type', vi: '', en: '' });
    expect(lite.msg.duplicateId(full.KIND_STEP, 'a', 'steps[0].id')).toEqual({ vi: '', en: '' });
  });
});
