/**
 * Where the extension keeps the town profile: one record in the extension's local storage, written by the
 * options page after validation and read by the overlay and the side panel. Pure: the storage area is passed in.
 */
import type { TownProfile } from './schema';

export const TOWN_KEY = 'dvcTownProfile';

export interface StoredTown {
  town: TownProfile;
  /** The URL or file name it came from, shown in the options. */
  source: string;
  savedAt: number;
}

export interface TownArea {
  get(key: string): Promise<unknown>;
  set?(key: string, value: unknown): Promise<void>;
  remove?(key: string): Promise<void>;
}

/** The stored profile, or null when none or when the record is not one (never throws: help must show). */
export async function loadStoredTown(area: TownArea): Promise<StoredTown | null> {
  try {
    const raw = (await area.get(TOWN_KEY)) as Partial<StoredTown> | undefined;
    const town = raw?.town;
    if (!town || typeof town !== 'object' || typeof town.id !== 'string' || typeof town.name !== 'string') return null;
    return { town, source: typeof raw.source === 'string' ? raw.source : '', savedAt: typeof raw.savedAt === 'number' ? raw.savedAt : 0 };
  } catch {
    return null;
  }
}
