import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGuideJson, validateGuide } from './load';
import { guideFileText } from './published';

describe('a published guide file', () => {
  const file = 'guides/dang-ky-khai-sinh.json';
  const loaded = parseGuideJson(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);

  it('leaves out the notes for authors, and what stays is the same guide, still valid', () => {
    expect(loaded.guide.unverified?.length).toBeGreaterThan(0);
    const published = JSON.parse(guideFileText(loaded.guide)) as Record<string, unknown>;
    expect(published.unverified).toBeUndefined();
    expect(published.$schema).toBeUndefined();
    const { $schema: _s, unverified: _u, ...rest } = loaded.guide;
    expect(published).toEqual(rest);
    expect(validateGuide(published, 'dang-ky-khai-sinh', { idFromFile: false }).ok).toBe(true);
  });
});
