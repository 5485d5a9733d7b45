// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDomWatcher } from './dom-watcher';
import { watchRoute } from './route-watcher';

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
// happy-dom's page origin; only the path matters here.
const START = '/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';
const at = (path: string): string => new URL(path, window.location.origin).href;

afterEach(() => {
  window.history.replaceState(null, '', START);
});

describe('watchRoute', () => {
  it('notices a pushState route change through the DOM batch the SPA renders', async () => {
    window.history.replaceState(null, '', START);
    const watcher = createDomWatcher(document);
    const onChange = vi.fn();
    const stop = watchRoute(window, watcher, onChange);

    // The page's own pushState fires no event an isolated world can hear...
    window.history.pushState(null, '', '/tra-cuu-ho-so');
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    // ...but the SPA re-renders for the new route.
    document.body.append(document.createElement('div'));
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(at('/tra-cuu-ho-so'));

    // DOM changes without a route change are not route changes.
    document.body.append(document.createElement('div'));
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('notices back/forward (popstate) and hash routes (hashchange)', async () => {
    window.history.replaceState(null, '', START);
    const watcher = createDomWatcher(document);
    const onChange = vi.fn();
    const stop = watchRoute(window, watcher, onChange);

    window.history.replaceState(null, '', '/');
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    expect(onChange).toHaveBeenLastCalledWith(at('/'));

    window.history.replaceState(null, '', '/#/ke-khai/2.000987');
    window.dispatchEvent(new window.HashChangeEvent('hashchange'));
    expect(onChange).toHaveBeenLastCalledWith(at('/#/ke-khai/2.000987'));

    // An event without a change is not reported.
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('uses the Navigation API when the browser has one', () => {
    window.history.replaceState(null, '', START);
    const navigation = new window.EventTarget();
    const win = Object.create(window, { navigation: { value: navigation } }) as Window;
    Object.defineProperty(win, 'location', { value: window.location });
    Object.defineProperty(win, 'addEventListener', { value: window.addEventListener.bind(window) });
    Object.defineProperty(win, 'removeEventListener', { value: window.removeEventListener.bind(window) });
    const onChange = vi.fn();
    const watcher = createDomWatcher(document);
    const stop = watchRoute(win, watcher, onChange);
    // With the Navigation API there is nothing to observe while no guide runs.
    expect(watcher.subscriberCount).toBe(0);
    window.history.replaceState(null, '', '/dvc-dich-vu-cong-truc-tuyen');
    navigation.dispatchEvent(new window.Event('currententrychange'));
    expect(onChange).toHaveBeenCalledWith(at('/dvc-dich-vu-cong-truc-tuyen'));
    stop();
  });

  it('stops listening and releases the DOM watcher when stopped', async () => {
    window.history.replaceState(null, '', START);
    const watcher = createDomWatcher(document);
    const onChange = vi.fn();
    const stop = watchRoute(window, watcher, onChange);
    expect(watcher.subscriberCount).toBe(1);
    stop();
    expect(watcher.subscriberCount).toBe(0);
    window.history.replaceState(null, '', '/ho-tro');
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    document.body.append(document.createElement('div'));
    await flush();
    expect(onChange).not.toHaveBeenCalled();
  });
});
