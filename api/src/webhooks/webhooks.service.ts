import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { intArray, query } from '../db/sql.ts';
import { ownEvents } from '../partners/own-events.ts';
import { badInput, notFound } from '../shared/errors.ts';
import { parseId } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { newWebhookSecret } from './signing.ts';
import { privateTargetProblem } from './webhook-targets.ts';
import { deliveryColumns, WEBHOOK_COLUMNS, WEBHOOK_TYPES, type WebhookAttemptView, type WebhookDeliveryView, type WebhookView } from './webhook-view.ts';

const createInput = z.object({
  url: z
    .string()
    .max(2000, 'must have at most 2000 characters')
    .refine((url) => URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol), 'must be an http or https URL'),
  eventIds: z.array(z.string()).min(1, 'give at least one event').max(100, 'at most 100 events'),
  types: z.array(z.enum(WEBHOOK_TYPES)).min(1, 'give at least one type'),
});

export async function createWebhook(em: EntityManager, organizerId: number, now: Date, rawInput: unknown, privateTargets: boolean): Promise<{ webhook: WebhookView; secret: string }> {
  const input = validate(createInput, rawInput);
  const problem = privateTargets ? null : await privateTargetProblem(input.url);
  if (problem) throw badInput(`url: ${problem}`);
  const eventIds = await ownEvents(em, organizerId, input.eventIds.map((id) => parseId(id, 'eventIds')));
  const secret = newWebhookSecret();
  const [webhook] = await query<WebhookView>(
    em,
    `insert into webhooks (organizer_id, url, secret, types, event_ids, created_at) values (?, ?, ?, ?::text[], ?::int[], ?) returning ${WEBHOOK_COLUMNS}`,
    [organizerId, input.url, secret, `{${[...new Set(input.types)].join(',')}}`, intArray(eventIds), now],
  );
  return { webhook: webhook!, secret };
}

export function listWebhooks(em: EntityManager, organizerId: number): Promise<WebhookView[]> {
  return query<WebhookView>(em, `select ${WEBHOOK_COLUMNS} from webhooks where organizer_id = ? and deleted_at is null order by id desc`, [organizerId]);
}

async function ownWebhook(em: EntityManager, organizerId: number, id: number): Promise<WebhookView> {
  const [webhook] = await query<WebhookView>(em, `select ${WEBHOOK_COLUMNS} from webhooks where id = ? and organizer_id = ? and deleted_at is null`, [id, organizerId]);
  if (!webhook) throw notFound('Webhook', String(id));
  return webhook;
}

/** Stops a webhook; what it had not received yet is marked failed, in the same statement. */
export async function deleteWebhook(em: EntityManager, organizerId: number, id: number, now: Date): Promise<WebhookView> {
  const webhook = await ownWebhook(em, organizerId, id);
  await query(
    em,
    `with gone as (update webhooks set deleted_at = ? where id = ? and organizer_id = ? and deleted_at is null returning id)
     update webhook_outbox set status = 'FAILED' where webhook_id in (select id from gone) and status = 'PENDING'`,
    [now, id, organizerId],
  );
  return webhook;
}

const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');
function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!/^[1-9][0-9]{0,17}$/.test(id)) throw badInput('after: not a cursor returned by this API');
  return id;
}

export async function webhookDeliveries(em: EntityManager, organizerId: number, webhookId: number, first: number, after: string | null) {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first: must be between 1 and 100');
  await ownWebhook(em, organizerId, webhookId);
  const rows = await query<WebhookDeliveryView>(
    em,
    `select ${deliveryColumns()} from webhook_outbox where webhook_id = ?${after ? ' and id < ?::bigint' : ''} order by id desc limit ${first + 1}`,
    after ? [webhookId, decodeCursor(after)] : [webhookId],
  );
  const [count] = await query<{ n: number }>(em, `select count(*)::int as n from webhook_outbox where webhook_id = ?`, [webhookId]);
  const page = rows.slice(0, first);
  const cursors = page.map((d) => encodeCursor(d.id));
  return {
    edges: page.map((node, i) => ({ node, cursor: cursors[i]! })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: cursors.at(-1) ?? null, hasPreviousPage: after !== null, startCursor: cursors[0] ?? null },
    totalCount: count?.n ?? 0,
  };
}

export function attemptsOf(em: EntityManager, deliveryId: string): Promise<WebhookAttemptView[]> {
  return query<WebhookAttemptView>(
    em,
    `select attempted_at as "attemptedAt", status_code as "statusCode", error, duration_ms as "durationMs" from webhook_attempts where outbox_id = ?::bigint order by id`,
    [deliveryId],
  );
}

/** Due now, whatever its status: the worker sends it with the same `webhook-id`. */
export async function redeliver(em: EntityManager, organizerId: number, deliveryId: string, now: Date): Promise<WebhookDeliveryView> {
  if (!/^[1-9][0-9]{0,17}$/.test(deliveryId)) throw badInput(`deliveryId "${deliveryId.slice(0, 40)}" is not a valid id`);
  const [row] = await query<WebhookDeliveryView>(
    em,
    `update webhook_outbox o set status = 'PENDING', next_attempt_at = ?, claimed_until = null, claimed_by = null
     from webhooks w where o.id = ?::bigint and w.id = o.webhook_id and w.organizer_id = ? and w.deleted_at is null
     returning ${deliveryColumns('o')}`,
    [now, deliveryId, organizerId],
  );
  if (!row) throw notFound('Webhook delivery', deliveryId);
  return row;
}
