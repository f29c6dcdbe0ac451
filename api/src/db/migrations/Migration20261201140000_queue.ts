import { Migration } from '@mikro-orm/migrations';

/**
 * The on-sale queue (api/src/queue) and the waitlist (api/src/waitlist):
 * - `event_queues`: an event's waiting-room policy and its admission state, one row per queued
 *   event. Every admission step is a conditional UPDATE of this row on its `version` (two API
 *   processes stepping at once: one wins, the other changes nothing), so the rate holds whatever
 *   the number of processes. `shuffle_seed` records the cryptographic shuffle for audit.
 * - `queue_tickets`: one per buyer and event. `position` is null until the shuffle at `opens_at`
 *   (early joiners) or the next placement (late ones); positions are dense from 1 and admitted in
 *   order. `used_at` is set by the first reservation made with the admission.
 * - `waitlist_entries`: buyers waiting for a sold-out tier; an offer turns the head of a tier's
 *   line into a hold (`hold_id`).
 */
export class Migration20261201140000_queue extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table event_queues (
  event_id int primary key references events (id),
  opens_at timestamptz not null,
  admit_per_minute int not null check (admit_per_minute between 1 and 100000),
  admission_minutes int not null check (admission_minutes between 1 and 120),
  shuffled_at timestamptz,
  shuffle_seed text,
  shuffled_count int not null default 0,
  placed_through int not null default 0,
  admitted_through int not null default 0,
  credit double precision not null default 1,
  paced_at timestamptz,
  last_admitted_at timestamptz,
  version int not null default 1,
  constraint event_queues_shuffle_recorded check ((shuffled_at is null) = (shuffle_seed is null)),
  constraint event_queues_admitted_placed check (admitted_through between 0 and placed_through)
);

create table queue_tickets (
  id serial primary key,
  event_id int not null references events (id),
  buyer_id int not null references users (id),
  status varchar(16) not null default 'WAITING' check (status in ('WAITING', 'ADMITTED', 'EXPIRED')),
  joined_at timestamptz not null,
  position int check (position > 0),
  admitted_at timestamptz,
  admitted_until timestamptz,
  used_at timestamptz,
  expired_at timestamptz,
  constraint queue_tickets_one_per_buyer unique (event_id, buyer_id),
  constraint queue_tickets_position_unique unique (event_id, position),
  constraint queue_tickets_admission_recorded check (
    (status = 'WAITING' and admitted_at is null and admitted_until is null and used_at is null)
    or (status in ('ADMITTED', 'EXPIRED') and position is not null and admitted_at is not null and admitted_until > admitted_at)
  ),
  constraint queue_tickets_expired_unused check ((status = 'EXPIRED') = (expired_at is not null) and (status <> 'EXPIRED' or used_at is null))
);
create index queue_tickets_line on queue_tickets (event_id, position) where status = 'WAITING';
create index queue_tickets_unplaced on queue_tickets (event_id, id) where position is null;
create index queue_tickets_admissions on queue_tickets (event_id, admitted_at) where admitted_at is not null;
create index queue_tickets_live on queue_tickets (event_id, admitted_until) where status = 'ADMITTED';

create table waitlist_entries (
  id serial primary key,
  event_id int not null references events (id),
  tier_id int not null references tiers (id),
  buyer_id int not null references users (id),
  quantity int not null check (quantity between 1 and 100),
  status varchar(16) not null default 'WAITING' check (status in ('WAITING', 'OFFERED', 'LEFT', 'PASSED')),
  created_at timestamptz not null,
  ended_at timestamptz,
  hold_id int references holds (id),
  offered int,
  constraint waitlist_offer_recorded check ((status = 'OFFERED') = (hold_id is not null and offered > 0)),
  constraint waitlist_ended_when_not_waiting check ((status = 'WAITING') = (ended_at is null))
);
create unique index waitlist_one_waiting_per_buyer_tier on waitlist_entries (tier_id, buyer_id) where status = 'WAITING';
create index waitlist_line on waitlist_entries (tier_id, id) where status = 'WAITING';
create index waitlist_by_buyer on waitlist_entries (buyer_id, id);
create index waitlist_by_hold on waitlist_entries (hold_id) where hold_id is not null;
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists waitlist_entries, queue_tickets, event_queues cascade;');
  }
}
