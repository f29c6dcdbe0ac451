import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { Agent, request } from 'node:http';

/**
 * A GraphQL operation: a document typed by graphql-codegen (cli/src/operations.ts), whose
 * variables and result the compiler checks, or plain text for what a typed document cannot say
 * (malformed input, operations only a test sends).
 */
export type Operation<R, V> = TypedDocumentNode<R, V> | string;

export type Variables = Record<string, unknown>;

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** Where requests go: a URL, or anything with one (a test server, a child process). */
export type Endpoint = string | { url: string };

const printed = new WeakMap<DocumentNode, string>();

/** The operation's text, printed once per document. */
export function operationText(operation: Operation<unknown, never>): string {
  if (typeof operation === 'string') return operation;
  let text = printed.get(operation);
  if (text === undefined) printed.set(operation, (text = print(operation)));
  return text;
}

const urlOf = (endpoint: Endpoint) => (typeof endpoint === 'string' ? endpoint : endpoint.url);

/** One real HTTP POST of the operation; every answer is returned, errors included. */
export async function gql<R = Record<string, unknown>, V extends Variables = Variables>(
  endpoint: Endpoint,
  operation: Operation<R, V>,
  variables?: V,
  token?: string,
  signal?: AbortSignal,
): Promise<GraphQLResponse<R>> {
  const response = await fetch(urlOf(endpoint), {
    method: 'POST',
    ...(signal ? { signal } : {}),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: operationText(operation), variables: variables ?? {} }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as Omit<GraphQLResponse<R>, 'status'>) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 200) }] };
  }
}

/** The data of an operation that must succeed; the errors in the failure message otherwise. */
export async function ok<R = Record<string, unknown>, V extends Variables = Variables>(endpoint: Endpoint, operation: Operation<R, V>, variables?: V, token?: string): Promise<R> {
  return dataOf(await gql(endpoint, operation, variables, token));
}

function dataOf<R>(result: GraphQLResponse<R>): R {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL failed (${result.status}): ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const codeOf = (result: GraphQLResponse<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;

/** OK, the first error's code, or HTTP_<status> for an answer without one: what a load run tallies. */
export function outcomeOf(result: GraphQLResponse<unknown>): string {
  if (result.status >= 500) return `HTTP_${result.status}`;
  const code = codeOf(result);
  if (code) return code;
  if (result.errors?.length || result.status !== 200 || !result.data) return `HTTP_${result.status}`;
  return 'OK';
}

/**
 * HTTP with kept-alive sockets (node:http's Agent), for load: a load generator must cost little
 * per request, and fetch costs several times what a kept-alive node:http request does. A network
 * failure resolves as status 0, so a load run counts it rather than dies of it.
 */
export class KeepAliveClient {
  readonly url: URL;
  readonly agent: Agent;

  constructor(endpoint: Endpoint, maxSockets: number) {
    this.url = new URL(urlOf(endpoint));
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** POSTs a ready JSON body (a load loop serialises its body once per request, not per layer). */
  post<R>(body: string, token?: string): Promise<GraphQLResponse<R>> {
    return new Promise((resolve) => {
      const req = request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => resolve({ status: 0, errors: [{ message: error.message }] }));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve({ status, ...(JSON.parse(text) as Omit<GraphQLResponse<R>, 'status'>) });
            } catch {
              resolve({ status, errors: [{ message: text.slice(0, 200) }] });
            }
          });
        },
      );
      req.on('error', (error) => resolve({ status: 0, errors: [{ message: error.message }] }));
      req.end(body);
    });
  }

  send<R, V extends Variables>(operation: Operation<R, V>, variables: V, token?: string): Promise<GraphQLResponse<R>> {
    return this.post<R>(JSON.stringify({ query: operationText(operation), variables }), token);
  }

  async ok<R, V extends Variables>(operation: Operation<R, V>, variables: V, token?: string): Promise<R> {
    return dataOf(await this.send(operation, variables, token));
  }

  close(): void {
    this.agent.destroy();
  }
}
