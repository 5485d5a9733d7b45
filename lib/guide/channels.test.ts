import { describe, expect, it } from 'vitest';
import { channelRows } from './channels';
import type { Channel } from './schema';

const channel = (feeVnd: number): Channel => ({ feeVnd, time: { qty: 1, unit: 'other' } }) as Channel;

describe('channelRows', () => {
  it('lists the channels a procedure has, online first, then by post, then in person', () => {
    const rows = channelRows({ channels: { inPerson: channel(3), online: channel(1) } });
    expect(rows.map((r) => [r.key, r.channel.feeVnd])).toEqual([
      ['online', 1],
      ['inPerson', 3],
    ]);
  });

  it('has no rows for a guide without a procedure', () => {
    expect(channelRows(undefined)).toEqual([]);
  });
});
