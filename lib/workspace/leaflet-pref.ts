/**
 * The town's page address for a guide, printed as a QR code on leaflets from the side panel (the widget
 * has its `leaflet-url` attribute). `{id}` stands for the guide id. Kept in extension storage.
 */
import type { KeyValueArea } from '../overlay/run-store';
import { townPageUrl } from '../leaflet/content';

export const LEAFLET_URL_KEY = 'prefs:leaflet-url';

export async function loadLeafletUrl(area: Pick<KeyValueArea, 'get'>): Promise<string | null> {
  const stored = await area.get(LEAFLET_URL_KEY);
  return typeof stored === 'string' && stored.trim() !== '' ? stored : null;
}

/** Saves an absolute http(s) address (empty clears it); false: not such an address, nothing saved. */
export async function saveLeafletUrl(area: Pick<KeyValueArea, 'set'>, text: string): Promise<boolean> {
  const value = text.trim();
  if (value !== '' && townPageUrl(value, 'thu-tuc', 'invalid:') === null) return false;
  await area.set(LEAFLET_URL_KEY, value);
  return true;
}
