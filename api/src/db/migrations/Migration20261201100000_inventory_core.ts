import { Migration } from '@mikro-orm/migrations';

/**
 * What the one-statement inventory transitions (api/src/inventory) need:
 * - `users.active_holds`: how many active holds the buyer has, moved by the statements that open
 *   and end holds. The cap on events held at once is a conditional UPDATE of this counter, which
 *   PostgreSQL re-checks on the newest row version when two first reservations race, so no second
 *   statement (and no lock) is needed to count.
 * - `inventory_abort(reason)`: raises SQLSTATE TS409. A transition whose conditional updates
 *   matched fewer rows than its own read promised (a concurrent change won between the
 *   statement's snapshot and its update) calls it so the whole statement, already one
 *   transaction, rolls back: all or nothing without BEGIN/COMMIT round trips.
 * - `holds_by_buyer_event`: the buyer's previous hold on an event, whose hard cap a new hold
 *   inherits (a released and re-reserved hold does not get a fresh 15 minutes).
 */
export class Migration20261201100000_inventory_core extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table users add column active_holds int not null default 0 constraint users_active_holds_not_negative check (active_holds >= 0);
update users u set active_holds = (select count(*) from holds h where h.buyer_id = u.id and h.status = 'ACTIVE');
create index holds_by_buyer_event on holds (buyer_id, event_id, max_expires_at desc);
create or replace function inventory_abort(reason text) returns boolean language plpgsql volatile as $$
begin
  raise exception 'inventory statement undone: %', reason using errcode = 'TS409';
end
$$;
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists inventory_abort(text); drop index if exists holds_by_buyer_event; alter table users drop column if exists active_holds;');
  }
}
