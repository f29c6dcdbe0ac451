import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createConnectionStatusStore } from '../apollo/connection-status.ts';
import { createServerClock } from '../apollo/server-clock.ts';
import { AppServicesContext, type AppServices } from '../app-services.tsx';
import { createAuthStore } from '../auth/auth-store.ts';
import { createPendingSeats } from '../seats/pending-seats.ts';
import { ToastProvider } from '../ui/toasts.tsx';

export function createTestServices(signedIn = true): AppServices {
  const auth = createAuthStore(null);
  if (signedIn) auth.setSession({ token: 'test-token', user: { id: '1', email: 'alice@example.com', name: 'Alice', role: 'BUYER' } });
  return { auth, connection: createConnectionStatusStore(), socket: null, pendingSeats: createPendingSeats(), serverClock: createServerClock(), fetch: (...args) => fetch(...args) };
}

export function TestProviders({ client, services, children }: { client: ApolloClient; services: AppServices; children: ReactNode }) {
  return (
    <ApolloProvider client={client}>
      <AppServicesContext value={services}>
        <ToastProvider>{children}</ToastProvider>
      </AppServicesContext>
    </ApolloProvider>
  );
}
