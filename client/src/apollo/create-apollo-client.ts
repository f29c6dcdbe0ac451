import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import type { AuthStore } from '../auth/auth-store.ts';
import type { ConnectionStatusStore } from './connection-status.ts';
import { reconnectDelayMs } from './reconnect-backoff.ts';

/** graphql-ws close code for a refused token (the API's onConnect returned false). */
const FORBIDDEN_CLOSE_CODE = 4403;

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          events: relayStylePagination(),
        },
      },
    },
  });
}

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/** The one graphql-ws connection: retried forever with backoff, reporting its state. */
export function createSocket(auth: AuthStore, connection: ConnectionStatusStore): WsClient {
  return createClient({
    url: webSocketUrl(),
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelayMs(retries))),
    connectionParams: () => {
      const token = auth.getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => connection.socketConnecting(),
      connected: (_socket, _payload, wasRetry) => connection.socketConnected(wasRetry),
      closed: (event) => {
        // An expired or revoked token: drop it so the retry connects as a guest instead of looping.
        if (event instanceof CloseEvent && event.code === FORBIDDEN_CLOSE_CODE) auth.setSession(null);
        connection.socketClosed();
      },
    },
  });
}

/** `observedFetch`: see observed-fetch.ts (server clock and HTTP health). */
export function createApolloClient(auth: AuthStore, socket: WsClient, observedFetch: typeof fetch): ApolloClient {
  const authLink = new ApolloLink((operation, forward) => {
    const token = auth.getToken();
    if (token) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
    }
    return forward(operation);
  });
  const http = ApolloLink.from([authLink, new HttpLink({ uri: '/graphql', fetch: observedFetch })]);
  const ws = new GraphQLWsLink(socket);
  return new ApolloClient({
    link: ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, ws, http),
    cache: createCache(),
  });
}
