// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import { createGuideRunModel, type GuideRunModel } from '../engine/guide-run';
import { createOverlayModel, type OverlayModel, type TargetState } from '../overlay/overlay-model';
import { createMemoryProgressPort } from '../overlay/progress-port';
import { overlayTestGuide, START_URL } from '../../tests/fixtures/overlay-guide';
import { watchFailures } from './failure-watch';
import type { FailureReport } from './protocol';

const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));
function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

describe('watchFailures', () => {
  let model: OverlayModel | null = null;
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    model?.dispose();
  });

  it('reports a target not found once, with the strategies tried and the step’s page patterns', async () => {
    setUrl(START_URL);
    document.body.innerHTML = '<main><p>Trang đã đổi giao diện</p></main>';
    const reports: FailureReport[] = [];
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [overlayTestGuide], progress: createMemoryProgressPort(), isVisible: () => true, targetTimeoutMs: 50 });
    stop = watchFailures(model, (r) => reports.push(r), () => location.href);
    await model.init();
    model.start('thu-nghiem');
    await tick(120);
    document.body.append(document.createElement('div'));
    await tick(60);
    expect(reports).toEqual([
      {
        guideId: 'thu-nghiem',
        guideVersion: overlayTestGuide.version,
        stepId: 'nop-ho-so',
        kind: 'target-not-found',
        tried: [{ text: 'Nộp hồ sơ', role: 'button' }],
        knownPages: overlayTestGuide.startPages,
      },
    ]);
  });

  it('reports the steps a run jumped past without doing them, once each', () => {
    const run = createGuideRunModel(overlayTestGuide);
    const fake = { run: signal<GuideRunModel | null>(run), target: signal<TargetState>({ kind: 'none' }) };
    const reports: FailureReport[] = [];
    stop = watchFailures(fake as unknown as OverlayModel, (r) => reports.push(r), () => START_URL);
    run.next(); // step 1 done by the person
    run.goTo(3); // the page showed the last step: steps 2 and 3 were never done
    expect(reports).toEqual(
      ['dang-nhap'].map((stepId) => ({ guideId: 'thu-nghiem', guideVersion: overlayTestGuide.version, stepId, kind: 'step-passed-over' })),
    );
  });
});
