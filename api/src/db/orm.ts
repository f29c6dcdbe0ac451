import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import { entities } from './entities.ts';
import { migrations } from './migrations/index.ts';
import { guardPool } from './pool-guard.ts';

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
    // A connection the database drops mid-transaction must not stay counted as in use (pool-guard.ts).
    driverOptions: { onPoolCreated: (pool: pg.Pool) => guardPool(pool) },
    debug: options.debug ?? false,
    // Entities never rely on implicit lookups: every read says what it needs.
    forceUndefined: false,
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Any constant: identifies "schema migration in progress" across processes. */
const MIGRATION_LOCK = 7_263_001;

/**
 * Runs start-up work (migrations, the demo seed) one process at a time: several API processes
 * starting at once (replicas) take turns through a session advisory lock held on a separate
 * connection, so only the first migrates and seeds and the others find nothing left to do.
 * (Start-up only: the reservation path takes no locks.)
 */
export async function withStartupLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await lock.end();
  }
}

/** Applies pending migrations, each in a transaction. */
export async function migrate(orm: MikroORM, databaseUrl: string): Promise<void> {
  await withStartupLock(databaseUrl, () => orm.migrator.up().then(() => undefined));
}
