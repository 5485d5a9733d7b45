import { describe, expect, it } from 'vitest';
import { bundledGuides } from '../guide/bundled';
import { COMMON_GUIDE_IDS } from './common-guides';
import { TICKS_KEY_PREFIX, clearTicks, createFinderModel, type TicksArea } from './finder-model';
import type { OpenGuideResponse } from './protocol';

function memoryArea(): TicksArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}

function setup(answer: OpenGuideResponse = { ok: true, tabId: 3 }) {
  const ticks = memoryArea();
  const opened: string[] = [];
  const model = createFinderModel({
    ticks,
    openGuide: async (id) => {
      opened.push(id);
      return answer;
    },
  });
  model.setGuides(bundledGuides);
  return { model, ticks, opened };
}

describe('createFinderModel', () => {
  it('lists the common guides first, in order, then every other guide once', () => {
    const { model } = setup();
    const list = model.list.value;
    if (list.kind !== 'browse') throw new Error(list.kind);
    expect(list.common.map((g) => g.id)).toEqual(COMMON_GUIDE_IDS);
    expect(list.common.length + list.others.length).toBe(bundledGuides.length);
    expect(list.others.some((g) => COMMON_GUIDE_IDS.includes(g.id))).toBe(false);
  });

  it('finds guides without diacritics', () => {
    const { model } = setup();
    model.setQuery('khai sinh');
    const list = model.list.value;
    expect(list.kind).toBe('found');
    if (list.kind === 'found') expect(list.guides[0]!.id).toBe('dang-ky-khai-sinh');
    model.setQuery('LY LICH tu phap');
    expect(model.list.value.kind === 'found' && model.list.value.guides[0]!.id).toBe('cap-phieu-ly-lich-tu-phap');
  });

  it("offers the portal's search for words that find no guide", () => {
    const { model } = setup();
    model.setQuery('hộ chiếu phổ thông');
    expect(model.list.value).toEqual({
      kind: 'none',
      query: 'hộ chiếu phổ thông',
      portalSearch: 'https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=h%E1%BB%99%20chi%E1%BA%BFu%20ph%E1%BB%95%20th%C3%B4ng',
    });
  });

  it('keeps the ticked papers of each guide', async () => {
    const { model, ticks } = setup();
    await model.select('dang-ky-khai-sinh');
    const [a, b] = model.selected.value!.documents;
    await model.toggle(a!.id, true);
    await model.toggle(b!.id, true);
    await model.toggle(a!.id, false);
    expect([...model.checked.value]).toEqual([b!.id]);
    expect(ticks.data.get(`${TICKS_KEY_PREFIX}dang-ky-khai-sinh`)).toEqual([b!.id]);

    await model.select('dang-ky-thuong-tru');
    expect(model.checked.value.size).toBe(0);
    await model.select('dang-ky-khai-sinh');
    expect([...model.checked.value]).toEqual([b!.id]);
  });

  it('opens the selected guide on the portal and says how it went', async () => {
    const ok = setup();
    await ok.model.select('dang-ky-khai-sinh');
    expect(ok.model.startUrl.value).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
    await ok.model.openOnPortal();
    expect(ok.opened).toEqual(['dang-ky-khai-sinh']);
    expect(ok.model.open.value).toEqual({ state: 'opened' });
    ok.model.back();
    expect(ok.model.selected.value).toBeNull();
    expect(ok.model.open.value).toEqual({ state: 'idle' });

    const failing = setup({ ok: false, error: 'no tab id' });
    await failing.model.select('dang-ky-khai-sinh');
    await failing.model.openOnPortal();
    expect(failing.model.open.value).toEqual({ state: 'failed', reason: 'no tab id' });
  });
});

describe('clearTicks', () => {
  it('removes the ticks of every guide and nothing else', async () => {
    const data = new Map<string, unknown>([
      [`${TICKS_KEY_PREFIX}a`, ['x']],
      [`${TICKS_KEY_PREFIX}b`, ['y']],
      ['prefs:mode', 'helper'],
    ]);
    await clearTicks({ keys: async () => [...data.keys()], remove: async (k) => void data.delete(k) });
    expect([...data.keys()]).toEqual(['prefs:mode']);
  });
});
