import { Migration } from '@mikro-orm/migrations';

/**
 * A tier's price is at most 10,000,000 minor units (events/event-input.ts): with the largest
 * per-order limit (100) every total fits a 32-bit GraphQL Int. The database keeps it for every
 * new or changed tier; NOT VALID leaves rows priced before the bound as they are.
 */
export class Migration20261201120100_price_bound extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table tiers add constraint tiers_price_bounded check (price_cents <= 10000000) not valid;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table tiers drop constraint if exists tiers_price_bounded;');
  }
}
