import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { query } from '../src/db/sql.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createServer, type TesseraServer } from '../src/server.ts';
import { emptyDatabase } from './harness.ts';

const servers: TesseraServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('start-up of several replicas at once', () => {
  it('two processes starting together on an empty database migrate and seed the demo exactly once', async () => {
    const databaseUrl = await emptyDatabase();
    const config = { ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0, databaseUrl, seedDemo: true, dbPoolMax: 4 };
    const started = await Promise.all([0, 1].map(() => createServer(config, { logger: createLogger('silent') })));
    servers.push(...started);
    const em = started[0]!.app.orm.em.fork();
    const [counts] = await query<{ users: number; events: number; seats: number; migrations: number }>(
      em,
      `select (select count(*)::int from users) as users, (select count(*)::int from events) as events,
              (select count(*)::int from seats) as seats, (select count(*)::int from mikro_orm_migrations) as migrations`,
    );
    // The concert hall, the stadium, the festival (general admission), the jazz club and the premiere with its waiting room.
    expect(counts).toEqual({ users: 4, events: 5, seats: 1200 + 20_000 + 200 + 112, migrations: migrations.length });
  }, 60_000);
});
