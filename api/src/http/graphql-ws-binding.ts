import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';

/** What a connection keeps of its upgrade request: the socket and what `describe` read from the request. */
export type SocketExtra<Described> = { socket: WebSocket } & Described;

/**
 * graphql-ws's protocol (`makeServer`) on `ws`, in place of graphql-ws's own `useServer`, for
 * the memory of idle sockets. `useServer` keeps every connection's upgrade request (headers and
 * all) for the socket's life and gives each socket its own ping interval and pong timer; here the
 * request is read once by `describe` and dropped, and one server-wide heartbeat pings every
 * socket and ends those that did not answer the previous ping (a dead peer never sends `close`).
 */
export function bindGraphQLWs<Described extends Record<string, unknown>>(
  wsServer: WebSocketServer,
  options: ServerOptions<Record<string, unknown> | undefined, SocketExtra<Described>>,
  describe: (request: IncomingMessage) => Described,
  heartbeatMs: number,
  logger: Logger,
) {
  const server = makeServer(options);
  wsServer.options.handleProtocols = handleProtocols;
  const unanswered = new WeakSet<WebSocket>();
  function answered(this: WebSocket) {
    unanswered.delete(this);
  }
  const heartbeat = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (unanswered.has(socket)) {
        socket.terminate();
        continue;
      }
      unanswered.add(socket);
      socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  const internalError = (socket: WebSocket, error: unknown, what: string) => {
    logger.error({ err: error }, what);
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };

  wsServer.on('connection', (socket, request) => {
    socket.once('error', (error) => internalError(socket, error, 'WebSocket error'));
    socket.on('pong', answered);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (socket.readyState === socket.OPEN) socket.send(data);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => internalError(socket, error, 'graphql-ws message handling failed'));
          }),
      },
      { socket, ...describe(request) },
    );
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  });

  return {
    dispose() {
      clearInterval(heartbeat);
      for (const socket of wsServer.clients) socket.close(1001, 'Going away');
    },
  };
}
