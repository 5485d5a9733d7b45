/**
 * The side panel's guides: the ones in use, asked of the background (bundled, or newer from the town's
 * catalog), so a session is started from the same copy the portal overlay follows.
 */
import type { GuidesRequest, GuidesResponse } from '../guide/guide-messages';
import type { Guide } from '../guide/schema';

export async function requestGuides(send: (message: GuidesRequest) => Promise<unknown>): Promise<readonly Guide[]> {
  const response = (await send({ type: 'guides:get' })) as GuidesResponse | undefined;
  if (!response) throw new Error('no answer from the extension background');
  if (!response.ok) throw new Error(response.error);
  return response.guides;
}
