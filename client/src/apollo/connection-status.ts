/**
 * Whether what the buyer sees is live: the one graphql-ws socket and plain HTTP (queries,
 * mutations, the seat-map documents) together, for the header's indicator, the map's stale
 * cue and the pages that must resynchronise after a reconnect (events published during the gap
 * are lost). `no-http`: the socket is up but requests fail, so the map moves but clicks cannot
 * work; that is not "live" either.
 */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'no-http';

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
  /** An HTTP request got an answer from the server (any status the server itself sent). */
  httpAnswered(): void;
  /** An HTTP request failed on the way (network error, or a gateway's 502-504). */
  httpFailed(): void;
}

export function createConnectionStatusStore(): ConnectionStatusStore {
  let socket: Exclude<ConnectionStatus, 'no-http'> = 'connecting';
  let httpDown = false;
  let status: ConnectionStatus = 'connecting';
  let everConnected = false;
  let failedAttempts = 0;
  const listeners = new Set<StatusListener>();
  const reconnectListeners = new Set<ReconnectListener>();

  const publish = () => {
    const next: ConnectionStatus = socket === 'live' && httpDown ? 'no-http' : socket;
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener(next);
  };
  const set = (next: Exclude<ConnectionStatus, 'no-http'>) => {
    socket = next;
    publish();
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
      if (socket !== 'live') failedAttempts += 1;
      if (!everConnected) return;
      set(browserOffline() || failedAttempts >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'reconnecting');
    },
    httpAnswered() {
      httpDown = false;
      publish();
    },
    httpFailed() {
      httpDown = true;
      publish();
    },
  };
}
