/**
 * The `town` attribute: the address of the town's help profile (town.json, published beside guides.json).
 * Loaded once per address; a missing or broken profile is a console warning naming the file and field for the
 * webmaster, and the guides show without the town's help.
 */
import { formatProblem } from '../lib/guide/problems';
import { checkTownShape } from '../lib/town/shape';
import type { TownProfile } from '../lib/town/schema';
import type { FetchLike } from './catalog-source';

export async function loadTown(src: string, fetch: FetchLike, base: string, warn: (...args: unknown[]) => void): Promise<TownProfile | null> {
  let url: string;
  try {
    url = new URL(src, base).href;
  } catch {
    warn(`dvc-guide: town="${src}" không phải địa chỉ hợp lệ / is not a valid address`);
    return null;
  }
  try {
    const res = await fetch(url, { credentials: 'omit' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const checked = checkTownShape(JSON.parse(await res.text()) as unknown, url);
    if (checked.ok) return checked.town;
    for (const p of checked.problems) warn(`dvc-guide: ${formatProblem(p)}`);
  } catch (err) {
    warn(`dvc-guide: ${url}: không tải được hồ sơ xã/phường / could not load the town profile: ${err instanceof Error ? err.message : String(err)}`);
  }
  return null;
}
