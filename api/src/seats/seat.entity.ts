import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';
import { EventSchema } from '../events/event.entity.ts';
import { TierSchema } from '../events/tier.entity.ts';

/**
 * A seat. `version` is MikroORM's version field: every flush of a change runs
 * `UPDATE ... WHERE id = ? AND version = ?` and bumps it, so a stale writer gets an
 * OptimisticLockError instead of overwriting a newer state.
 * `holderId` duplicates the hold's buyer so `heldByMe` and live updates need no join.
 */
export const SeatSchema = defineEntity({
  name: 'Seat',
  tableName: 'seats',
  properties: {
    id: p.integer().primary(),
    event: p.manyToOne(EventSchema).ref(),
    tier: p.manyToOne(TierSchema).ref(),
    section: p.string(),
    row: p.string(),
    number: p.integer(),
    x: p.float(),
    y: p.float(),
    kind: p.enum(['STANDARD', 'WHEELCHAIR', 'COMPANION', 'RESTRICTED_VIEW'] as const).default('STANDARD'),
    status: p.enum(['AVAILABLE', 'HELD', 'SOLD'] as const),
    holdId: p.integer().nullable(),
    holderId: p.integer().nullable(),
    orderId: p.integer().nullable(),
    version: p.integer().version(),
  },
});
export type Seat = InferEntity<typeof SeatSchema>;
export type SeatStatus = Seat['status'];
