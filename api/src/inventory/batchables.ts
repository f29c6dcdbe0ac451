import type { Batchable } from './coalesce.ts';
import { HOLD_SEATS_BATCHABLE } from './hold-seats.ts';
import { HOLD_TICKETS_BATCHABLE } from './hold-tickets.ts';
import { QUEUE_JOIN_BATCHABLE } from '../queue/join-statement.ts';
import { RELEASE_SEAT_BATCHABLE } from './release-seat.ts';
import { SELL_HOLD_BATCHABLE } from './sell-hold.ts';

/** The transitions whose concurrent requests are coalesced (the hot paths of an on-sale, and of a waiting room filling): their batch functions are installed at start-up. */
export const BATCHABLE_TRANSITIONS: readonly Batchable<string>[] = [HOLD_SEATS_BATCHABLE, HOLD_TICKETS_BATCHABLE, RELEASE_SEAT_BATCHABLE, SELL_HOLD_BATCHABLE, QUEUE_JOIN_BATCHABLE] as unknown as readonly Batchable<string>[];
