import { Migration } from '@mikro-orm/migrations';

/**
 * The initial schema. Every counter invariant is a CHECK constraint, and partial unique indexes
 * make it impossible for one seat to sit in two active holds or two confirmed orders, whatever
 * the code does.
 */
export class Migration20261123000000_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table users (
  id serial primary key,
  email varchar(254) not null,
  name varchar(100) not null,
  password_hash text not null,
  role varchar(16) not null check (role in ('BUYER', 'ORGANIZER')),
  created_at timestamptz not null default now(),
  constraint users_email_lowercase check (email = lower(email))
);
create unique index users_email_unique on users (email);

create table events (
  id serial primary key,
  organizer_id int not null references users (id),
  name varchar(200) not null,
  venue varchar(200) not null,
  starts_at timestamptz not null,
  status varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'ON_SALE', 'CLOSED')),
  per_order_limit int not null default 8 check (per_order_limit between 1 and 100),
  created_at timestamptz not null default now()
);
create index events_listing on events (starts_at, id);

create table tiers (
  id serial primary key,
  event_id int not null references events (id),
  name varchar(100) not null,
  kind varchar(24) not null check (kind in ('RESERVED', 'GENERAL_ADMISSION')),
  price_cents int not null check (price_cents >= 0),
  currency char(3) not null,
  capacity int not null check (capacity >= 0),
  held int not null default 0 check (held >= 0),
  sold int not null default 0 check (sold >= 0),
  version int not null default 1,
  constraint tiers_within_capacity check (held + sold <= capacity),
  constraint tiers_reserved_counts_from_seats check (kind = 'GENERAL_ADMISSION' or (held = 0 and sold = 0)),
  constraint tiers_name_unique unique (event_id, name)
);

create table holds (
  id serial primary key,
  event_id int not null references events (id),
  buyer_id int not null references users (id),
  status varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'EXPIRED', 'RELEASED', 'CHECKED_OUT')),
  item_count int not null default 0,
  item_limit int not null check (item_limit >= 1),
  created_at timestamptz not null,
  last_activity_at timestamptz not null,
  life_ends_at timestamptz not null,
  max_expires_at timestamptz not null,
  expires_at timestamptz not null,
  ended_at timestamptz,
  constraint holds_items_within_limit check (item_count >= 0 and item_count <= item_limit),
  constraint holds_expiry_capped check (expires_at <= max_expires_at and life_ends_at <= max_expires_at),
  constraint holds_ended_when_not_active check ((status = 'ACTIVE') = (ended_at is null))
);
create unique index holds_one_active_per_buyer_event on holds (buyer_id, event_id) where status = 'ACTIVE';
create index holds_active_by_expiry on holds (expires_at) where status = 'ACTIVE';

create table orders (
  id serial primary key,
  event_id int not null references events (id),
  buyer_id int not null references users (id),
  hold_id int not null references holds (id),
  status varchar(16) not null check (status in ('CONFIRMED', 'CANCELLED')),
  total_cents int not null check (total_cents >= 0),
  currency char(3) not null,
  idempotency_key varchar(200) not null,
  created_at timestamptz not null,
  cancelled_at timestamptz,
  constraint orders_one_per_hold unique (hold_id),
  constraint orders_idempotency_key_unique unique (buyer_id, idempotency_key)
);
create index orders_by_buyer on orders (buyer_id, id);

create table seats (
  id serial primary key,
  event_id int not null references events (id),
  tier_id int not null references tiers (id),
  section varchar(50) not null,
  "row" varchar(10) not null,
  number int not null check (number > 0),
  x real not null,
  y real not null,
  status varchar(16) not null default 'AVAILABLE' check (status in ('AVAILABLE', 'HELD', 'SOLD')),
  hold_id int references holds (id),
  holder_id int references users (id),
  order_id int references orders (id),
  version int not null default 1,
  constraint seats_state_consistent check (
    (status = 'AVAILABLE' and hold_id is null and holder_id is null and order_id is null)
    or (status = 'HELD' and hold_id is not null and holder_id is not null and order_id is null)
    or (status = 'SOLD' and hold_id is null and holder_id is null and order_id is not null)
  ),
  constraint seats_place_unique unique (event_id, section, "row", number)
);
create index seats_by_tier_status on seats (tier_id, status);
create index seats_by_hold on seats (hold_id) where hold_id is not null;
create index seats_by_order on seats (order_id) where order_id is not null;

create table hold_seats (
  id serial primary key,
  hold_id int not null references holds (id),
  seat_id int not null references seats (id),
  tier_id int not null references tiers (id),
  price_cents int not null check (price_cents >= 0),
  active boolean not null default true
);
create unique index hold_seats_one_active_hold_per_seat on hold_seats (seat_id) where active;
create index hold_seats_by_hold on hold_seats (hold_id);

create table hold_tickets (
  id serial primary key,
  hold_id int not null references holds (id),
  tier_id int not null references tiers (id),
  quantity int not null check (quantity > 0),
  unit_price_cents int not null check (unit_price_cents >= 0)
);
create index hold_tickets_by_hold on hold_tickets (hold_id);

create table order_tickets (
  id serial primary key,
  order_id int not null references orders (id),
  tier_id int not null references tiers (id),
  seat_id int references seats (id),
  price_cents int not null check (price_cents >= 0),
  active boolean not null default true
);
create unique index order_tickets_one_confirmed_order_per_seat on order_tickets (seat_id) where active and seat_id is not null;
create index order_tickets_by_order on order_tickets (order_id);
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists order_tickets, hold_tickets, hold_seats, seats, orders, holds, tiers, events, users cascade;');
  }
}
