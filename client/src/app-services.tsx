import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Client as WsClient } from 'graphql-ws';
import type { AuthStore, Session } from './auth/auth-store.ts';
import type { ConnectionStatus, ConnectionStatusStore } from './apollo/connection-status.ts';
import type { ServerClock } from './apollo/server-clock.ts';
import type { PendingSeats } from './seats/pending-seats.ts';

/** Long-lived things outside React that components reach through context (tests pass their own). */
export interface AppServices {
  auth: AuthStore;
  connection: ConnectionStatusStore;
  socket: WsClient | null;
  pendingSeats: PendingSeats;
  /** The server's time (from its responses' `Date`), for countdowns. */
  serverClock: ServerClock;
  /** `fetch` for the API outside Apollo (the seat-map documents): see apollo/observed-fetch.ts. */
  fetch: typeof fetch;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices needs an AppServicesContext provider');
  return services;
}

export function useSession(): Session | null {
  const { auth } = useAppServices();
  return useSyncExternalStore(auth.subscribe, auth.getSession);
}

export function useConnectionStatus(): ConnectionStatus {
  const { connection } = useAppServices();
  return useSyncExternalStore(connection.subscribe, connection.getStatus);
}
