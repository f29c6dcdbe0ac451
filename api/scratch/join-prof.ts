import pg from 'pg';
import { JoinQueueDocument } from '../../cli/src/operations.ts';
import { KeepAliveClient, outcomeOf } from '../test/kit/index.ts';
import { childProcess, CpuMeter, thisProcess } from '../bench/lib/cpu.ts';
import { createBuyers, createEvent } from '../bench/lib/fixtures.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from '../bench/lib/processes.ts';
const N = Number(process.argv[2] ?? 10000);
const database = await createDatabase('joinprof');
const servers: ApiProcess[] = [];
const db = new pg.Pool({ connectionString: database.url, max: 3 });
try {
  servers.push(await startApi({ databaseUrl: database.url, publisher: 'redis', redisPrefix: `jp-${Date.now()}:`, env: { QUEUE_TICK_MS: '1000' } }));
  const event = await createEvent(servers[0]!.url, database.url, { rows: 80, perOrderLimit: 8 });
  await db.query(`insert into event_queues (event_id, opens_at, admit_per_minute, admission_minutes) values ($1, now() + interval '1 hour', 6000, 10)`, [event.id]);
  const buyers = await createBuyers(database.url, N);
  const client = new KeepAliveClient(servers[0]!.url, 256);
  const meter = new CpuMeter(db, database.name, [childProcess('api', servers[0]!), thisProcess('load')]);
  const before = await meter.snapshot();
  let next = 0; const outcomes: Record<string, number> = {};
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 256 }, async () => {
    for (let i = next++; i < N; i = next++) {
      const a = await client.send(JoinQueueDocument, { eventId: String(event.id) }, buyers[i]!.token);
      const o = outcomeOf(a); outcomes[o] = (outcomes[o] ?? 0) + 1;
    }
  }));
  const s = (performance.now() - t0) / 1000;
  const cpu = meter.between(before, await meter.snapshot());
  console.log(`${N} joins in ${s.toFixed(1)} s = ${(N / s).toFixed(0)}/s`, outcomes, 'api ms/join', (cpu.ms['api']! / N).toFixed(3), 'pg ms/join', (cpu.postgresMs / N).toFixed(3), 'load', (cpu.ms['load']! / N).toFixed(3));
  client.close();
} finally {
  await stopAll(servers);
  await db.end();
  await database.drop();
}
