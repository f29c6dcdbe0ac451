/** Kinds of change a webhook receives (`WebhookType`). */
export const WEBHOOK_TYPES = ['ORDER_CONFIRMED', 'ORDER_CANCELLED', 'HOLD_EXPIRED', 'TICKET_CHECKED_IN', 'TIER_SOLD_OUT'] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];

/** A webhook as the GraphQL `Webhook` resolves: never its signing secret. */
export interface WebhookView {
  id: number;
  organizerId: number;
  url: string;
  types: WebhookType[];
  eventIds: number[];
  createdAt: Date | string;
}

export const WEBHOOK_COLUMNS = `id, organizer_id as "organizerId", url, types, event_ids as "eventIds", created_at as "createdAt"`;

/** One change for one webhook (a row of webhook_outbox). */
export interface WebhookDeliveryView {
  id: string;
  webhookId: number;
  messageId: string;
  type: WebhookType;
  /** The JSON body, exactly as signed and sent. */
  payload: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  createdAt: Date | string;
  nextAttemptAt: Date | string;
  deliveredAt: Date | string | null;
}

/** Columns of a delivery as WebhookDeliveryView; the payload as the text that was signed and sent. */
export function deliveryColumns(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}id::text as id, ${a}webhook_id as "webhookId", ${a}message_id as "messageId", ${a}type, ${a}payload::text as payload, ${a}status, ${a}attempts,
  ${a}created_at as "createdAt", ${a}next_attempt_at as "nextAttemptAt", ${a}delivered_at as "deliveredAt"`;
}

export interface WebhookAttemptView {
  attemptedAt: Date | string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}
