/**
 * "Mở trên Cổng Dịch vụ công": open the guide's start page in a new tab with the guide already running at
 * step 1. The run is stored for the new tab before its content script asks for it, so the page shows the
 * step card at once instead of the "Bắt đầu" offer; a page that asked first is told (the same message the
 * side panel uses when it moves a helper's guide).
 */
import type { Guide } from '../guide/schema';
import type { RunRecord } from '../overlay/progress-port';
import type { OpenGuideResponse } from './protocol';
import { guideStartUrl } from './start-page';

export interface OpenGuideDeps {
  getGuides(): Promise<readonly Guide[]>;
  /** Opens a tab at `url` and gives its id. */
  createTab(url: string): Promise<number | undefined>;
  saveRun(tabId: number, record: RunRecord): Promise<void>;
  notifyTab(tabId: number, record: RunRecord): void;
  now(): number;
}

function firstStepRun(guide: Pick<Guide, 'id' | 'version'>, now: number): RunRecord {
  return { guideId: guide.id, guideVersion: guide.version, stepIndex: 0, completed: [], updatedAt: now };
}

export async function openGuideOnPortal(deps: OpenGuideDeps, guideId: string): Promise<OpenGuideResponse> {
  try {
    const guide = (await deps.getGuides()).find((g) => g.id === guideId);
    if (!guide) return { ok: false, error: `no guide ${guideId}` };
    const url = guideStartUrl(guide);
    if (!url) return { ok: false, error: `guide ${guideId} has no start page` };
    const tabId = await deps.createTab(url);
    if (tabId === undefined) return { ok: false, error: 'no tab id' };
    const record = firstStepRun(guide, deps.now());
    await deps.saveRun(tabId, record);
    deps.notifyTab(tabId, record);
    return { ok: true, tabId };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
