import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

/**
 * A price category. For GENERAL_ADMISSION tiers `held` and `sold` are counters changed by
 * conditional updates (CHECK held + sold <= capacity in the database). RESERVED tiers keep them
 * at zero: their counts come from their seats, so that reserving a seat never contends on the
 * tier's row.
 */
export const TierSchema = defineEntity({
  name: 'Tier',
  tableName: 'tiers',
  properties: {
    id: p.integer().primary(),
    eventId: p.integer(),
    name: p.string(),
    kind: p.enum(['RESERVED', 'GENERAL_ADMISSION'] as const),
    priceCents: p.integer(),
    currency: p.string(),
    capacity: p.integer(),
    held: p.integer(),
    sold: p.integer(),
    version: p.integer(),
  },
});
export type Tier = InferEntity<typeof TierSchema>;
export type TierKind = Tier['kind'];
