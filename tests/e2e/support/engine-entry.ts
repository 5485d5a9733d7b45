/** Bundled into test pages by engine-in-page.ts: the overlay's findTarget, nothing else. */
import { findTarget } from '../../../lib/engine/targets';
import type { TargetStrategy } from '../../../lib/guide/schema';

(window as unknown as { __dvcFind: (s: TargetStrategy[]) => string | null }).__dvcFind = (strategies) => {
  for (const el of document.querySelectorAll('[data-dvc-e2e-found]')) el.removeAttribute('data-dvc-e2e-found');
  const found = findTarget(document, strategies);
  if (!found) return null;
  found.element.setAttribute('data-dvc-e2e-found', '');
  return `${found.index}:${found.element.tagName.toLowerCase()}`;
};
