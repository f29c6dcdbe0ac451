/** A waitlist entry as the GraphQL `WaitlistEntry` resolves. */
export interface WaitlistEntryView {
  id: number;
  eventId: number;
  tierId: number;
  buyerId: number;
  quantity: number;
  status: 'WAITING' | 'OFFERED' | 'LEFT' | 'PASSED';
  createdAt: Date | string;
  offered: number | null;
  holdId: number | null;
  /** Place in the tier's line while waiting (1 first). */
  position: number | null;
}

/** Columns of an entry as WaitlistEntryView, with its place in line, for reads (alias `w`). */
export const ENTRY_COLUMNS = `w.id, w.event_id as "eventId", w.tier_id as "tierId", w.buyer_id as "buyerId", w.quantity, w.status,
  w.created_at as "createdAt", w.offered, w.hold_id as "holdId",
  case when w.status = 'WAITING' then (select count(*)::int from waitlist_entries o where o.tier_id = w.tier_id and o.status = 'WAITING' and o.id <= w.id) end as position`;
