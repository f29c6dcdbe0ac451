import WebSocket from 'ws';
import type { ChildServer } from './bench-processes.ts';
import { wallMs } from './quantiles.ts';

/** N plain `ws` clients of the raw server; each message's `sentAt` gives send-to-receipt latency. */
export class RawWsSwarm {
  private readonly sockets: WebSocket[] = [];

  async open(server: ChildServer, count: number, onMessage: (sentAt: number, receivedAt: number) => void = () => {}): Promise<void> {
    const batch = 250;
    for (let start = 0; start < count; start += batch) {
      const opened: Promise<void>[] = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const socket = new WebSocket(`ws://127.0.0.1:${server.port}/`);
        this.sockets.push(socket);
        // Parse like graphql-ws does for each message, so both sides pay the client's JSON cost.
        socket.on('message', (data: Buffer) => onMessage((JSON.parse(data.toString()) as { sentAt: number }).sentAt, wallMs()));
        socket.on('error', () => {});
        opened.push(new Promise<void>((resolve) => socket.once('open', () => resolve()).once('close', () => resolve())));
      }
      await Promise.all(opened);
    }
  }

  async close(): Promise<void> {
    const all = this.sockets.splice(0);
    await Promise.all(all.map((s) => new Promise<void>((resolve) => {
      if (s.readyState === WebSocket.CLOSED) return resolve();
      s.once('close', () => resolve());
      s.terminate();
    })));
  }
}
