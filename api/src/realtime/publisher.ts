/**
 * The channels and what each carries. `realtime/` knows no domain: each domain declares its own
 * channel beside its view (`declare module '../realtime/publisher.ts'`, e.g. `seats/seat-view.ts`),
 * and everything here only relies on a payload's `id` and `version` (version-gate.ts).
 */
export interface ChannelPayloads {}
export type ChannelKind = keyof ChannelPayloads;

/** Channels are per key: `seat` and `tier` per event, `hold` per buyer. */
export const channelName = (kind: ChannelKind, key: number): string => `${kind}:${key}`;

/**
 * Fan-out of committed changes to subscribers. The in-memory one serves a single process;
 * a Redis or LISTEN/NOTIFY one replaces it for several (same interface).
 */
export interface Publisher {
  publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void>;
  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]>;
  close(): Promise<void>;
  /**
   * Called when this process may have missed messages (its pub/sub link was down and is back).
   * The server then closes its WebSockets with RESYNC_CLOSE_CODE: clients reconnect, refetch, and
   * the server's state wins. In-memory fan-out never loses messages and never calls it.
   */
  onGap?(listener: () => void): void;
}

/** WebSocket close code asking the client to reconnect and refetch (4000-4999: application codes). */
export const RESYNC_CLOSE_CODE = 4205;
