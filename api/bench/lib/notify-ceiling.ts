import pg from 'pg';
import { round as fixed } from './stats.ts';

/**
 * The database's own ceiling for the fallback, without the API in the way: 64 clients commit
 * one-row updates as fast as they can, with and without a pg_notify in each transaction. NOTIFY
 * takes a database-wide lock at commit, so notifying commits queue behind each other.
 */
export async function notifyCeiling(databaseUrl: string, concurrency: number, measureMs: number): Promise<{ plain: number; notify: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  pool.on('error', () => {});
  try {
    await pool.query(`create table if not exists bench_notify (id int primary key, n int not null)`);
    await pool.query(`insert into bench_notify select g, 0 from generate_series(1, $1) g on conflict do nothing`, [concurrency]);
    // A payload the size of a seat change, as the postgres publisher sends.
    const payload = JSON.stringify({ kind: 'seat', key: 1, payload: { id: 123456, eventId: 1, version: 2, status: 'HELD', tierId: 1, holderId: 9 } });
    const run = async (notify: boolean): Promise<number> => {
      const end = performance.now() + measureMs;
      let commits = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async (_, i) => {
          while (performance.now() < end) {
            const client = await pool.connect();
            try {
              await client.query('begin');
              await client.query('update bench_notify set n = n + 1 where id = $1', [i + 1]);
              if (notify) await client.query(`select pg_notify('bench_notify', $1)`, [payload]);
              await client.query('commit');
              commits++;
            } finally {
              client.release();
            }
          }
        }),
      );
      return fixed(commits / (measureMs / 1000));
    };
    await run(false); // warm-up
    const plain1 = await run(false);
    const notify1 = await run(true);
    const notify2 = await run(true);
    const plain2 = await run(false);
    return { plain: fixed((plain1 + plain2) / 2), notify: fixed((notify1 + notify2) / 2) };
  } finally {
    await pool.end();
  }
}
