import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A GraphQL error from Tessera: `code` is its `extensions.code` (CONFLICT, SOLD_OUT, ...). */
export class TesseraError extends Error {
  readonly code: string;
  readonly extensions: Record<string, unknown>;
  constructor(message: string, extensions: Record<string, unknown>) {
    super(message);
    this.name = 'TesseraError';
    this.extensions = extensions;
    this.code = typeof extensions['code'] === 'string' ? extensions['code'] : 'UNKNOWN';
  }
}

/** The request's outcome is unknown: the network failed or the server answered with no GraphQL result. */
export class TesseraUnavailableError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'TesseraUnavailableError';
    this.status = status;
  }
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const printed = new WeakMap<DocumentNode, string>();
const textOf = (document: DocumentNode) => {
  let text = printed.get(document);
  if (!text) printed.set(document, (text = print(document)));
  return text;
};

export interface TesseraClientOptions {
  /** The GraphQL endpoint, for example http://localhost:4000/graphql. */
  url: string;
  token?: string | undefined;
  /** Called each time the WebSocket (re)connects; after a retry, refetch what you watch: updates sent meanwhile are lost. */
  onConnected?: ((wasRetry: boolean) => void) | undefined;
  /** Called each time the WebSocket closes, with its close code (4205: the server asks for a resync). */
  onClosed?: ((code: number | undefined) => void) | undefined;
}

/**
 * A small typed client for Tessera's public API: HTTP for queries and mutations, graphql-ws for
 * subscriptions, with `Authorization: Bearer` on both. Each operation's variables and result are
 * typed by graphql-codegen from schema/.
 */
export class TesseraClient {
  readonly url: string;
  readonly token: string | undefined;
  private readonly onConnected: ((wasRetry: boolean) => void) | undefined;
  private readonly onClosed: ((code: number | undefined) => void) | undefined;
  private socket: Client | null = null;

  constructor(options: TesseraClientOptions) {
    this.url = options.url;
    this.token = options.token;
    this.onConnected = options.onConnected;
    this.onClosed = options.onClosed;
  }

  withToken(token: string): TesseraClient {
    return new TesseraClient({ url: this.url, token, onConnected: this.onConnected, onClosed: this.onClosed });
  }

  /** Runs a query or mutation; throws TesseraError for a GraphQL error, TesseraUnavailableError when the outcome is unknown. */
  async request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: JSON.stringify({ query: textOf(document), variables }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw new TesseraUnavailableError(`request failed: ${(error as Error).message}`, null);
    }
    let body: GraphQLBody<R>;
    try {
      body = (await response.json()) as GraphQLBody<R>;
    } catch {
      throw new TesseraUnavailableError(`HTTP ${response.status} without a GraphQL result`, response.status);
    }
    const [first] = body.errors ?? [];
    if (first) throw new TesseraError(first.message, first.extensions ?? {});
    if (body.data == null) throw new TesseraUnavailableError(`HTTP ${response.status} without data`, response.status);
    return body.data;
  }

  /** Subscribes over one shared graphql-ws connection; returns a function that stops it. */
  subscribe<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    handlers: { next(data: R): void; error?(error: unknown): void },
  ): () => void {
    this.socket ??= createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: this.token ? { authorization: `Bearer ${this.token}` } : {},
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(200 * 2 ** retries, 3000) * (0.5 + Math.random()))),
      on: {
        connected: (_socket, _payload, wasRetry) => this.onConnected?.(wasRetry),
        closed: (event) => this.onClosed?.((event as { code?: number } | undefined)?.code),
      },
    });
    return this.socket.subscribe<R>(
      { query: textOf(document), variables },
      {
        next: (result) => {
          if (result.data) handlers.next(result.data as R);
          else if (result.errors) handlers.error?.(new TesseraError(result.errors[0]!.message, result.errors[0]!.extensions ?? {}));
        },
        error: (error) => handlers.error?.(error),
        complete: () => {},
      },
    );
  }

  async close(): Promise<void> {
    await this.socket?.dispose();
    this.socket = null;
  }
}
