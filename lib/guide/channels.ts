/**
 * The ways of applying a procedure offers, in the order a resident reads them: online first (the town's
 * aim), then by post, then in person. The widget's facts table and the printed leaflet list the same rows.
 */
import type { Channel, Procedure } from './schema';

export type ChannelKey = 'online' | 'postal' | 'inPerson';

export interface ChannelRow {
  key: ChannelKey;
  channel: Channel;
}

const ORDER: readonly ChannelKey[] = ['online', 'postal', 'inPerson'];

/** The procedure's channels that it has, in reading order; none for a guide without a procedure. */
export function channelRows(procedure: Pick<Procedure, 'channels'> | undefined): ChannelRow[] {
  const channels = procedure?.channels;
  if (!channels) return [];
  return ORDER.flatMap((key) => {
    const channel = channels[key];
    return channel ? [{ key, channel }] : [];
  });
}
