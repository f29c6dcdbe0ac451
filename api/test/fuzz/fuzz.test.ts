import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingLogger } from '../../src/security/test-support.ts';
import { startTestServer, type TestServer } from '../harness.ts';
import { runFuzz } from './fuzz-run.ts';

/** `npm test` runs a short fuzz; `npm run fuzz` sets FUZZ_CASES (12,000) for the long one. */
const CASES = fuzzCases(process.env['FUZZ_CASES']);

/** A fuzz of zero cases (or of `FUZZ_CASES=abc`) would pass having checked nothing: refuse it. */
function fuzzCases(given: string | undefined): number {
  const cases = Number(given ?? 1200);
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`FUZZ_CASES must be a whole number of at least 1, not ${JSON.stringify(given)}`);
  return cases;
}
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;

let server: TestServer;
/** What the server logs: an error record means some input reached an unexpected failure. */
const log = capturingLogger('error');
beforeAll(async () => {
  const base = await startTestServer();
  server = await startTestServer({
    config: { security: { ...base.app.config.security, sockets: { ...base.app.config.security.sockets, maxSubscriptionsPerConnection: 1000 } } },
    logger: log.logger,
  });
  await base.close();
});
afterAll(() => server.close());

describe('fuzz: operations and variables generated from the schema, over HTTP and graphql-ws', () => {
  it(`${CASES} generated documents: no 5xx, documented codes only, no leaks, invariants hold`, { timeout: Math.max(60_000, CASES * 40) }, async () => {
    const figures = await runFuzz(server, CASES, SEED);
    const raw = Object.values(figures.rawSockets).reduce((sum, n) => sum + n, 0);
    console.info(
      `fuzz seed ${figures.seed}: ${figures.http} HTTP + ${figures.ws} WS + ${raw} raw-socket cases in ${figures.ms} ms (${figures.retried} resent, ${figures.loggedOut} sessions ended by logOutEverywhere); statuses ${JSON.stringify(figures.byStatus)}; codes ${JSON.stringify(figures.byCode)}; raw sockets ${JSON.stringify(figures.rawSockets)}`,
    );
    expect(figures.problems.slice(0, 20)).toEqual([]);
    expect(figures.unhandled).toBe(0);
    expect(figures.violations).toEqual([]);
    expect(log.records.map((r) => `${String(r.msg)} ${JSON.stringify(r['err'] ?? '').slice(0, 300)}`).slice(0, 10)).toEqual([]);
    expect(figures.http + figures.ws + raw).toBe(CASES);
  });
});
