/**
 * One process of a subscriber swarm (swarm.ts forks it): holds thousands of WebSockets to API
 * processes (graphql-ws subscribers of seatUpdated) or to raw `ws` servers, and reports when each
 * change arrived. The clients live in processes of their own so that neither the API nor the
 * bench's coordinator pays for parsing their messages, and so that 50,000 sockets fit under the
 * per-process file-descriptor limit. Every message is parsed (JSON), as a browser would.
 */
import WebSocket from 'ws';
import type { FromWorker, ToWorker } from './swarm-protocol.ts';

const wallMs = () => performance.timeOrigin + performance.now();
const sockets: WebSocket[] = [];
/** Receipts by change key, kept until reported. */
const receipts = new Map<string, number[]>();
let subscribed = 0;

const send = (message: FromWorker) => process.send!(message);

function record(key: string, value: number): void {
  let list = receipts.get(key);
  if (!list) receipts.set(key, (list = []));
  list.push(value);
  // Every socket of this worker has it: report at once, without being asked.
  if (list.length === subscribed) flush(key);
}

function flush(key: string): void {
  send({ type: 'receipts', key, values: receipts.get(key) ?? [] });
  receipts.delete(key);
}

/** A graphql-transport-ws subscriber of seatUpdated: resolves once subscribed (or closed). */
function subscriber(url: string, localAddress: string, query: string, variables: Record<string, unknown>): Promise<boolean> {
  const socket = new WebSocket(url, 'graphql-transport-ws', { localAddress, perMessageDeflate: false });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string; payload?: { data?: { seatUpdated?: { id: string } } } };
      if (message.type === 'next') {
        const id = message.payload?.data?.seatUpdated?.id;
        if (id !== undefined) record(id, wallMs());
      } else if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        resolve(true);
      } else if (message.type === 'ping') socket.send('{"type":"pong"}');
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(false));
  });
}

/** A plain `ws` client of the raw server: each message carries its key and send time. */
function rawClient(url: string, localAddress: string): Promise<boolean> {
  const socket = new WebSocket(url, { localAddress, perMessageDeflate: false });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { key: string; sentAt: number };
      record(message.key, wallMs() - message.sentAt);
    });
    socket.on('error', () => {});
    socket.once('open', () => resolve(true));
    socket.once('close', () => resolve(false));
  });
}

async function open(message: Extract<ToWorker, { type: 'open' }>): Promise<void> {
  let failed = 0;
  // Batches, each waited for: thousands of simultaneous handshakes would time the SYN backlog, not Tessera.
  const batch = 250;
  for (let start = 0; start < message.count; start += batch) {
    const opening: Promise<boolean>[] = [];
    for (let i = start; i < Math.min(message.count, start + batch); i++) {
      const url = message.urls[i % message.urls.length]!;
      const from = message.localAddresses[i % message.localAddresses.length]!;
      opening.push(message.kind === 'graphql' ? subscriber(url, from, message.query!, message.variables ?? {}) : rawClient(url, from));
    }
    failed += (await Promise.all(opening)).filter((ok) => !ok).length;
  }
  subscribed += message.count - failed;
  send({ type: 'opened', count: message.count - failed, failed });
}

async function close(): Promise<void> {
  const all = sockets.splice(0);
  const lost = all.filter((s) => s.readyState !== WebSocket.OPEN).length;
  await Promise.all(
    all.map((s) => new Promise<void>((resolve) => {
      if (s.readyState === WebSocket.CLOSED) return resolve();
      s.once('close', () => resolve());
      s.terminate();
    })),
  );
  subscribed = 0;
  receipts.clear();
  send({ type: 'closed', lost });
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'open') void open(message);
  else if (message.type === 'flush') flush(message.key);
  else if (message.type === 'close') void close();
  else if (message.type === 'exit') process.exit(0);
});
