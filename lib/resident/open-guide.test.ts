import { describe, expect, it } from 'vitest';
import { bundledGuides } from '../guide/bundled';
import type { RunRecord } from '../overlay/progress-port';
import { openGuideOnPortal, type OpenGuideDeps } from './open-guide';

function fakes(tabId: number | undefined = 7) {
  const events: string[] = [];
  const saved = new Map<number, RunRecord>();
  const deps: OpenGuideDeps = {
    getGuides: async () => bundledGuides,
    createTab: async (url) => {
      events.push(`tab ${url}`);
      return tabId;
    },
    saveRun: async (id, record) => {
      events.push(`save ${id}`);
      saved.set(id, record);
    },
    notifyTab: (id) => void events.push(`notify ${id}`),
    now: () => 1000,
  };
  return { deps, events, saved };
}

describe('openGuideOnPortal', () => {
  it("opens the start page and stores the run at step 1 for that tab before telling it", async () => {
    const { deps, events, saved } = fakes();
    const guide = bundledGuides.find((g) => g.id === 'dang-ky-khai-sinh')!;
    expect(await openGuideOnPortal(deps, guide.id)).toEqual({ ok: true, tabId: 7 });
    expect(events).toEqual([`tab https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${guide.procedure!.portalId}`, 'save 7', 'notify 7']);
    expect(saved.get(7)).toEqual({ guideId: guide.id, guideVersion: guide.version, stepIndex: 0, completed: [], updatedAt: 1000 });
  });

  it('says why when there is nothing to open, and opens no tab', async () => {
    const { deps, events } = fakes();
    expect(await openGuideOnPortal(deps, 'khong-co')).toEqual({ ok: false, error: 'no guide khong-co' });
    expect(await openGuideOnPortal(deps, 'nhan-ket-qua-qua-buu-dien')).toEqual({ ok: false, error: 'guide nhan-ket-qua-qua-buu-dien has no start page' });
    expect(events).toEqual([]);
  });

  it('turns a failure of the browser into an answer', async () => {
    const { deps } = fakes();
    deps.createTab = async () => {
      throw new Error('Tabs cannot be edited right now');
    };
    expect(await openGuideOnPortal(deps, 'dang-ky-khai-sinh')).toEqual({ ok: false, error: 'Tabs cannot be edited right now' });
  });
});
