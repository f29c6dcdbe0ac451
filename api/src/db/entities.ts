import { UserSchema } from '../auth/user.entity.ts';
import { EventSchema } from '../events/event.entity.ts';
import { TierSchema } from '../events/tier.entity.ts';
import { VenueLayoutSchema } from '../events/venue-layout.entity.ts';
import { HoldSchema, HoldSeatSchema, HoldTicketSchema } from '../holds/hold.entity.ts';
import { OrderSchema, OrderTicketSchema } from '../orders/order.entity.ts';
import { SeatSchema } from '../seats/seat.entity.ts';

/** Listed explicitly: folder discovery does not work under vitest or type stripping. */
export const entities = [
  UserSchema,
  EventSchema,
  TierSchema,
  SeatSchema,
  HoldSchema,
  HoldSeatSchema,
  HoldTicketSchema,
  OrderSchema,
  OrderTicketSchema,
  VenueLayoutSchema,
];
