import type { WebhookType } from '../webhooks/webhook-view.ts';

/**
 * A CTE that writes one webhook delivery per row of `source` and webhook subscribed to its event
 * and `type`, inside the statement that makes the change: the delivery commits with the change or
 * not at all (a statement that undoes itself, or fails, leaves no delivery). `source` selects
 * `event_id` and `data` (jsonb), the body's `data`. The background worker (webhooks/) sends them.
 */
export function outboxCte(name: string, type: WebhookType, source: string, now: string): string {
  return `
${name} as (
  insert into webhook_outbox (webhook_id, event_id, type, payload, created_at, next_attempt_at)
  select w.id, x.event_id, '${type}', jsonb_build_object('type', '${type}', 'timestamp', ${now}::timestamptz, 'data', x.data), ${now}, ${now}
  from (${source}) x
  join webhooks w on w.deleted_at is null and w.event_ids @> array[x.event_id] and w.types @> array['${type}']::text[]
  returning id
)`;
}

/** An order as a webhook's `data`: what a partner's back office needs without asking again. */
export const orderWebhookData = (order: string, user: string, tickets: string) => `jsonb_build_object(
  'orderId', ${order}.id::text, 'eventId', ${order}.event_id::text, 'status', ${order}.status, 'totalCents', ${order}.total_cents,
  'currency', ${order}.currency, 'idempotencyKey', ${order}.idempotency_key, 'createdAt', ${order}.created_at, 'cancelledAt', ${order}.cancelled_at,
  'buyer', jsonb_build_object('email', coalesce(${order}.buyer_email, ${user}.email), 'name', coalesce(${order}.buyer_name, ${user}.name)),
  'tickets', ${tickets})`;

/** A sold-out tier as a webhook's `data` (a checkout's sale and the tier-count job both write it). */
export const tierSoldOutData = (tier: string) =>
  `jsonb_build_object('tierId', ${tier}.id::text, 'eventId', ${tier}.event_id::text, 'name', ${tier}.name, 'kind', ${tier}.kind, 'capacity', ${tier}.capacity, 'sold', ${tier}.sold)`;
