import type { GraphQLContext } from '../context.ts';
import { EventSchema } from '../events/event.entity.ts';
import { checkIn as checkInTransition, type ScannedTicket } from '../inventory/check-in.ts';
import type { TicketView } from '../orders/order-view.ts';
import { requireKeyOn } from '../partners/access.ts';
import { notFound } from '../shared/errors.ts';
import { requireUser } from '../shared/guards.ts';

export type CheckInStatus = 'CHECKED_IN' | 'ALREADY_CHECKED_IN' | 'CANCELLED' | 'WRONG_EVENT' | 'UNKNOWN';

export interface CheckInAnswer {
  status: CheckInStatus;
  ticket: TicketView | null;
  firstCheckedInAt: Date | string | null;
}

const ticketOf = (t: ScannedTicket): TicketView => ({ ...t });

/** The door may scan for an event: its organiser, or a key with CHECK_IN on it. Anyone else: NOT_FOUND. */
async function requireDoor(ctx: GraphQLContext, eventId: number): Promise<void> {
  if (ctx.apiKey) {
    requireKeyOn(ctx, 'CHECK_IN', eventId);
    return;
  }
  const user = requireUser(ctx);
  const event = await ctx.em.findOne(EventSchema, eventId);
  if (!event || event.organizerId !== user.id) throw notFound('Event', String(eventId));
}

/**
 * Scans a ticket (inventory/check-in.ts): exactly one of any number of concurrent scans lets it in.
 * A scanner wants an answer, not an error: every outcome is a status.
 */
export async function checkIn(ctx: GraphQLContext, eventId: number, secret: string): Promise<CheckInAnswer> {
  await requireDoor(ctx, eventId);
  // No ticket's secret is longer (or has a NUL, which PostgreSQL refuses): unknown, without asking.
  if (secret.length === 0 || secret.length > 200 || secret.includes('\0')) return { status: 'UNKNOWN', ticket: null, firstCheckedInAt: null };
  const outcome = await checkInTransition(ctx.app.inventory, eventId, secret.trim(), ctx.app.clock.now());
  switch (outcome.kind) {
    case 'checked-in':
      return { status: 'CHECKED_IN', ticket: ticketOf(outcome.ticket), firstCheckedInAt: outcome.at };
    case 'already':
      return { status: 'ALREADY_CHECKED_IN', ticket: ticketOf(outcome.ticket), firstCheckedInAt: outcome.at };
    case 'cancelled':
      return { status: 'CANCELLED', ticket: ticketOf(outcome.ticket), firstCheckedInAt: outcome.ticket.checkedInAt ?? null };
    case 'wrong-event':
      return { status: 'WRONG_EVENT', ticket: null, firstCheckedInAt: null };
    case 'unknown':
      return { status: 'UNKNOWN', ticket: null, firstCheckedInAt: null };
  }
}
