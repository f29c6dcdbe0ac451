import type { HoldDeadlines } from '../holds/hold-timing.ts';
import { Changes } from './changes.ts';
import type { ClaimedHold } from './hold-claim.ts';
import { openedTimes } from './hold-times.ts';
import { holdJson } from './rows.ts';
import { statement } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "open a hold for a hold token": an anonymous customer of a partner's key becomes an
 * account of its own (it cannot sign in: its password hash is no hash) with one empty ACTIVE hold
 * on the event, in one statement. From then on the customer is a buyer like any other to every
 * inventory statement (rules 1-9: one hold per buyer and event, the per-order limit, the
 * inactivity and life limits, the hard cap). The customer never opens a second hold: the use cases
 * pass them an events cap of 0, so once this hold has ended the token is spent.
 */
export const OPEN_TOKEN_HOLD = statement('open_token_hold', ['event', 'apiKey', 'email', 'now', 'idleUntil', 'lifeUntil', 'capUntil'], (raw) => {
  // The parameters only feed an INSERT ... SELECT here, which infers no types for them: say them.
  const p = { ...raw, now: `${raw.now}::timestamptz`, idleUntil: `${raw.idleUntil}::timestamptz`, lifeUntil: `${raw.lifeUntil}::timestamptz`, capUntil: `${raw.capUntil}::timestamptz` };
  const opened = openedTimes(p, p.capUntil);
  return `
with ev as (
  select id, status, per_order_limit from events where id = ${p.event}::int
),
customer as (
  insert into users (email, name, password_hash, role, active_holds, api_key_id)
  select ${p.email}::varchar, 'Customer', '!', 'BUYER', 1, ${p.apiKey}::int from ev where ev.status = 'ON_SALE'
  returning id
),
opened as (
  insert into holds (event_id, buyer_id, status, item_count, item_limit, created_at, last_activity_at, life_ends_at, max_expires_at, expires_at)
  select ev.id, c.id, 'ACTIVE', 0, ev.per_order_limit, ${p.now}, ${p.now}, ${opened.lifeEndsAt}, ${p.capUntil}, ${opened.expiresAt}
  from ev, customer c
  returning *
)
select (select status from ev) as "eventStatus", (select ${holdJson('opened')} from opened) as hold`;
});

export type OpenTokenHoldOutcome = { kind: 'opened'; hold: ClaimedHold; changes: Changes } | { kind: 'missing' } | { kind: 'not-on-sale'; eventStatus: string };

export async function openTokenHold(store: InventoryStore, apiKeyId: number, eventId: number, customerEmail: string, deadlines: HoldDeadlines): Promise<OpenTokenHoldOutcome> {
  const row = await store.once<(typeof OPEN_TOKEN_HOLD.params)[number], { eventStatus: string | null; hold: ClaimedHold | null }>(OPEN_TOKEN_HOLD, {
    event: eventId,
    apiKey: apiKeyId,
    email: customerEmail,
    now: deadlines.now,
    idleUntil: deadlines.idleUntil,
    lifeUntil: deadlines.lifeUntil,
    capUntil: deadlines.capUntil,
  });
  if (row.eventStatus === null) return { kind: 'missing' };
  if (!row.hold) return { kind: 'not-on-sale', eventStatus: row.eventStatus };
  return { kind: 'opened', hold: row.hold, changes: new Changes({ holds: [row.hold] }) };
}
