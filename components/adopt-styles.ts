/**
 * Styles of a view that loads on demand (Q&A, leaflet) are added to the root it renders in (the widget's
 * shadow root, or the extension page) when it first shows, as a constructed sheet: not inline style for a
 * site's CSP, and nothing for people who never open the view.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { RefObject } from 'preact';

const added = new WeakMap<Node, Set<string>>();

function adoptStylesInto(root: Document | ShadowRoot, id: string, css: string): void {
  const seen = added.get(root) ?? new Set<string>();
  if (seen.has(id)) return;
  seen.add(id);
  added.set(root, seen);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    (root instanceof Document ? root.head : root).append(style);
  }
}

export function useAdoptedStyles(ref: RefObject<HTMLElement | null>, id: string, css: string): void {
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (root instanceof ShadowRoot || root instanceof Document) adoptStylesInto(root, id, css);
  }, []);
}
