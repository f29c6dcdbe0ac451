import { Migration } from '@mikro-orm/migrations';

/**
 * Hardening. `rate_limits` is rate-limiter-flexible's PostgreSQL store (one row per key and window),
 * created here rather than by the library at start-up, so that several instances and parallel test
 * servers never race to create it. `users.last_hold_at` is touched when a buyer opens a hold: the
 * row lock of that UPDATE orders a buyer's concurrent hold creations, so the cap on events held at
 * once is counted after the other one committed (see holds/hold-claim.ts).
 */
export class Migration20261123120000_security extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table rate_limits (
  key varchar(255) primary key,
  points integer not null default 0,
  expire bigint
);
create index rate_limits_by_expiry on rate_limits (expire);
alter table users add column last_hold_at timestamptz;
create index holds_active_by_buyer on holds (buyer_id) where status = 'ACTIVE';
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists rate_limits; alter table users drop column if exists last_hold_at; drop index if exists holds_active_by_buyer;');
  }
}
