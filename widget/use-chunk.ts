/**
 * A part of the widget loaded from the script's folder when first needed (a dynamic import: the browser
 * fetches the chunk once and keeps it for every widget on the page).
 */
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, unknown>();

export function useChunk<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [mod, setMod] = useState<T | null>((loaded.get(load) as T | undefined) ?? null);
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

export const catalogChunk = (): Promise<typeof import('./CatalogView')> => import('./CatalogView');
export const guideChunk = (): Promise<typeof import('./guide-chunk')> => import('./guide-chunk');
