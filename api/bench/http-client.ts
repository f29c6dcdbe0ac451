import { Agent, request } from 'node:http';

export interface HttpClient {
  url: URL;
  agent: Agent;
}

/**
 * Keep-alive connections, one per concurrent client: undici (whose Agent could be tuned) is not
 * a dependency, and node:http with a keep-alive agent opens each socket once and reuses it.
 */
export function httpClient(url: string, maxSockets: number): HttpClient {
  return { url: new URL(url), agent: new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets }) };
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLError[];
}

/** One POST /graphql over the client's kept-alive sockets. */
export function post<T>(client: HttpClient, body: string, token?: string): Promise<GraphQLResponse<T>> {
  return new Promise((resolve, reject) => {
    const req = request(
      client.url,
      {
        method: 'POST',
        agent: client.agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status, ...(JSON.parse(text) as Omit<GraphQLResponse<T>, 'status'>) });
          } catch {
            resolve({ status, errors: [{ message: text.slice(0, 200) }] });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The data of a request that must succeed (setup steps); throws with the errors otherwise. */
export async function graphql<T>(client: HttpClient, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await post<T>(client, JSON.stringify({ query, variables }), token);
  if (response.errors?.length || !response.data) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** OK, the first error's code, or HTTP_<status> for a response without one. */
export function outcomeOf(response: GraphQLResponse<unknown>): string {
  if (response.status >= 500) return `HTTP_${response.status}`;
  const code = response.errors?.[0]?.extensions?.code;
  if (code) return code;
  if (response.errors?.length || response.status !== 200) return `HTTP_${response.status}`;
  return 'OK';
}
