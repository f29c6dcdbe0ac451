import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { AuthUser } from '../auth/tokens.ts';
import { createContext, type AppServices } from '../context.ts';
import { SharedSubscriptions, type Delivery } from '../realtime/shared-subscriptions.ts';
import { clientIpOf } from '../security/client-ip.ts';
import type { DocumentGuard } from '../security/document-limits.ts';
import { SocketGuard, TOKEN_EXPIRED, TOO_MANY_CONNECTIONS, type SocketTicket } from '../security/socket-guard.ts';
import { formatError } from '../shared/format-error.ts';
import type { ApiKeyCaller } from '../partners/api-key-view.ts';
import { authenticate } from '../partners/caller.ts';
import { bindGraphQLWs, type GraphQLWsSocket } from './graphql-ws-binding.ts';

/**
 * What a connection keeps: its socket, its address (read from the upgrade request, which is not
 * kept), user and ticket. Every field exists from the start, so none is added to the object later.
 */
type SocketState = { socket: GraphQLWsSocket; ip: string | null; user: AuthUser | null; apiKey: ApiKeyCaller | null; ticket: SocketTicket | null };

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * graphql-ws on the same server and path as HTTP. WebSocket traffic bypasses Apollo Server, so
 * authentication, the document limits, validation and error masking are applied here again, plus
 * the socket's own limits: sockets per user and address, subscriptions per socket, a deadline for
 * `connection_init`, and a close when the token expires.
 */
export function attachWebSocket(httpServer: Server, schema: GraphQLSchema, app: AppServices, documents: DocumentGuard) {
  const { sockets, trustProxyHops } = app.config.security;
  const guard = new SocketGuard(sockets);
  const present = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((e) => formatError(documents.format(e.toJSON()), e, app.logger)) } : result;
  const shared = new SharedSubscriptions({
    // A fresh context (fork, loaders) per shared execution, i.e. per change: counts are read anew each time.
    contextFor: (user) => createContext(app, user, randomUUID()),
    present,
    onError: (error) => app.logger.error({ err: error }, 'shared subscription source failed'),
    onGroupCount: (groups) => app.metrics.subscriptionGroups.set(groups),
  });
  // Who each subscription's results go to, from onSubscribe (which knows the socket) to subscribe (which does not).
  const deliveries = new WeakMap<ExecutionArgs, Delivery>();
  const { wsServer, openSockets, dispose } = bindGraphQLWs<SocketState>(
    {
      schema,
      // A socket with a bad or expired token is refused (4403); one with no token may watch.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.['authorization'];
        // Read once: graphql-ws would keep the parameters (the token) for the connection's life.
        Reflect.set(ctx, 'connectionParams', undefined);
        try {
          // A person's token or a partner's API key; a key's sockets close when it is revoked.
          const caller = await authenticate(app, authorization);
          ctx.extra.user = caller.user;
          ctx.extra.apiKey = caller.apiKey;
        } catch {
          return false;
        }
        const { socket } = ctx.extra;
        const ticket = guard.admit(ctx.extra.user, ctx.extra.ip, () => socket.close(TOKEN_EXPIRED, 'Token expired'));
        if (!ticket) {
          socket.close(TOO_MANY_CONNECTIONS, 'Too many connections');
          return false;
        }
        ctx.extra.ticket = ticket;
        if (ctx.extra.apiKey) app.partners.keySockets.add(ctx.extra.apiKey.id, socket);
        app.metrics.subscribers.inc();
        return true;
      },
      onDisconnect: () => {
        app.metrics.subscribers.dec();
      },
      onClose: (ctx) => {
        if (ctx.extra.ticket) guard.release(ctx.extra.ticket);
        if (ctx.extra.apiKey) app.partners.keySockets.remove(ctx.extra.apiKey.id, ctx.extra.socket);
      },
      onSubscribe: (ctx, id, payload) => {
        if (Object.keys(ctx.subscriptions).length > guard.maxSubscriptions) {
          return [new GraphQLError(`At most ${guard.maxSubscriptions} subscriptions per connection`, { extensions: { code: 'RATE_LIMITED', limit: 'maxSubscriptionsPerConnection' } })];
        }
        if (typeof payload.query !== 'string') return [badRequest('Send a query')];
        const checked = documents.check(schema, payload.query, payload.operationName, payload.variables);
        if (Array.isArray(checked)) return checked;
        if (checked.operation.operation !== 'subscription') return [badRequest('Send queries and mutations over HTTP; the WebSocket carries subscriptions')];
        app.metrics.subscriptions.inc();
        // graphql-ws keeps the subscribe message for the subscription's life; its query text is no longer needed.
        Reflect.set(payload, 'query', '');
        const { user, apiKey, ip } = ctx.extra;
        // contextValue serves the subscriber's own `subscribe` resolver (its checks) only; results run in shared executions.
        const args: ExecutionArgs = {
          schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          rootValue: undefined,
          contextValue: createContext(app, user, randomUUID(), ip, { apiKey }),
        };
        deliveries.set(args, { socket: ctx.extra.socket, id, user });
        return args;
      },
      subscribe: async (args) => {
        // onSubscribe registered every subscription operation's delivery just before.
        const delivery = deliveries.get(args)!;
        deliveries.delete(args);
        const joined = await shared.subscribe(args, delivery);
        // graphql-ws keeps args for the subscription's life; the context has served.
        args.contextValue = undefined;
        return joined;
      },
      onComplete: () => {
        app.metrics.subscriptions.dec();
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? present(result) : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(documents.format(e.toJSON()), e, app.logger)),
    },
    {
      server: httpServer,
      path: '/graphql',
      maxPayload: 64 * 1024,
      describe: (socket, request) => ({
        socket,
        ip: clientIpOf(request.headers['x-forwarded-for'], request.socket.remoteAddress, trustProxyHops),
        user: null,
        apiKey: null,
        ticket: null,
      }),
      initTimeoutMs: sockets.initTimeoutMs,
      heartbeatMs: sockets.heartbeatMs,
      logger: app.logger,
    },
  );
  return {
    /** Closes every socket with `code`; graphql-ws clients reconnect on application codes like RESYNC_CLOSE_CODE. */
    closeAll(code: number, reason: string) {
      for (const socket of openSockets) socket.close(code, reason);
    },
    async close() {
      dispose();
      for (const socket of openSockets) socket.close(1001, 'Server shutting down');
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      // Drained: each socket completes its closing handshake (ws ends one that does not within 30 s).
      while (openSockets.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
