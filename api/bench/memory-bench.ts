/**
 * Memory per idle subscriber: what the API process's RSS and heap grow by per idle graphql-ws
 * subscriber, beside a raw `ws` server process per idle socket. Both servers are child
 * processes; the clients live in worker processes of their own (lib/swarm-worker.ts). `node api/bench/memory-bench.ts [--quick]`.
 *
 * Each server (warmed by a few sockets opened and closed) is read empty, with BASE idle sockets
 * and with TOTAL. Judged: TOTAL from empty, i.e. what holding TOTAL subscribers costs the process.
 * Also printed: the marginal cost of the sockets added after the first BASE, which leaves out the
 * one-time costs the first ones pay (allocator arenas, heap pages, JIT code) and so tends to the
 * cost of the 100,000th subscriber; nothing is closed between readings, so no memory freed by
 * earlier sockets is reused.
 *
 * Readings are taken after a memory-reducing full GC (see gc-on-signal.ts). "RSS as found" is also
 * printed: before any forced GC it includes the young generation V8 grew while thousands of
 * sockets arrived (up to 3 x --max-semi-space-size per process, whatever the number of
 * subscribers), which V8 does not give back on its own soon.
 */
import { createEvent } from './lib/fixtures.ts';
import { QUICK, sleep } from './lib/mode.ts';
import { createDatabase, GC_ON_SIGNAL, metrics, startApi, startRawWs, stopAll, type ApiProcess, type RawWsServer } from './lib/processes.ts';
import { machine, report, type BenchResult } from './lib/report.ts';
import { median, round as fixed } from './lib/stats.ts';
import { SubscriberSwarm } from './lib/swarm.ts';

type ChildServer = ApiProcess | RawWsServer;

const BASE = QUICK ? 200 : 1000;
const TOTAL = QUICK ? 1000 : 5000;
/** Readings per sample (the median is kept) and the pause after opening sockets: shorter in a smoke. */
const SAMPLES = QUICK ? 1 : 3;
const SETTLE_MS = QUICK ? 500 : 2000;

interface Memory {
  rss: number;
  heap: number;
  /** RSS before any forced GC: what `ps` shows, young generation grown by the arrivals included. */
  rssAsFound: number;
}

/** After a full GC (what the sockets keep, not their handshakes' garbage), the median of a few samples. */
async function sample(server: ChildServer, read: () => Promise<Omit<Memory, 'rssAsFound'>>): Promise<Memory> {
  const samples: Omit<Memory, 'rssAsFound'>[] = [];
  const rssAsFound = server.rssBytes();
  for (let i = 0; i < SAMPLES; i++) {
    server.child.kill('SIGUSR2');
    await sleep(500);
    samples.push(await read());
    await sleep(400);
  }
  return { rss: median(samples.map((s) => s.rss)), heap: median(samples.map((s) => s.heap)), rssAsFound };
}

const apiMemory = (api: ApiProcess) => async (): Promise<Omit<Memory, 'rssAsFound'>> => {
  const m = await metrics(api, ['nodejs_heap_size_used_bytes']);
  return { rss: api.rssBytes(), heap: m['nodejs_heap_size_used_bytes'] ?? Number.NaN };
};

const rawMemory = (raw: RawWsServer) => async (): Promise<Omit<Memory, 'rssAsFound'>> => {
  const stats = (await (await fetch(`${raw.baseUrl}/stats`)).json()) as { heapUsed: number };
  return { rss: raw.rssBytes(), heap: stats.heapUsed };
};

type PerSocket = ReturnType<typeof perSocket>;
const perSocket = (before: Memory, after: Memory, sockets: number) => ({
  rss: (after.rss - before.rss) / sockets,
  heap: (after.heap - before.heap) / sockets,
  rssAsFound: (after.rssAsFound - before.rssAsFound) / sockets,
});

