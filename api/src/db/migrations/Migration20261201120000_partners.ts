import { Migration } from '@mikro-orm/migrations';

/**
 * Partners and the door (docs/rules.md, "Partners and the door"):
 * - `api_keys` (+ `api_key_events`): an organiser's keys, kept as the SHA-256 of the secret (a
 *   256-bit random secret needs no slow hash), with scopes, last use and revocation.
 * - `users.api_key_id`: a hold token's anonymous customer is an account that cannot sign in, owned
 *   by the key; every hold rule (one hold per buyer and event, limits, expiry, cap) applies to it
 *   unchanged because the inventory statements see an ordinary buyer.
 * - `orders.buyer_email`, `buyer_name`, `api_key_id`: who a partner sold to, and which key sold it.
 * - `order_tickets.secret` (unguessable: two random UUIDs, 244 bits, from PostgreSQL's strong
 *   random source) and `checked_in_at`, set once by a conditional update (inventory/check-in.ts).
 * - Reserved tiers' `held`/`sold` are now kept by the tier-count job (inventory/tier-counts.ts), so
 *   `tiers_reserved_counts_from_seats` goes; `job_leases` lets one process at a time run such a job.
 * - `webhooks`, `webhook_outbox` (one row per change and subscribed webhook, written by the
 *   change's own statement), `webhook_attempts` (the delivery log).
 */
export class Migration20261201120000_partners extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table api_keys (
  id serial primary key,
  organizer_id int not null references users (id),
  name varchar(100) not null,
  secret_hash char(64) not null,
  secret_prefix varchar(12) not null,
  scopes text[] not null constraint api_keys_scopes_known check (cardinality(scopes) > 0 and scopes <@ array['READ', 'SELL', 'CHECK_IN']),
  created_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create unique index api_keys_by_secret on api_keys (secret_hash);
create index api_keys_by_organizer on api_keys (organizer_id, id);
create table api_key_events (
  api_key_id int not null references api_keys (id),
  event_id int not null references events (id),
  primary key (api_key_id, event_id)
);

alter table users add column api_key_id int references api_keys (id);
alter table orders add column buyer_email varchar(254), add column buyer_name varchar(100), add column api_key_id int references api_keys (id);
alter table order_tickets
  add column secret varchar(64) not null default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
  add column checked_in_at timestamptz;
create unique index order_tickets_by_secret on order_tickets (secret);

alter table tiers drop constraint tiers_reserved_counts_from_seats;
update tiers t set held = c.held, sold = c.sold, version = t.version + 1
from (select tier_id, count(*) filter (where status = 'HELD')::int as held, count(*) filter (where status = 'SOLD')::int as sold from seats group by tier_id) c
where t.id = c.tier_id and t.kind = 'RESERVED' and (t.held, t.sold) is distinct from (c.held, c.sold);
create index holds_by_ended_at on holds (ended_at) where ended_at is not null;
create index orders_by_cancelled_at on orders (cancelled_at) where cancelled_at is not null;
create index orders_by_event on orders (event_id, id);

create table job_leases (
  name varchar(50) primary key,
  holder varchar(64),
  until timestamptz
);
insert into job_leases (name) values ('tier-counts');

create table webhooks (
  id serial primary key,
  organizer_id int not null references users (id),
  url varchar(2000) not null,
  secret varchar(100) not null,
  types text[] not null constraint webhooks_types_known check (cardinality(types) > 0 and types <@ array['ORDER_CONFIRMED', 'ORDER_CANCELLED', 'HOLD_EXPIRED', 'TICKET_CHECKED_IN', 'TIER_SOLD_OUT']),
  event_ids int[] not null,
  created_at timestamptz not null,
  deleted_at timestamptz
);
create index webhooks_by_event on webhooks using gin (event_ids) where deleted_at is null;
create index webhooks_by_organizer on webhooks (organizer_id, id);
create table webhook_outbox (
  id bigserial primary key,
  message_id varchar(40) not null default 'msg_' || replace(gen_random_uuid()::text, '-', ''),
  webhook_id int not null references webhooks (id),
  event_id int not null,
  type varchar(24) not null,
  payload jsonb not null,
  created_at timestamptz not null,
  status varchar(12) not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null,
  claimed_until timestamptz,
  claimed_by varchar(64),
  delivered_at timestamptz
);
create index webhook_outbox_due on webhook_outbox (next_attempt_at) where status = 'PENDING';
create index webhook_outbox_by_webhook on webhook_outbox (webhook_id, id desc);
create table webhook_attempts (
  id bigserial primary key,
  outbox_id bigint not null references webhook_outbox (id),
  attempted_at timestamptz not null,
  status_code int,
  error varchar(500),
  duration_ms int not null
);
create index webhook_attempts_by_delivery on webhook_attempts (outbox_id, id);
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists webhook_attempts, webhook_outbox, webhooks, job_leases cascade;
drop index if exists holds_by_ended_at, orders_by_cancelled_at, orders_by_event;
alter table order_tickets drop column if exists secret, drop column if exists checked_in_at;
alter table orders drop column if exists buyer_email, drop column if exists buyer_name, drop column if exists api_key_id;
alter table users drop column if exists api_key_id;
drop table if exists api_key_events, api_keys cascade;
update tiers set held = 0, sold = 0 where kind = 'RESERVED';
alter table tiers add constraint tiers_reserved_counts_from_seats check (kind = 'GENERAL_ADMISSION' or (held = 0 and sold = 0));
`);
  }
}
