import type { IncomingMessage, Server } from 'node:http';
import { CloseCode, MessageType, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { AuthUser, TokenClaims } from '../auth/tokens.ts';

type MessageHandler = (data: string) => Promise<void>;
type ClosedHandler = (code?: number, reason?: string) => Promise<void>;

/**
 * A `ws` socket that is also graphql-ws's socket (`protocol`, `send`, `close` are ws's own;
 * `onMessage` is added). Its per-connection state lives in declared fields, and the events it
 * needs (`message`, `pong`, `error`, `close`) are handled in `emit` rather than by listeners: a
 * socket with four listeners carries its own listener table (about 0.4 KiB), one without none.
 */
export class GraphQLWsSocket extends WebSocket {
  /** graphql-ws's handler for this socket's messages. */
  handle: MessageHandler | null = null;
  /** graphql-ws's cleanup for this socket. */
  closed: ClosedHandler | null = null;
  /** Pinged by the heartbeat and not yet answered. */
  awaitingPong = false;
  /** Until `connection_init` arrives. */
  initDeadline: NodeJS.Timeout | null = null;
  /** The server's open sockets (ws's own tracking would add a `close` listener to each). */
  openSockets: Set<GraphQLWsSocket> | null = null;
  /** Whom a signed-in socket speaks for, kept for the session checks after connect (websocket.ts). */
  session: { claims: TokenClaims; user: AuthUser } | null = null;
  logger: Logger | null = null;

  onMessage(handle: MessageHandler): void {
    this.handle = handle;
  }

  clearInitDeadline(): void {
    if (this.initDeadline) clearTimeout(this.initDeadline);
    this.initDeadline = null;
  }

  failed(error: unknown, what: string): void {
    this.logger?.error({ err: error }, what);
    this.close(CloseCode.InternalServerError, 'Internal server error');
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    switch (event) {
      case 'message': {
        const frame = parsedFrame(String(args[0] as RawData));
        // graphql-ws throws on a well-formed message only a server may send (`next`, `error`,
        // `connection_ack`), which would close with 4500 and log an internal error for what is the
        // client's protocol mistake: graphql-ws's own answer to such a client is 4400.
        if (!fromClient(frame)) this.close(CloseCode.BadRequest, 'Invalid message received');
        else this.handle?.(frame).catch((error: unknown) => this.failed(error, 'graphql-ws message handling failed'));
        return true;
      }
      case 'pong':
        this.awaitingPong = false;
        return true;
      case 'error':
        // Handled here, so never "unhandled" (ws follows an error with `close`).
        this.failed(args[0], 'WebSocket error');
        return true;
      case 'close':
        this.clearInitDeadline();
        this.openSockets?.delete(this);
        void this.closed?.(args[0] as number, String(args[1] as Buffer));
        break;
    }
    return super.emit(event, ...args);
  }
}

/**
 * A frame as graphql-ws's message handler takes it: parsed here. graphql-ws's `parseMessage`
 * accepts a parsed message as well as its text, and the handler's argument stays alive as long
 * as the handler runs, which for a `subscribe` is the subscription's life: parsed, the frame's
 * text (as long as the query and more) is garbage at once. Malformed JSON goes on as text, for
 * graphql-ws to refuse as before (4400).
 */
function parsedFrame(text: string): string {
  try {
    // Typed as text for graphql-ws's `onMessage` signature; `parseMessage` takes either.
    return JSON.parse(text) as string;
  } catch {
    return text;
  }
}

/** Message types of the protocol a client sends; graphql-ws refuses malformed ones itself (4400). */
const CLIENT_MESSAGE_TYPES = new Set<unknown>([MessageType.ConnectionInit, MessageType.Ping, MessageType.Pong, MessageType.Subscribe, MessageType.Complete]);

/** False for a parsed message a client must not send; text that did not parse is graphql-ws's to refuse. */
function fromClient(frame: unknown): boolean {
  if (typeof frame !== 'object' || frame === null) return true;
  return CLIENT_MESSAGE_TYPES.has((frame as { type?: unknown }).type);
}

function initTimedOut(socket: GraphQLWsSocket): void {
  socket.initDeadline = null;
  socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
}

export interface BindingOptions<Extra> {
  server: Server;
  path: string;
  maxPayload: number;
  /** The connection's own state (graphql-ws's `ctx.extra`): its socket and what it keeps of its upgrade request, which is not kept. */
  describe: (socket: GraphQLWsSocket, request: IncomingMessage) => Extra;
  /** Whether an upgrade request may become a socket (refused with 403 when not). */
  allowUpgrade?: (request: IncomingMessage) => boolean;
  /** Close a socket that has not sent `connection_init` within this time (4408). */
  initTimeoutMs: number;
  /** Ping every socket this often; end one that did not answer the previous ping. */
  heartbeatMs: number;
  logger: Logger;
}

/**
 * graphql-ws's protocol (`makeServer`) on `ws`, in place of graphql-ws's own `useServer`, for
 * the memory of idle sockets. `useServer` keeps every connection's upgrade request (headers and
 * all) for the socket's life and gives each socket its own ping interval and pong timer; here the
 * request is read once by `describe` and dropped, and one server-wide heartbeat pings every
 * socket and ends those that did not answer the previous ping (a dead peer never sends `close`).
 * The `connection_init` deadline is ours too: graphql-ws's timer is never cleared, so it would
 * stay with every connection until it fires; ours is cleared when `connection_init` arrives.
 */
export function bindGraphQLWs<Extra extends { socket: GraphQLWsSocket }>(
  options: ServerOptions<Record<string, unknown> | undefined, Extra>,
  binding: BindingOptions<Extra>,
) {
  const wsServer = new WebSocketServer({
    server: binding.server,
    path: binding.path,
    maxPayload: binding.maxPayload,
    WebSocket: GraphQLWsSocket,
    clientTracking: false,
    handleProtocols,
    ...(binding.allowUpgrade
      ? { verifyClient: (info: { req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) => done(binding.allowUpgrade!(info.req), 403, 'Origin not allowed') }
      : {}),
  });
  const openSockets = new Set<GraphQLWsSocket>();
  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    ...options,
    connectionInitWaitTimeout: Number.POSITIVE_INFINITY,
    onConnect: (ctx) => {
      ctx.extra.socket.clearInitDeadline();
      return options.onConnect?.(ctx);
    },
  });

  const heartbeat = setInterval(() => {
    for (const socket of openSockets) {
      if (socket.awaitingPong) {
        socket.terminate();
        continue;
      }
      socket.awaitingPong = true;
      socket.ping();
    }
  }, binding.heartbeatMs);
  heartbeat.unref();

  wsServer.on('connection', (socket, request) => {
    socket.logger = binding.logger;
    socket.openSockets = openSockets;
    openSockets.add(socket);
    socket.initDeadline = setTimeout(initTimedOut, binding.initTimeoutMs, socket);
    socket.closed = server.opened(socket, binding.describe(socket, request));
  });

  return {
    wsServer,
    /** Every open socket of this server. */
    openSockets: openSockets as ReadonlySet<GraphQLWsSocket>,
    /** Stops the heartbeat; closing the sockets is the caller's. */
    dispose() {
      clearInterval(heartbeat);
    },
  };
}
