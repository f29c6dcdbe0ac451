/** Messages between a swarm (swarm.ts) and its worker processes (swarm-worker.ts). */
export type ToWorker =
  | {
      type: 'open';
      kind: 'graphql' | 'raw';
      /** WebSocket URLs, used round-robin. */
      urls: string[];
      count: number;
      /** Source addresses (127.0.0.x), used round-robin: ephemeral ports run out per source and destination. */
      localAddresses: string[];
      query?: string;
      variables?: Record<string, unknown>;
    }
  /** Report what arrived for `key` now, even if not every socket has it. */
  | { type: 'flush'; key: string }
  | { type: 'close' }
  | { type: 'exit' };

export type FromWorker =
  | { type: 'opened'; count: number; failed: number }
  /** graphql: receipt wall times (ms); raw: send-to-receipt latencies (ms). */
  | { type: 'receipts'; key: string; values: number[] }
  /** `lost`: sockets that had closed (the server or the network ended them) before they were asked to. */
  | { type: 'closed'; lost: number };
