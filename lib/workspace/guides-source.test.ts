import { describe, expect, it, vi } from 'vitest';
import { overlayTestGuide as TEST_GUIDE } from '../../tests/fixtures/overlay-guide';
import { followGuides } from './guides-source';

describe('followGuides', () => {
  it('asks the background again when it says guides:changed, and hands the new list on', async () => {
    let hear: (message: unknown) => void = () => {};
    const newer = { ...TEST_GUIDE, version: TEST_GUIDE.version + 1 };
    const send = vi.fn(async () => ({ ok: true, guides: [newer] }));
    const onGuides = vi.fn();
    const stop = followGuides({ send, listen: (l) => ((hear = l), () => (hear = () => {})), onGuides });
    hear({ type: 'session:changed' });
    expect(send).not.toHaveBeenCalled();
    hear({ type: 'guides:changed' });
    await vi.waitFor(() => expect(onGuides).toHaveBeenCalledWith([newer]));
    stop();
    hear({ type: 'guides:changed' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
