import type { HoldView, SeatView, TierView } from './views.ts';

/** The channels and what each carries. */
export interface ChannelPayloads {
  seat: SeatView;
  tier: TierView;
  hold: HoldView;
}
export type ChannelKind = keyof ChannelPayloads;

/** `seat` and `tier` channels are per event, `hold` channels per buyer. */
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
