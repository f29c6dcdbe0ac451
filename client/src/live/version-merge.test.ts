import { describe, expect, it } from 'vitest';
import { createCache } from '../apollo/create-apollo-client.ts';
import { mergeSeatState, mergeTier, repairSeatFromConflict } from './version-merge.ts';
import { SeatStateFragmentDoc as SeatStateDocument } from '../generated/graphql.ts';
import type { TierCountsFragment } from '../generated/graphql.ts';

const seat = (version: number, status: 'AVAILABLE' | 'HELD' | 'SOLD', heldByMe = false) => ({ __typename: 'Seat' as const, id: '5', version, status, heldByMe });
const read = (cache: ReturnType<typeof createCache>) => cache.readFragment({ id: 'Seat:5', fragment: SeatStateDocument });

describe('version-ordered merge of live updates', () => {
  it('writes a newer version and ignores an older one or an echo of the same', () => {
    const cache = createCache();
    expect(mergeSeatState(cache, seat(2, 'HELD'))).toBe(true);
    expect(mergeSeatState(cache, seat(4, 'SOLD'))).toBe(true);
    expect(mergeSeatState(cache, seat(3, 'AVAILABLE'))).toBe(false);
    expect(mergeSeatState(cache, seat(4, 'AVAILABLE'))).toBe(false);
    expect(read(cache)).toMatchObject({ version: 4, status: 'SOLD' });
  });

  it('messages swapped in transit end on the newest state, whatever the order', () => {
    const updates = [seat(6, 'HELD'), seat(7, 'AVAILABLE'), seat(8, 'HELD', true)];
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]]) {
      const cache = createCache();
      for (const index of order) mergeSeatState(cache, updates[index]!);
      expect(read(cache)).toMatchObject({ version: 8, status: 'HELD', heldByMe: true });
    }
  });

  it('repairs a seat from a CONFLICT error as held by someone else', () => {
    const cache = createCache();
    mergeSeatState(cache, seat(3, 'AVAILABLE'));
    repairSeatFromConflict(cache, { id: '5', version: 4, status: 'HELD' });
    expect(read(cache)).toMatchObject({ version: 4, status: 'HELD', heldByMe: false });
  });

  it('guards tiers by version too', () => {
    const cache = createCache();
    const tier = (version: number, available: number): TierCountsFragment => ({
      __typename: 'Tier', id: '9', capacity: 100, available, held: 100 - available, sold: 0, version,
    });
    mergeTier(cache, tier(10, 40));
    expect(mergeTier(cache, tier(9, 41))).toBe(false);
    expect(mergeTier(cache, tier(11, 39))).toBe(true);
  });
});
