import { Migration } from '@mikro-orm/migrations';

/**
 * `users.session_generation`: signed into every token (claim `gen`). `logOutEverywhere` adds one,
 * and a token whose generation differs from the user's is refused (auth/sessions.ts): every
 * session of the user ends at once, on every instance, without a list of tokens.
 */
export class Migration20261201120000_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table users add column session_generation int not null default 0 check (session_generation >= 0);');
  }

  override async down(): Promise<void> {
    this.addSql('alter table users drop column if exists session_generation;');
  }
}
