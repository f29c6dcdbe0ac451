import type { Batchable } from './coalesce.ts';
import { HOLD_SEATS_BATCHABLE } from './hold-seats.ts';
import { HOLD_TICKETS_BATCHABLE } from './hold-tickets.ts';

/** The transitions whose concurrent requests are coalesced (the hot paths of an on-sale): their batch functions are installed at start-up. */
export const BATCHABLE_TRANSITIONS: readonly Batchable<string>[] = [HOLD_SEATS_BATCHABLE, HOLD_TICKETS_BATCHABLE] as unknown as readonly Batchable<string>[];
