import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new signing secret in the Standard Webhooks form: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * The headers of one delivery, signed with the `standardwebhooks` library: `webhook-signature` is
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. The timestamp is the real time of sending
 * (receivers refuse one more than five minutes off), whatever clock the holds run on.
 */
export function signedHeaders(secret: string, messageId: string, body: string, sentAt = new Date()): Record<string, string> {
  const signature = new Webhook(secret).sign(messageId, sentAt, body);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': signature,
  };
}
