/**
 * What the one graphql-ws socket is doing, for the header's indicator and for the pages that
 * must resynchronise after a reconnect (events published during the gap are lost).
 */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

type StatusListener = (status: ConnectionStatus) => void;
type ReconnectListener = () => void;

/** Failed attempts in a row after which "reconnecting" becomes "offline". */
const ATTEMPTS_BEFORE_OFFLINE = 3;

export interface ConnectionStatusStore {
  getStatus(): ConnectionStatus;
  subscribe(listener: StatusListener): () => void;
  /** Called after every successful reconnect (not the first connection). */
  onReconnected(listener: ReconnectListener): () => void;
  socketConnecting(): void;
  socketConnected(wasRetry: boolean): void;
  socketClosed(): void;
}

export function createConnectionStatusStore(): ConnectionStatusStore {
  let status: ConnectionStatus = 'connecting';
  let everConnected = false;
  let failedAttempts = 0;
  const listeners = new Set<StatusListener>();
  const reconnectListeners = new Set<ReconnectListener>();

  const set = (next: ConnectionStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener(next);
  };
  const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnected(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    socketConnecting() {
      if (!everConnected) return set('connecting');
      set(browserOffline() || failedAttempts >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'reconnecting');
    },
    socketConnected(wasRetry) {
      failedAttempts = 0;
      const reconnected = everConnected || wasRetry;
      everConnected = true;
      set('live');
      if (reconnected) for (const listener of reconnectListeners) listener();
    },
    socketClosed() {
      if (status !== 'live') failedAttempts += 1;
      if (!everConnected) return;
      set(browserOffline() || failedAttempts >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'reconnecting');
    },
  };
}
