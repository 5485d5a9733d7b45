// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOverlayModel, TARGET_ATTRIBUTE, type OverlayModel } from '../overlay/overlay-model';
import { createMemoryProgressPort } from '../overlay/progress-port';
import { overlayTestGuide, START_URL } from '../../tests/fixtures/overlay-guide';
import { draftAsGuide, draftFromGuide, repairTarget } from './draft';

const NOW = Date.UTC(2026, 11, 1);
const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('a draft in the overlay (useGuide)', () => {
  let model: OverlayModel | null = null;
  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(START_URL);
    document.body.innerHTML = '<main><button type="button" id="renamed">Gửi hồ sơ đi</button></main>';
  });
  afterEach(() => model?.dispose());

  it('a repaired draft replaces the running guide in place: same step, the new target found', async () => {
    const progress = createMemoryProgressPort();
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [overlayTestGuide], progress, isVisible: () => true, targetTimeoutMs: 50 });
    await model.init();
    model.start(overlayTestGuide.id);
    await tick(100);
    expect(model.target.value.kind).toBe('not-found');
    const stepId = model.run.value?.step.value.id as string;

    const repaired = repairTarget(draftFromGuide(overlayTestGuide, NOW), stepId, [{ text: 'Gửi hồ sơ đi', role: 'button' }], NOW);
    const guide = draftAsGuide(repaired, NOW);
    if (!guide) throw new Error('draft does not load');
    model.useGuide(guide, false);
    await tick();
    expect(model.run.value?.guide.version).toBe(overlayTestGuide.version + 1);
    expect(model.run.value?.step.value.id).toBe(stepId);
    expect(document.getElementById('renamed')?.getAttribute(TARGET_ATTRIBUTE)).toBe(stepId);
    expect(progress.current()).toMatchObject({ guideId: overlayTestGuide.id, guideVersion: overlayTestGuide.version + 1 });
  });

  it('starts a draft at once when asked to play it', async () => {
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [], progress: createMemoryProgressPort(), isVisible: () => true });
    await model.init();
    const guide = draftAsGuide(draftFromGuide(overlayTestGuide, NOW), NOW);
    model.useGuide(guide!, true);
    expect(model.mode.value).toBe('running');
    expect(model.run.value?.stepIndex.value).toBe(0);
  });
});
