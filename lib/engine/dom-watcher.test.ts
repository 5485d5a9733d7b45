// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDomWatcher, waitForTarget, watchForTarget } from './dom-watcher';

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createDomWatcher', () => {
  it('calls every subscriber once per mutation batch, and only while subscribed', async () => {
    const watcher = createDomWatcher(document);
    const a = vi.fn();
    const b = vi.fn();
    const offA = watcher.subscribe(a);
    const offB = watcher.subscribe(b);
    const app = document.getElementById('app');
    app?.append(document.createElement('div'), document.createElement('div'));
    app?.setAttribute('class', 'loaded');
    await flush();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    offA();
    app?.append(document.createElement('p'));
    await flush();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    offB();
  });

  it('connects one observer for the first subscriber and disconnects after the last', () => {
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    const watcher = createDomWatcher(document);
    expect(observe).not.toHaveBeenCalled();
    const off1 = watcher.subscribe(() => {});
    const off2 = watcher.subscribe(() => {});
    expect(observe).toHaveBeenCalledTimes(1);
    expect(watcher.subscriberCount).toBe(2);
    off1();
    off1();
    expect(disconnect).not.toHaveBeenCalled();
    off2();
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(watcher.subscriberCount).toBe(0);
  });

  it('ignores changes inside our own overlay and attributes outside the filter', async () => {
    const overlay = document.createElement('dvc-guide-overlay');
    document.body.append(overlay);
    const watcher = createDomWatcher(document);
    const cb = vi.fn();
    const off = watcher.subscribe(cb);
    overlay.append(document.createElement('div'));
    overlay.setAttribute('class', 'open');
    document.getElementById('app')?.setAttribute('data-state', 'x');
    await flush();
    expect(cb).not.toHaveBeenCalled();
    document.getElementById('app')?.setAttribute('hidden', '');
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
    off();
  });

  it('ignores changes inside hidden parts of the page, and sees them shown', async () => {
    const ticker = document.createElement('div');
    ticker.setAttribute('aria-hidden', 'true');
    const panel = document.createElement('section');
    panel.hidden = true;
    document.body.append(ticker, panel);
    const watcher = createDomWatcher(document);
    const cb = vi.fn();
    const off = watcher.subscribe(cb);
    ticker.append(document.createElement('span'));
    ticker.textContent = 'Mục 1';
    panel.append(document.createElement('button'));
    panel.setAttribute('class', 'ready');
    await flush();
    expect(cb).not.toHaveBeenCalled();
    panel.hidden = false;
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
    panel.append(document.createElement('button'));
    await flush();
    expect(cb).toHaveBeenCalledTimes(2);
    off();
  });

  it('sees changes inside open shadow roots', async () => {
    const host = document.createElement('x-app');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const watcher = createDomWatcher(document);
    const cb = vi.fn();
    const off = watcher.subscribe(cb);
    shadow.append(document.createElement('button'));
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
    off();
  });

  it('keeps notifying the others when one subscriber throws', async () => {
    const watcher = createDomWatcher(document);
    const ok = vi.fn();
    const offBad = watcher.subscribe(() => {
      throw new Error('broken');
    });
    const offOk = watcher.subscribe(ok);
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.getElementById('app')?.append(document.createElement('div'));
    await flush();
    expect(ok).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalled();
    offBad();
    offOk();
  });
});

