/** Answers "which guides are in use" for the overlay and the workspace. */
import type { Guide } from '../../lib/guide/schema';
import { selectGuides, type GuidesRequest, type GuidesResponse } from '../../lib/guide/guide-messages';

export async function handleGuidesRequest(
  getGuides: () => Promise<readonly Guide[]>,
  request: GuidesRequest,
): Promise<GuidesResponse> {
  try {
    return { ok: true, guides: selectGuides(await getGuides(), request.filter) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
