import { afterAll, describe, expect, it } from 'vitest';
import { codeOf, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo-seed.ts';
import { query } from '../db/sql.ts';
import { createLogger } from './logger.ts';
import { DEMO_ACCOUNTS, startBanner, startRecord } from './start-banner.ts';

const embedded = { kind: 'embedded', dir: '/home/ada/tessera/.data/postgres', port: 5488 } as const;

describe('the start banner of npm start', () => {
  it('names the client and the playground, the demo accounts and their password, where the data lives and how to stop', () => {
    const banner = startBanner({ url: 'http://localhost:4000/', data: embedded, demoAccounts: true });
    expect(banner).toContain('http://localhost:4000/');
    expect(banner).toContain('http://localhost:4000/graphql');
    for (const email of ['alice@example.com', 'bob@example.com', 'olivia@example.com', 'box-office@example.com']) expect(banner).toContain(email);
    expect(banner).toContain(`password ${DEMO_PASSWORD}`);
    expect(banner).toContain('/home/ada/tessera/.data/postgres (embedded PostgreSQL, port 5488)');
    expect(banner).toContain('Ctrl-C');
    // The first screen of a terminal: the banner leaves room for the lines npm and the start-up log print before it.
    expect(banner.split('\n').length).toBeLessThanOrEqual(14);
    expect(banner.split('\n').filter((line) => line.length > 80 && !line.startsWith('  Data'))).toEqual([]);
  });

  it('with DATABASE_URL it names the server and database, never the password, and lists no demo accounts unless seeded', () => {
    const info = { url: 'http://tessera.example:8080/', data: { kind: 'external', databaseUrl: 'postgres://app:s3cret@db.internal:6432/tessera' }, demoAccounts: false } as const;
    const banner = startBanner(info);
    expect(banner).toContain('PostgreSQL at db.internal:6432/tessera');
    expect(banner).not.toContain('s3cret');
    expect(banner).not.toContain('example.com ');
    expect(JSON.stringify(startRecord(info))).not.toContain('s3cret');
    expect(startRecord(info)).toEqual({ client: 'http://tessera.example:8080/', playground: 'http://tessera.example:8080/graphql', data: 'PostgreSQL at db.internal:6432/tessera (DATABASE_URL)' });
  });
});

describe('the demo accounts it names are the ones the seed creates', () => {
  let server: TestServer;
  afterAll(() => server?.close());

  it('each that may sign in does so with the demo password and has the role it is listed with; the others cannot; the seed creates no other', async () => {
    server = await startTestServer();
    await seedDemo(server.app.orm.em.fork(), server.app.inventory, createLogger('silent'));
    const users = await query<{ email: string; role: string }>(server.app.orm.em.fork(), 'select email, role from users order by id');
    expect(users).toEqual(DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })));
    const LOG_IN = 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { role } } }';
    for (const account of DEMO_ACCOUNTS) {
      if (!account.signIn) {
        expect(codeOf(await gql(server, LOG_IN, { e: account.email, p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
        continue;
      }
      const { logIn } = await ok<{ logIn: { user: { role: string } } }>(server, LOG_IN, { e: account.email, p: DEMO_PASSWORD });
      expect(logIn.user.role).toBe(account.role);
    }
  }, 60_000);

  it("box-office@example.com holds the one earlier order that sold the club night down to 6 seats", async () => {
    const orders = await query<{ status: string; tickets: number }>(
      server.app.orm.em.fork(),
      "select o.status, (select count(*)::int from order_tickets t where t.order_id = o.id) as tickets from orders o join users u on u.id = o.buyer_id where u.email = 'box-office@example.com'",
    );
    expect(orders.map((o) => [o.status, o.tickets])).toEqual([['CONFIRMED', 194]]);
    const [club] = await query<{ capacity: number }>(server.app.orm.em.fork(), "select count(*)::int as capacity from seats s join events e on e.id = s.event_id where e.name like 'Late Show%'");
    expect(club!.capacity - 194).toBe(6);
  });
});
