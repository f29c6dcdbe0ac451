import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Clock } from '../shared/clock.ts';
import { nextAttemptAfter } from './retry-schedule.ts';
import { signedHeaders } from './signing.ts';
import { privateTargetProblem } from './webhook-targets.ts';
import { startSerialLoop } from '../shared/serial-loop.ts';

const BATCH = 20;

interface Claimed {
  id: string;
  messageId: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

export interface DeliveryOutcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * POSTs one delivery; any 2xx is success, everything else (other status, timeout, refused) a failure
 * to retry. Unless private targets are allowed, the host is resolved first and a private or
 * loopback address is refused without a request (the name may have been pointed there after the
 * webhook was made; a name that changes between this check and fetch's own lookup is not caught).
 */
export async function post(url: string, secret: string, messageId: string, body: string, timeoutMs: number, privateTargets = true): Promise<DeliveryOutcome> {
  const started = performance.now();
  const problem = privateTargets ? null : await privateTargetProblem(url);
  if (problem) return { statusCode: null, error: `not sent: ${problem}`, durationMs: Math.round(performance.now() - started) };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Tessera-Webhooks/1', ...signedHeaders(secret, messageId, body) },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => {});
    const durationMs = Math.round(performance.now() - started);
    return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}`, durationMs };
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String((error as Error).cause ?? (error as Error).message);
    return { statusCode: null, error: reason.slice(0, 500), durationMs: Math.round(performance.now() - started) };
  }
}

export interface WebhookWorker {
  /** One round now: claim what is due, deliver it, record each attempt. Returns how many were attempted. */
  deliverNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Delivers the outbox (webhook_outbox) from every API process at once, at least once: a process
 * claims due rows with a conditional UPDATE (re-checked by PostgreSQL on the newest row version,
 * so two processes never claim one row), holding each for a lease longer than the request's
 * timeout; a process killed mid-delivery leaves its claim to run out, and another process sends
 * the row again. Each attempt is logged (webhook_attempts); a failure is retried on the growing
 * schedule of retry-schedule.ts.
 */
export function startWebhookWorker(deps: { pool: pg.Pool; clock: Clock; logger: Logger; pollMs: number; timeoutMs: number; privateTargets: boolean }): WebhookWorker {
  const worker = randomUUID();
  const leaseMs = deps.timeoutMs + 5000;

  // On the pool directly (not through the ORM): the worker's polling is no request's statement.
  const claim = async (now: Date) =>
    (
      await deps.pool.query<Claimed>(
        `update webhook_outbox o set claimed_until = $1::timestamptz + $2::int * interval '1 millisecond', claimed_by = $3, attempts = o.attempts + 1
         from webhooks w
         where o.id in (
           select d.id from webhook_outbox d join webhooks h on h.id = d.webhook_id and h.deleted_at is null
           where d.status = 'PENDING' and d.next_attempt_at <= $1 and (d.claimed_until is null or d.claimed_until <= $1)
           order by d.next_attempt_at, d.id limit ${BATCH}
         ) and o.status = 'PENDING' and (o.claimed_until is null or o.claimed_until <= $1) and w.id = o.webhook_id
         returning o.id::text as id, o.message_id as "messageId", o.payload::text as body, o.attempts, w.url, w.secret`,
        [now, leaseMs, worker],
      )
    ).rows;

  const record = async (row: Claimed, outcome: DeliveryOutcome) => {
    const now = deps.clock.now();
    const delivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const next = delivered ? null : nextAttemptAfter(row.attempts, now);
    await deps.pool.query(
      `with attempt as (
         insert into webhook_attempts (outbox_id, attempted_at, status_code, error, duration_ms) values ($1::bigint, $2, $3, $4, $5) returning id
       )
       update webhook_outbox set status = $6, next_attempt_at = coalesce($7::timestamptz, next_attempt_at), delivered_at = $8::timestamptz, claimed_until = null, claimed_by = null
       where id = $1::bigint and claimed_by = $9 and exists (select 1 from attempt)`,
      [row.id, now, outcome.statusCode, outcome.error, outcome.durationMs, delivered ? 'DELIVERED' : next ? 'PENDING' : 'FAILED', next, delivered ? now : null, worker],
    );
  };

  const round = async (): Promise<number> => {
    try {
      const rows = await claim(deps.clock.now());
      await Promise.all(rows.map(async (row) => record(row, await post(row.url, row.secret, row.messageId, row.body, deps.timeoutMs, deps.privateTargets))));
      return rows.length;
    } catch (error) {
      deps.logger.error({ err: error }, 'webhook delivery round failed');
      return 0;
    }
  };
  const loop = startSerialLoop(round, deps.pollMs);
  return { deliverNow: loop.runNow, stop: loop.stop };
}
