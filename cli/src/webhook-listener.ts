import { createServer, type Server } from 'node:http';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

export interface VerifiedDelivery {
  id: string;
  type: string;
  timestamp: string;
  data: unknown;
}

/**
 * A webhook endpoint for Tessera's deliveries: verifies each with the `standardwebhooks` library
 * (signature over `id.timestamp.body`, timestamp within five minutes), answers 204 to a verified
 * one (Tessera then stops retrying it) and 400 to anything else. Deliveries are at least once:
 * `onDelivery` gets a repeat with the same id again, and should ignore it.
 */
export function listenForWebhooks(port: number, secret: string, onDelivery: (delivery: VerifiedDelivery) => void, onRefused: (reason: string) => void): Promise<Server> {
  const verifier = new Webhook(secret);
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    let body = '';
    for await (const chunk of req) body += chunk;
    const headers = {
      'webhook-id': String(req.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
    };
    try {
      const payload = verifier.verify(body, headers) as { type: string; timestamp: string; data: unknown };
      res.writeHead(204).end();
      onDelivery({ id: headers['webhook-id'], type: payload.type, timestamp: payload.timestamp, data: payload.data });
    } catch (error) {
      res.writeHead(400).end();
      onRefused(error instanceof WebhookVerificationError ? error.message : String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
