import { createGraphiQLFetcher } from '@graphiql/toolkit';
import type { Fetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';

// Same origin as the page: queries and mutations over HTTP POST /graphql,
// subscriptions over graphql-ws on ws(s)://host/graphql.
export function createPlaygroundFetcher(location: Location): Fetcher {
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createGraphiQLFetcher({
    url: `${location.origin}/graphql`,
    wsClient: createClient({ url: `${wsProtocol}//${location.host}/graphql`, lazy: true }),
  });
}
