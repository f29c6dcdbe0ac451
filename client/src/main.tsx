import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, createSocket } from './apollo/create-apollo-client.ts';
import { createConnectionStatusStore } from './apollo/connection-status.ts';
import { createObservedFetch } from './apollo/observed-fetch.ts';
import { createServerClock } from './apollo/server-clock.ts';
import { AppServicesContext, type AppServices } from './app-services.tsx';
import { createAuthStore } from './auth/auth-store.ts';
import { createPendingSeats } from './seats/pending-seats.ts';
import { ToastProvider } from './ui/toasts.tsx';
import { App } from './App.tsx';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

const auth = createAuthStore();
const connection = createConnectionStatusStore();
const socket = createSocket(auth, connection);
const serverClock = createServerClock();
const observedFetch = createObservedFetch(serverClock, connection);
const services: AppServices = { auth, connection, socket, pendingSeats: createPendingSeats(), serverClock, fetch: observedFetch };

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient(auth, socket, observedFetch)}>
      <AppServicesContext value={services}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </AppServicesContext>
    </ApolloProvider>
  </StrictMode>,
);
