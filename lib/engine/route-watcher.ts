/**
 * Noticing SPA route changes from a content script. The script runs in an isolated world, so wrapping
 * the page's history.pushState sees nothing. Instead, every cheap signal that a route may have changed
 * triggers a comparison of location.href: the Navigation API where the browser has it, popstate and
 * hashchange, and every DOM batch (a SPA re-renders when it routes). No polling.
 */
import type { DomWatcher } from './dom-watcher';

interface NavigationLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

const NAVIGATION_EVENTS = ['currententrychange', 'navigatesuccess'] as const;
const WINDOW_EVENTS = ['popstate', 'hashchange'] as const;

/** Call `onChange(href)` whenever the page's URL changes; returns the function that stops watching. */
export function watchRoute(win: Window, watcher: DomWatcher, onChange: (href: string) => void): () => void {
  let last = win.location.href;
  const check = (): void => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };

  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  for (const type of NAVIGATION_EVENTS) navigation?.addEventListener(type, check);
  for (const type of WINDOW_EVENTS) win.addEventListener(type, check);
  // The Navigation API reports the page's own pushState even to an isolated world (checked in Chromium),
  // so DOM batches are only needed where it is missing: an idle overlay then observes nothing at all.
  const unsubscribe = navigation ? () => {} : watcher.subscribe(check);

  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    for (const type of NAVIGATION_EVENTS) navigation?.removeEventListener(type, check);
    for (const type of WINDOW_EVENTS) win.removeEventListener(type, check);
    unsubscribe();
  };
}
