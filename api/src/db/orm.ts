import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.ts';
import { migrations } from './migrations/index.ts';

export interface OrmOptions {
  databaseUrl: string;
  poolMax: number;
  debug?: boolean;
}

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, snapshot: false, silent: true, transactional: true },
    pool: { min: 0, max: options.poolMax, idleTimeoutMillis: 30_000 },
    debug: options.debug ?? false,
    // Entities never rely on implicit lookups: every read says what it needs.
    forceUndefined: false,
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies pending migrations (each in a transaction). */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.migrator.up();
}
