import type pg from 'pg';

/**
 * Gives a pooled connection back when the database drops it while it is checked out.
 *
 * MikroORM 7 runs transactions as Kysely "controlled transactions", which release their
 * connection only after a successful BEGIN, COMMIT or ROLLBACK. When PostgreSQL goes away in the
 * middle of one (a crash, a failover, a killed backend), BEGIN, COMMIT and the ROLLBACK that
 * follows all fail on the dead connection, nobody releases it, and pg-pool counts it as in use
 * for ever. After as many such losses as the pool has connections, every request waits for a
 * connection that never comes: the process is up, `/healthz` answers, the database is back, and
 * nothing else does (found by the fault run: both API processes after a few PostgreSQL crashes).
 *
 * So: when a checked-out client's connection ends, release it to the pool as broken (which
 * removes it), and make the late `release()` of whoever held it a no-op.
 */
export function guardPool(pool: pg.Pool): void {
  const checkedOut = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('remove', (client) => checkedOut.delete(client as pg.PoolClient));
  pool.on('connect', (client) => {
    client.once('end', () => {
      const held = client as pg.PoolClient;
      if (!checkedOut.has(held)) return;
      held.release(new Error('the database closed this connection while it was in use'));
      held.release = () => {};
    });
  });
}
