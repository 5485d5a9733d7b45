// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlayModel, type OverlayModel } from './overlay-model';
import { createMemoryProgressPort, type ProgressPort, type RunRecord } from './progress-port';
import { START_URL } from '../../tests/fixtures/overlay-guide';

function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

describe('overlay model: failures and clean-up', () => {
  let model: OverlayModel | null = null;
  afterEach(() => model?.dispose());

  it('reports a guide-loading failure as such, not as a failure to save progress', async () => {
    setUrl(START_URL);
    const onStorageError = vi.fn();
    const onGuidesError = vi.fn();
    model = createOverlayModel({
      doc: document,
      win: window,
      loadGuides: async () => {
        throw new Error('no answer from the extension background');
      },
      progress: createMemoryProgressPort(),
      onStorageError,
      onGuidesError,
    });
    await model.init();
    expect(onGuidesError).toHaveBeenCalledTimes(1);
    expect(onStorageError).not.toHaveBeenCalled();
  });

  it('dispose() removes its progress listener', async () => {
    setUrl(START_URL);
    const listeners = new Set<(r: RunRecord | null) => void>();
    const progress: ProgressPort = {
      ...createMemoryProgressPort(),
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [], progress });
    await model.init();
    expect(listeners.size).toBe(1);
    model.dispose();
    model = null;
    expect(listeners.size).toBe(0);
  });
});
