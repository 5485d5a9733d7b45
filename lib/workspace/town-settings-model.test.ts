import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { TOWN_KEY } from '../town/town-store';
import { createTownSettingsModel } from './town-settings-model';

const EXAMPLE = readFileSync('town/phuong-cua-lo.json', 'utf8');

function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k: string) => data.get(k),
    set: async (k: string, v: unknown) => void data.set(k, v),
    remove: async (k: string) => void data.delete(k),
  };
}

describe('town profile in the options', () => {
  it('a valid file is stored and shown as in use', async () => {
    const area = memoryArea();
    const m = createTownSettingsModel({ area, requestPermission: async () => true, fetchText: async () => '' });
    await m.saveFromFile('phuong-cua-lo.json', EXAMPLE);
    expect(m.problems.value).toEqual([]);
    expect(m.stored.value?.town.id).toBe('phuong-cua-lo');
    expect((area.data.get(TOWN_KEY) as { source: string }).source).toBe('phuong-cua-lo.json');
  });

  it('a broken file is not stored, the profile in use stays, and the problems name file and field', async () => {
    const area = memoryArea();
    const m = createTownSettingsModel({ area, requestPermission: async () => true, fetchText: async () => '' });
    await m.saveFromFile('tot.json', EXAMPLE);
    await m.saveFromFile('hong.json', EXAMPLE.replace('"hotline": "0238 000 0000"', '"hotline": "không có"'));
    expect(m.problems.value.map((p) => `${p.file}: ${p.path}`)).toEqual(['hong.json: hotline']);
    expect((area.data.get(TOWN_KEY) as { source: string }).source).toBe('tot.json');
  });

  it('asks for the site before fetching, and says so when refused', async () => {
    const area = memoryArea();
    const fetchText = vi.fn(async () => EXAMPLE);
    const refuse = createTownSettingsModel({ area, requestPermission: async () => false, fetchText });
    refuse.setUrlInput('https://xa.example.gov.vn/widget/town.json');
    await refuse.saveFromUrl();
    expect(fetchText).not.toHaveBeenCalled();
    expect(refuse.notice.value).toEqual({ kind: 'permission', host: 'xa.example.gov.vn' });
    const allow = createTownSettingsModel({ area, requestPermission: async () => true, fetchText });
    allow.setUrlInput('https://xa.example.gov.vn/widget/town.json');
    await allow.saveFromUrl();
    expect(allow.stored.value?.source).toBe('https://xa.example.gov.vn/widget/town.json');
  });
});
