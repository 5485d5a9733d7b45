/**
 * The side panel's guides: the ones in use, asked of the background (bundled, or newer from the town's
 * catalog), so a session is started from the same copy the portal overlay follows.
 */
import { isGuidesChanged } from '../guide/catalog-messages';
import type { GuidesRequest, GuidesResponse } from '../guide/guide-messages';
import type { Guide } from '../guide/schema';

export async function requestGuides(send: (message: GuidesRequest) => Promise<unknown>): Promise<readonly Guide[]> {
  const response = (await send({ type: 'guides:get' })) as GuidesResponse | undefined;
  if (!response) throw new Error('no answer from the extension background');
  if (!response.ok) throw new Error(response.error);
  return response.guides;
}

/**
 * Keeps an open panel on the guides in use: the background says `guides:changed` when the town's catalog
 * brought newer guides (or was turned off), and the panel asks again. Returns the unsubscribe.
 */
export function followGuides(deps: {
  send: (message: GuidesRequest) => Promise<unknown>;
  /** Every runtime message this page hears. */
  listen: (listener: (message: unknown) => void) => () => void;
  onGuides: (guides: readonly Guide[]) => void;
  onError?: (err: unknown) => void;
}): () => void {
  let asking = 0;
  return deps.listen((message) => {
    if (!isGuidesChanged(message)) return;
    const mine = ++asking;
    requestGuides(deps.send).then(
      // Two changes in a row: only the last answer counts.
      (guides) => mine === asking && deps.onGuides(guides),
      (err: unknown) => deps.onError?.(err),
    );
  });
}
