import { describe, expect, it } from 'vitest';
import type { TierFieldsFragment } from '../generated/graphql.ts';
import { withLiveCounts } from './live-tier-counts.ts';

const tier = (id: string, kind: TierFieldsFragment['kind']): TierFieldsFragment => ({
  __typename: 'Tier', id, eventId: '1', name: id, kind, priceCents: 100, currency: 'EUR', capacity: 3, available: 3, held: 0, sold: 0, version: 1,
});

describe('live tier counts', () => {
  it('counts reserved tiers from the map’s seat states and leaves general admission to the server', () => {
    const counter = { tierIds: ['R'], tier: () => ({ available: 1, held: 1, sold: 1 }) };
    const [reserved, general] = withLiveCounts([tier('R', 'RESERVED'), tier('G', 'GENERAL_ADMISSION')], counter);
    expect(reserved).toMatchObject({ available: 1, held: 1, sold: 1 });
    expect(general).toMatchObject({ available: 3, held: 0, sold: 0 });
    expect(withLiveCounts([tier('R', 'RESERVED')], null)[0]).toMatchObject({ available: 3 });
  });
});
