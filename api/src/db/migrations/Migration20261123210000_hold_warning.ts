import { Migration } from '@mikro-orm/migrations';

/**
 * `holds.warned_for`: the expiry a hold's "expiring soon" push was sent for. The sweeper sets it
 * with a conditional UPDATE, so however many API processes sweep, a hold is announced once per
 * expiry; an extension moves `expires_at` and so arms the next announcement.
 */
export class Migration20261123210000_hold_warning extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table holds add column warned_for timestamptz;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table holds drop column if exists warned_for;');
  }
}
