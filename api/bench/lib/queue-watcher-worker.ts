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

export type FromQueueWorker = { type: 'opened'; count: number; failed: number } | { type: 'report'; report: WatcherReport };

const wallMs = () => performance.timeOrigin + performance.now();
const sockets: WebSocket[] = [];
const steps = new Map<number, number[]>();
const positions: number[] = [];
let admitted = 0;
let errors = 0;
const send = (message: FromQueueWorker) => process.send!(message);

interface Frame {
  type: string;
  payload?: { data?: { queueUpdated?: { status: string; position: number | null; aheadOfYou: number | null } } };
}

function watcher(index: number, url: string, localAddress: string, token: string, query: string, eventId: string): Promise<boolean> {
  const socket = new WebSocket(url, 'graphql-transport-ws', { localAddress, perMessageDeflate: false });
  sockets.push(socket);
  let wasAdmitted = false;
  return new Promise((resolve) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Frame;
      if (message.type === 'next') {
        const ticket = message.payload?.data?.queueUpdated;
        if (!ticket) return;
        // The first frame (the ticket as it stands) says the subscription is registered.
        if (positions[index] === undefined) resolve(true);
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
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { eventId } } }));
      } else if (message.type === 'error') {
        errors++;
        resolve(false);
      } else if (message.type === 'ping') socket.send('{"type":"pong"}');
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(false));
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
  send({ type: 'opened', count: message.tokens.length - failed, failed });
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