describe('waitForTarget', () => {
  it('resolves at once when the target is already there', async () => {
    document.body.innerHTML = '<button id="b">Nộp hồ sơ</button>';
    const watcher = createDomWatcher(document);
    const result = await waitForTarget(watcher, document, [{ text: 'Nộp hồ sơ', role: 'button' }], { timeoutMs: 50 });
    expect(result?.element.id).toBe('b');
    expect(watcher.subscriberCount).toBe(0);
  });

  it('resolves when the SPA renders the target later, then stops watching', async () => {
    const watcher = createDomWatcher(document);
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    const pending = waitForTarget(watcher, document, [{ testId: 'confirm-button-information' }], { timeoutMs: 2000 });
    expect(watcher.subscriberCount).toBe(1);
    await flush();
    const modal = document.createElement('div');
    modal.innerHTML = '<h2>Thông tin chung</h2><button data-e2e="confirm-button-information">Xác nhận</button>';
    document.getElementById('app')?.append(modal);
    const result = await pending;
    expect(result?.element.textContent).toBe('Xác nhận');
    expect(watcher.subscriberCount).toBe(0);
    expect(disconnect).toHaveBeenCalled();
  });

  it('waits for a hidden target to become visible', async () => {
    document.body.innerHTML = '<div id="modal" hidden><button>Xác nhận</button></div>';
    const watcher = createDomWatcher(document);
    const pending = waitForTarget(watcher, document, [{ text: 'Xác nhận', role: 'button' }], { timeoutMs: 2000 });
    await flush();
    document.getElementById('modal')?.removeAttribute('hidden');
    expect((await pending)?.element.tagName).toBe('BUTTON');
  });

  it('resolves null after the timeout and leaves no observer or timer behind', async () => {
    vi.useFakeTimers();
    const watcher = createDomWatcher(document);
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    const pending = waitForTarget(watcher, document, [{ id: 'never' }], { timeoutMs: 3000 });
    expect(watcher.subscriberCount).toBe(1);
    await vi.advanceTimersByTimeAsync(2999);
    expect(watcher.subscriberCount).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toBeNull();
    expect(watcher.subscriberCount).toBe(0);
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves null when aborted, and at once when already aborted', async () => {
    const watcher = createDomWatcher(document);
    const controller = new AbortController();
    const pending = waitForTarget(watcher, document, [{ id: 'never' }], { timeoutMs: 60_000, signal: controller.signal });
    controller.abort();
    expect(await pending).toBeNull();
    expect(watcher.subscriberCount).toBe(0);
    expect(await waitForTarget(watcher, document, [{ id: 'never' }], { timeoutMs: 60_000, signal: controller.signal })).toBeNull();
    expect(watcher.subscriberCount).toBe(0);
  });
});

describe('watchForTarget', () => {
  it('runs one check at a time on a page that keeps changing, then one more after a frame, and finds the late target', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<main id="app">${'<p>Đang tải</p>'.repeat(20)}</main>`;
    const watcher = createDomWatcher(document);
    const pending: Array<() => void> = [];
    let checks = 0;
    const onFound = vi.fn();
    // No role: the whole page's text is indexed first, in steps, so the check pauses along the way.
    const stop = watchForTarget(watcher, document, [{ text: 'Xác nhận' }], onFound, {
      // Every step pauses and the test runs the paused work by hand: the first check stays in flight.
      sliceMs: 0,
      minSteps: 1,
      now: () => 0,
      queueTask: (run) => pending.push(run),
      onCheck: () => checks++,
    });
    expect(checks).toBe(1);
    const app = document.getElementById('app') as HTMLElement;
    for (let i = 0; i < 10; i++) {
      app.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(0);
    }
    app.insertAdjacentHTML('beforeend', '<button>Xác nhận</button>');
    await vi.advanceTimersByTimeAsync(0);
    expect(checks).toBe(1);
    const drain = async (): Promise<void> => {
      while (pending.length > 0) pending.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    };
    await drain();
    // The first check began before the button came; the changes during it ask for exactly one more,
    // a frame later (it needed more than one slice).
    expect(checks).toBe(1);
    await vi.advanceTimersByTimeAsync(16);
    expect(checks).toBe(2);
    await drain();
    expect(onFound).toHaveBeenCalledTimes(1);
    expect(onFound.mock.calls[0]?.[0].element.textContent).toBe('Xác nhận');
    expect(watcher.subscriberCount).toBe(0);
    stop();
  });
});
