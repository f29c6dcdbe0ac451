/**
 * How statements hand rows back: JSON objects shaped as the views (camelCase keys), built by
 * PostgreSQL, so that one statement can answer with seats, tiers and holds at once.
 */
export const seatJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'eventId', ${a}.event_id, 'tierId', ${a}.tier_id, 'version', ${a}.version, 'status', ${a}.status, ` +
  `'section', ${a}.section, 'row', ${a}."row", 'number', ${a}.number, 'x', ${a}.x, 'y', ${a}.y, 'holderId', ${a}.holder_id)`;

export const tierJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'eventId', ${a}.event_id, 'name', ${a}.name, 'kind', ${a}.kind, 'priceCents', ${a}.price_cents, ` +
  `'currency', ${a}.currency, 'capacity', ${a}.capacity, 'held', ${a}.held, 'sold', ${a}.sold, 'version', ${a}.version)`;

export const holdJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'eventId', ${a}.event_id, 'buyerId', ${a}.buyer_id, 'status', ${a}.status, 'expiresAt', ${a}.expires_at, ` +
  `'maxExpiresAt', ${a}.max_expires_at, 'itemCount', ${a}.item_count, 'itemLimit', ${a}.item_limit)`;

/** An order, shaped as OrderRow (inventory/sell-hold.ts). */
export const orderJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'eventId', ${a}.event_id, 'buyerId', ${a}.buyer_id, 'holdId', ${a}.hold_id, 'status', ${a}.status, ` +
  `'totalCents', ${a}.total_cents, 'currency', ${a}.currency, 'idempotencyKey', ${a}.idempotency_key, 'createdAt', ${a}.created_at, 'cancelledAt', ${a}.cancelled_at, ` +
  `'buyerEmail', ${a}.buyer_email, 'buyerName', ${a}.buyer_name, 'apiKeyId', ${a}.api_key_id)`;
export const ticketJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'orderId', ${a}.order_id, 'tierId', ${a}.tier_id, 'seatId', ${a}.seat_id, 'priceCents', ${a}.price_cents, 'active', ${a}.active, ` +
  `'secret', ${a}.secret, 'checkedInAt', ${a}.checked_in_at)`;

/** The current state a CONFLICT carries. */
export const seatStateJson = (a: string) => `json_build_object('id', ${a}.id::text, 'version', ${a}.version, 'status', ${a}.status)`;

/** Every row of `from` as a JSON array (empty, not null, when there is none). */
export const jsonList = (json: string, from: string, orderBy = '') =>
  `(select coalesce(json_agg(${json}${orderBy ? ` order by ${orderBy}` : ''}), '[]'::json) from ${from})`;

/** The one row of `from` as JSON, or null. */
export const jsonRow = (json: string, from: string) => `(select ${json} from ${from})`;

/**
 * Which of the tiers `tierIds` (a subquery of tier ids) have buyers on their waitlist: a read in the
 * statement that gives seats or tickets back, so that the use case offers them (inventory/offer.ts)
 * only when someone waits, without another round trip otherwise.
 */
export const waitlistedTiers = (tierIds: string) =>
  `(select coalesce(array_agg(distinct w.tier_id), '{}') from waitlist_entries w where w.status = 'WAITING' and w.tier_id in (${tierIds}))`;