/** Readings with none, BASE and TOTAL idle sockets held by `open`. */
async function readings(server: ChildServer, read: () => Promise<Omit<Memory, 'rssAsFound'>>, open: (count: number) => Promise<void>) {
  const empty = await sample(server, read);
  await open(BASE);
  await sleep(SETTLE_MS / 2);
  const base = await sample(server, read);
  await open(TOTAL - BASE);
  await sleep(SETTLE_MS);
  const full = await sample(server, read);
  return { empty, base, full, fromEmpty: perSocket(empty, full, TOTAL), marginal: perSocket(base, full, TOTAL - BASE) };
}

export async function runMemory(): Promise<BenchResult> {
  const database = await createDatabase('memory');
  let api: ApiProcess | null = null;
  let raw: RawWsServer | null = null;
  const swarm = new SubscriberSwarm();
  const rawSwarm = new SubscriberSwarm();
  try {
    api = await startApi({ databaseUrl: database.url, publisher: 'memory', nodeArgs: GC_ON_SIGNAL });
    raw = await startRawWs(GC_ON_SIGNAL);
    const event = await createEvent(api.url, database.url, { rows: 1 });
    // Warm the servers (JIT, a first socket, pools) so the baseline is not a cold process.
    await swarm.open([api], event.id, 10);
    await rawSwarm.openRaw([raw], 10);
    await swarm.close();
    await rawSwarm.close();
    await sleep(SETTLE_MS);

    console.log(`memory: ${TOTAL} idle subscribers (read at ${BASE} and ${TOTAL}) ...`);
    const graphql = await readings(api, apiMemory(api), (count) => swarm.open([api!], event.id, count));
    await swarm.close();
    const plain = await readings(raw, rawMemory(raw), (count) => rawSwarm.openRaw([raw!], count));
    await rawSwarm.close();

    const kib = (bytes: number) => fixed(bytes / 1024, 1);
    const rows = (what: string, api: PerSocket, raw: PerSocket) => [
      { server: 'API process (graphql-ws, 1 subscription each)', sockets: what, 'RSS KiB/socket': kib(api.rss), 'heap KiB/socket': kib(api.heap), 'RSS as found KiB/socket': kib(api.rssAsFound) },
      { server: 'raw ws process', sockets: what, 'RSS KiB/socket': kib(raw.rss), 'heap KiB/socket': kib(raw.heap), 'RSS as found KiB/socket': kib(raw.rssAsFound) },
      { server: 'ratio API / raw', sockets: what, 'RSS KiB/socket': fixed(api.rss / raw.rss, 2), 'heap KiB/socket': fixed(api.heap / raw.heap, 2), 'RSS as found KiB/socket': fixed(api.rssAsFound / raw.rssAsFound, 2) },
    ];
    const ratio = graphql.fromEmpty.rss / plain.fromEmpty.rss;
    const marginal = graphql.marginal.rss / plain.marginal.rss;
    return {
      bench: 'memory',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [...rows(`${TOTAL} from none`, graphql.fromEmpty, plain.fromEmpty), ...rows(`${TOTAL - BASE} added to ${BASE}`, graphql.marginal, plain.marginal)],
      bars: [{ name: `idle subscriber RSS vs raw ws at ${TOTAL}`, value: fixed(ratio, 2), limit: '<= 2x', passed: ratio <= 2 }],
      figures: [
        { name: `RSS KiB per idle subscriber (API / raw ws)`, value: `${kib(graphql.fromEmpty.rss)} / ${kib(plain.fromEmpty.rss)}` },
        { name: `heap KiB per idle subscriber (API / raw ws)`, value: `${kib(graphql.fromEmpty.heap)} / ${kib(plain.fromEmpty.heap)}` },
        { name: `RSS as found, no forced GC (API / raw ws)`, value: `${kib(graphql.fromEmpty.rssAsFound)} / ${kib(plain.fromEmpty.rssAsFound)}` },
        { name: `marginal, ${TOTAL - BASE} added to ${BASE}: RSS KiB (API / raw ws = ratio)`, value: `${kib(graphql.marginal.rss)} / ${kib(plain.marginal.rss)} = ${fixed(marginal, 2)}` },
      ],
      details: { base: BASE, total: TOTAL, api: graphql, raw: plain },
    };
  } finally {
    await swarm.end();
    await rawSwarm.end();
    await stopAll([api, raw]);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runMemory());
