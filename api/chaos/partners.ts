import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { CheckInDocument, CreateWebhookDocument } from '../../cli/src/operations.ts';
import { TesseraClient, TesseraError } from '../../cli/src/tessera-client.ts';
import type { Check } from './checker.ts';
import type { History } from './history.ts';
import type { Stage } from './workload.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The organiser's webhook endpoint during the fault run: verifies every delivery's signature and
 * keeps what it received. The first time it sees a message it sometimes answers 500, so retries
 * happen under the faults too.
 */
export class WebhookSink {
  readonly orders = new Set<string>();
  readonly received = new Map<string, number>();
  forged = 0;
  private server: Server | null = null;
  private verifier: Webhook | null = null;
  private readonly seen = new Set<string>();

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const id = String(req.headers['webhook-id']);
      try {
        const payload = this.verifier!.verify(body, {
          'webhook-id': id,
          'webhook-timestamp': String(req.headers['webhook-timestamp']),
          'webhook-signature': String(req.headers['webhook-signature']),
        }) as { type: string; data: { orderId?: string } };
        if (!this.seen.has(id) && Math.random() < 0.1) {
          this.seen.add(id);
          return void res.writeHead(500).end();
        }
        this.seen.add(id);
        this.received.set(payload.type, (this.received.get(payload.type) ?? 0) + 1);
        if (payload.type === 'ORDER_CONFIRMED' && payload.data.orderId) this.orders.add(payload.data.orderId);
        res.writeHead(204).end();
      } catch {
        this.forged++;
        res.writeHead(400).end();
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/tessera`;
  }

  async register(url: string, organizerToken: string, stage: Stage): Promise<void> {
    const organizer = new TesseraClient({ url, token: organizerToken });
    const endpoint = await this.start();
    const { createWebhook } = await organizer.request(CreateWebhookDocument, {
      input: { url: endpoint, eventIds: [stage.eventId], types: ['ORDER_CONFIRMED', 'ORDER_CANCELLED', 'HOLD_EXPIRED', 'TICKET_CHECKED_IN', 'TIER_SOLD_OUT'] },
    });
    this.verifier = new Webhook(createWebhook.secret);
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * Door staff until `deadline`: scan a random sold ticket (its secret read from the database, as a
 * box office's list would give it) at two doors at once, through random API processes, and record
 * every answer (op `checkIn`, the status as its result).
 */
export async function runDoors(organizerToken: string, databaseUrl: string, stage: Stage, urls: () => string[], history: History, deadline: number): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  db.on('error', () => {});
  let connected = false;
  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
  while (Date.now() < deadline) {
    await sleep(150);
    let secret: string | undefined;
    try {
      if (!connected) await db.connect().then(() => (connected = true));
      secret = (await db.query<{ secret: string }>(`select secret from order_tickets tablesample system (50) limit 1`)).rows[0]?.secret ?? (await db.query<{ secret: string }>(`select secret from order_tickets order by random() limit 1`)).rows[0]?.secret;
    } catch {
      continue; // the database is down (a fault): try later
    }
    if (!secret) continue;
    await Promise.all(
      [0, 1].map(async () => {
        const door = new TesseraClient({ url: pick(urls()), token: organizerToken });
        const start = Date.now();
        try {
          const { checkIn } = await door.request(CheckInDocument, { eventId: stage.eventId, secret }, AbortSignal.timeout(4000));
          history.record({ buyer: 0, op: 'checkIn', input: { secret }, outcome: 'ok', resultId: checkIn.status, start, end: Date.now() });
        } catch (error) {
          history.record({ buyer: 0, op: 'checkIn', input: { secret }, outcome: error instanceof TesseraError && error.code !== 'INTERNAL_SERVER_ERROR' ? 'fail' : 'unknown', ...(error instanceof TesseraError ? { code: error.code } : {}), start, end: Date.now() });
        }
      }),
    );
  }
  await db.end().catch(() => {});
}

/** Waits until the outbox has nothing left to send (or `ms` passed). */
export async function drainOutbox(databaseUrl: string, ms: number): Promise<number> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const deadline = Date.now() + ms;
  let pending = 0;
  try {
    while (Date.now() < deadline) {
      // The retry schedule waits minutes after a second failure; the run cannot. Once the faults
      // have stopped, time "passes": every pending delivery nobody holds a claim on is due now.
      await db.query(
        `update webhook_outbox set next_attempt_at = now() where status = 'PENDING' and next_attempt_at > now() and (claimed_until is null or claimed_until <= now())`,
      );
      pending = Number((await db.query(`select count(*)::int as n from webhook_outbox where status = 'PENDING'`)).rows[0].n);
      if (pending === 0) break;
      await sleep(250);
    }
  } finally {
    await db.end();
  }
  return pending;
}

/** Every order the run made was delivered (ORDER_CONFIRMED, signature verified) at least once. */
export async function checkEveryOrderDelivered(db: pg.Client, sink: WebhookSink): Promise<Check> {
  const orders = (await db.query<{ id: string }>(`select id::text as id from orders`)).rows.map((r) => r.id);
  const missing = orders.filter((id) => !sink.orders.has(id));
  const details = missing.length
    ? await db.query<{ status: string; attempts: number; order: string }>(
        `select status, attempts, payload->'data'->>'orderId' as order from webhook_outbox where type = 'ORDER_CONFIRMED' and payload->'data'->>'orderId' = any($1)`,
        [missing],
      )
    : { rows: [] };
  return {
    name: 'every confirmed order was delivered to its webhook at least once, with a valid signature',
    ok: missing.length === 0 && sink.forged === 0,
    detail: missing.length
      ? `${missing.length} of ${orders.length} missing: ${details.rows.slice(0, 5).map((r) => `order ${r.order} ${r.status} after ${r.attempts} attempts`).join('; ') || missing.slice(0, 5).join(',')}`
      : sink.forged
        ? `${sink.forged} deliveries did not verify`
        : `${orders.length} checked`,
  };
}

/** No ticket was let in twice: at most one CHECKED_IN answer per ticket, and each one recorded in the database. */
export async function checkNoTicketCheckedInTwice(db: pg.Client, history: History): Promise<Check> {
  const admitted = new Map<string, number>();
  for (const op of history.operations) {
    if (op.op === 'checkIn' && op.outcome === 'ok' && op.resultId === 'CHECKED_IN') admitted.set(String(op.input['secret']), (admitted.get(String(op.input['secret'])) ?? 0) + 1);
  }
  const twice = [...admitted].filter(([, n]) => n > 1).map(([secret, n]) => `${secret.slice(0, 8)}… let in ${n} times`);
  const recorded = new Set((await db.query<{ secret: string }>(`select secret from order_tickets where checked_in_at is not null`)).rows.map((r) => r.secret));
  const lost = [...admitted.keys()].filter((secret) => !recorded.has(secret)).map((secret) => `${secret.slice(0, 8)}… let in but not recorded`);
  return { name: 'no ticket was checked in twice (of two doors scanning at once, one let it in), and every check-in was recorded', ok: twice.length + lost.length === 0, detail: [...twice, ...lost].slice(0, 5).join('; ') || `${admitted.size} checked` };
}
