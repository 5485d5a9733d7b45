/**
 * A part of the widget loaded from the script's folder when first needed (a dynamic import: the browser
 * fetches the chunk once and keeps it for every widget on the page).
 */
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A chunk's loader that remembers the module once in, whoever asked: the guide view's chunk is loaded
 * to validate the guide before the view renders, so its first render has it already (no effect and
 * second render, a frame or more on a slow phone).
 */
function remembered<T>(load: () => Promise<T>): () => Promise<T> {
  const fn = (): Promise<T> =>
    // Once in, no second import(): its answer can take a task, and a frame can be drawn in between.
    loaded.has(fn)
      ? Promise.resolve(loaded.get(fn) as T)
      : load().then((m) => {
          loaded.set(fn, m);
          return m;
        });
  return fn;
}

export function useChunk<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [state, setMod] = useState<T | null>((loaded.get(load) as T | undefined) ?? null);
  const mod = state ?? ((loaded.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (!wanted || mod) return;
    let live = true;
    void load().then((m) => {
      loaded.set(load, m);
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return mod;
}

export const catalogChunk = remembered((): Promise<typeof import('./CatalogView')> => import('./CatalogView'));
export const guideChunk = remembered((): Promise<typeof import('./guide-chunk')> => import('./guide-chunk'));
export const guideExtrasChunk = remembered((): Promise<typeof import('./guide-extras')> => import('./guide-extras'));
