import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The payload as the `standardwebhooks` library verified it; null when the signature did not verify. */
  verified: { type: string; timestamp: string; data: Record<string, unknown> } | null;
}

/**
 * A real local HTTP endpoint for webhook tests: records every request, verifies each signature with
 * the `standardwebhooks` library, and answers as `respond` says (a status, or `hang` to never answer).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  respond: (request: Received, nth: number) => number | 'hang' = () => 200;
  secret = '';
  private server: Server | null = null;
  private readonly hanging: ServerResponse[] = [];
  private waiters: { predicate: (r: Received[]) => boolean; resolve: () => void }[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
    let verified: Received['verified'] = null;
    try {
      verified = new Webhook(this.secret).verify(body, headers) as Received['verified'];
    } catch {
      verified = null;
    }
    const received: Received = { id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'], body, verified };
    this.received.push(received);
    const answer = this.respond(received, this.received.length);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(this.received)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    if (answer === 'hang') {
      this.hanging.push(res);
      return;
    }
    res.writeHead(answer).end();
  }

  until(predicate: (r: Received[]) => boolean, ms = 5000): Promise<void> {
    if (predicate(this.received)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`webhook receiver: timed out with ${this.received.length} received: ${this.received.map((r) => r.verified?.type).join(',')}`)), ms);
      this.waiters.push({ predicate, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
