/**
 * Memory per idle subscriber: the API process's RSS and heap with N idle graphql-ws
 * subscribers minus with none, over N, beside a raw `ws` server process holding N idle
 * sockets. Both servers are child processes; the clients live here. `node api/bench/memory-bench.ts [--quick]`.
 *
 * The bar is judged on what the subscribers keep: RSS after a memory-reducing full GC (see
 * gc-on-signal.ts). "RSS as found" is also printed: before any forced GC it includes the young
 * generation V8 grew while thousands of sockets arrived (up to 3 x --max-semi-space-size per
 * process, whatever the number of subscribers), which V8 does not give back on its own soon.
 */
import { RawWsSwarm } from './raw-ws-swarm.ts';
import { createEvent } from './bench-fixtures.ts';
import { QUICK, sleep } from './bench-mode.ts';
import { createDatabase, GC_ON_SIGNAL, metrics, startApi, startRawWs, stopAll, type ChildServer } from './bench-processes.ts';
import { machine, report, type BenchResult } from './bench-table.ts';
import { fixed, median } from './quantiles.ts';
import { SubscriberSwarm } from './subscriber-swarm.ts';

const COUNT = QUICK ? 1000 : 5000;

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
  for (let i = 0; i < 3; i++) {
    server.child.kill('SIGUSR2');
    await sleep(500);
    samples.push(await read());
    await sleep(400);
  }
  return { rss: median(samples.map((s) => s.rss)), heap: median(samples.map((s) => s.heap)), rssAsFound };
}

const apiMemory = (api: ChildServer) => async (): Promise<Omit<Memory, 'rssAsFound'>> => {
  const m = await metrics(api, ['nodejs_heap_size_used_bytes']);
  return { rss: api.rssBytes(), heap: m['nodejs_heap_size_used_bytes'] ?? Number.NaN };
};

const rawMemory = (raw: ChildServer) => async (): Promise<Omit<Memory, 'rssAsFound'>> => {
  const stats = (await (await fetch(`http://127.0.0.1:${raw.port}/stats`)).json()) as { heapUsed: number };
  return { rss: raw.rssBytes(), heap: stats.heapUsed };
};

const perSocket = (before: Memory, after: Memory) => ({
  rss: (after.rss - before.rss) / COUNT,
  heap: (after.heap - before.heap) / COUNT,
  rssAsFound: (after.rssAsFound - before.rssAsFound) / COUNT,
});

export async function runMemory(): Promise<BenchResult> {
  const database = await createDatabase('memory');
  let api: ChildServer | null = null;
  let raw: ChildServer | null = null;
  const swarm = new SubscriberSwarm();
  const rawSwarm = new RawWsSwarm();
  try {
    api = await startApi({ databaseUrl: database.url, publisher: 'memory', nodeArgs: GC_ON_SIGNAL });
    raw = await startRawWs(GC_ON_SIGNAL);
    const event = await createEvent(api.graphqlUrl, database.url, 1);
    // Warm the servers (JIT, a first socket, pools) so the baseline is not a cold process.
    await swarm.open([api], event.id, 10);
    await rawSwarm.open(raw, 10);
    await swarm.close();
    await rawSwarm.close();
    await sleep(1500);

    console.log(`memory: ${COUNT} idle subscribers ...`);
    const apiBefore = await sample(api, apiMemory(api));
    await swarm.open([api], event.id, COUNT);
    await sleep(2000);
    const apiAfter = await sample(api, apiMemory(api));
    await swarm.close();

    const rawBefore = await sample(raw, rawMemory(raw));
    await rawSwarm.open(raw, COUNT);
    await sleep(2000);
    const rawAfter = await sample(raw, rawMemory(raw));
    await rawSwarm.close();

    const graphql = perSocket(apiBefore, apiAfter);
    const plain = perSocket(rawBefore, rawAfter);
    const ratio = graphql.rss / plain.rss;
    const kib = (bytes: number) => fixed(bytes / 1024, 1);
    return {
      bench: 'memory',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        { server: 'API process (graphql-ws, 1 subscription each)', sockets: COUNT, 'RSS KiB/socket': kib(graphql.rss), 'heap KiB/socket': kib(graphql.heap), 'RSS as found KiB/socket': kib(graphql.rssAsFound) },
        { server: 'raw ws process', sockets: COUNT, 'RSS KiB/socket': kib(plain.rss), 'heap KiB/socket': kib(plain.heap), 'RSS as found KiB/socket': kib(plain.rssAsFound) },
        { server: 'ratio API / raw', sockets: COUNT, 'RSS KiB/socket': fixed(ratio, 2), 'heap KiB/socket': fixed(graphql.heap / plain.heap, 2), 'RSS as found KiB/socket': fixed(graphql.rssAsFound / plain.rssAsFound, 2) },
      ],
      bars: [{ name: `idle subscriber RSS vs raw ws at ${COUNT}`, value: fixed(ratio, 2), limit: '<= 2x', passed: ratio <= 2 }],
      figures: [
        { name: `RSS KiB per idle subscriber (API / raw ws)`, value: `${kib(graphql.rss)} / ${kib(plain.rss)}` },
        { name: `heap KiB per idle subscriber (API / raw ws)`, value: `${kib(graphql.heap)} / ${kib(plain.heap)}` },
        { name: `RSS as found, no forced GC (API / raw ws)`, value: `${kib(graphql.rssAsFound)} / ${kib(plain.rssAsFound)}` },
      ],
      details: { apiBefore, apiAfter, rawBefore, rawAfter },
    };
  } finally {
    await swarm.close();
    await rawSwarm.close();
    await stopAll([api, raw]);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runMemory());
