/**
 * One process of a queue-watcher swarm (queue-watchers.ts forks it): thousands of buyers' sockets,
 * each signed in with its own token and subscribed to queueUpdated of one event, as a browser on
 * the waiting room page. Every frame is parsed; each is filed under the admission step it shows
 * (the last admitted position: position - aheadOfYou - 1 while waiting) with its arrival time, so
 * the coordinator can tell, per step, how many waiting sockets heard of it and how late.
 */
import WebSocket from 'ws';

export type ToQueueWorker =
  | { type: 'open'; urls: string[]; localAddresses: string[]; tokens: string[]; query: string; eventId: string }
  | { type: 'report' }
  | { type: 'exit' };

export interface WatcherReport {
  /** Receipt wall times (ms) by step (admitted-through position). */
  steps: Record<string, number[]>;
  /** Each socket's last known place and status. */
  positions: number[];
  admitted: number;
  /** Sockets that closed before they were asked to, and subscriptions the server refused. */
  lost: number;
  errors: number;
}

export type FromQueueWorker = { type: 'opened'; count: number; failed: number; stuck: Record<string, number> } | { type: 'report'; report: WatcherReport };

/** A socket that is not watching this long after it began is given up (and counted, by where it stopped). */
const OPEN_TIMEOUT_MS = 45_000;

const wallMs = () => performance.timeOrigin + performance.now();
const sockets: WebSocket[] = [];
const steps = new Map<number, number[]>();
const positions: number[] = [];
let admitted = 0;
let errors = 0;
const send = (message: FromQueueWorker) => process.send!(message);
const stuck: Record<string, number> = {};

interface Frame {
  type: string;
  payload?: { data?: { queueUpdated?: { status: string; position: number | null; aheadOfYou: number | null } } };
}

function watcher(index: number, url: string, localAddress: string, token: string, query: string, eventId: string): Promise<boolean> {
  const socket = new WebSocket(url, 'graphql-transport-ws', { localAddress, perMessageDeflate: false });
  sockets.push(socket);
  let wasAdmitted = false;
  let stage = 'connecting';
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      stuck[stage] = (stuck[stage] ?? 0) + 1;
      resolve(false);
    }, OPEN_TIMEOUT_MS);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    socket.on('open', () => (stage = 'opened'));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Frame;
      if (message.type === 'next') {
        const ticket = message.payload?.data?.queueUpdated;
        if (!ticket) {
          // A refused subscription (no ticket: the buyer's join never reached the server) answers errors, then complete.
          stage = `refused ${JSON.stringify((message.payload as { errors?: unknown } | undefined)?.errors ?? null).slice(0, 120)}`;
          if (positions[index] === undefined) {
            stuck[stage] = (stuck[stage] ?? 0) + 1;
            errors++;
            done(false);
          }
          return;
        }
        // The first frame (the ticket as it stands) says the subscription is registered.
        if (positions[index] === undefined) done(true);
        positions[index] = ticket.position ?? 0;
        if (ticket.status === 'WAITING' && ticket.position !== null && ticket.aheadOfYou !== null) {
          const step = ticket.position - ticket.aheadOfYou - 1;
          let list = steps.get(step);
          if (!list) steps.set(step, (list = []));
          list.push(wallMs());
        } else if (ticket.status === 'ADMITTED' && !wasAdmitted) {
          wasAdmitted = true;
          admitted++;
        }
      } else if (message.type === 'connection_ack') {
        stage = 'acknowledged';
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { eventId } } }));
      } else if (message.type === 'error') {
        errors++;
        stage = `error ${JSON.stringify((message as { payload?: unknown }).payload).slice(0, 120)}`;
        stuck[stage] = (stuck[stage] ?? 0) + 1;
        done(false);
      } else if (message.type === 'ping') socket.send('{"type":"pong"}');
    });
    socket.on('error', () => {});
    socket.on('close', (code: number) => {
      if (positions[index] === undefined) stuck[`closed ${code} when ${stage}`] = (stuck[`closed ${code} when ${stage}`] ?? 0) + 1;
      done(false);
    });
  });
}

async function open(message: Extract<ToQueueWorker, { type: 'open' }>): Promise<void> {
  let failed = 0;
  const batch = 250;
  const base = positions.length;
  for (let start = 0; start < message.tokens.length; start += batch) {
    const opening: Promise<boolean>[] = [];
    for (let i = start; i < Math.min(message.tokens.length, start + batch); i++) {
      opening.push(watcher(base + i, message.urls[i % message.urls.length]!, message.localAddresses[i % message.localAddresses.length]!, message.tokens[i]!, message.query, message.eventId));
    }
    failed += (await Promise.all(opening)).filter((ok) => !ok).length;
  }
  send({ type: 'opened', count: message.tokens.length - failed, failed, stuck });
}

function report(): void {
  send({
    type: 'report',
    report: {
      steps: Object.fromEntries([...steps].map(([k, v]) => [String(k), v])),
      positions: [...positions],
      admitted,
      lost: sockets.filter((s) => s.readyState !== WebSocket.OPEN).length,
      errors,
    },
  });
}

process.on('message', (message: ToQueueWorker) => {
  if (message.type === 'open') void open(message);
  else if (message.type === 'report') report();
  else if (message.type === 'exit') {
    for (const s of sockets) s.terminate();
    process.exit(0);
  }
});
