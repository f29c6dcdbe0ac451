import { Migration } from '@mikro-orm/migrations';

/**
 * Venues, not grids: every seat gets a kind (a wheelchair place, its companion seat, a restricted
 * view), and each event keeps the geometry its seat map is drawn with besides the seats (section
 * outlines and label positions, row label positions, the stage and the floor), as the generator
 * made it when the event was created. Adding a column with a constant default rewrites nothing.
 */
export class Migration20261201100000_venue_layouts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table seats add column kind varchar(16) not null default 'STANDARD'
      constraint seats_kind_known check (kind in ('STANDARD', 'WHEELCHAIR', 'COMPANION', 'RESTRICTED_VIEW'));`);
    this.addSql(`create table venue_layouts (
      event_id int primary key references events (id),
      geometry jsonb not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists venue_layouts;');
    this.addSql('alter table seats drop column if exists kind;');
  }
}
