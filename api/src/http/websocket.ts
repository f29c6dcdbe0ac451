import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { AuthUser } from '../auth/tokens.ts';
import { createContext, type AppServices, type GraphQLContext } from '../context.ts';
import { Loaders } from '../loaders.ts';
import { SharedSubscriptions, type Delivery } from '../realtime/shared-subscriptions.ts';
import { clientIpOf } from '../security/client-ip.ts';
import type { DocumentGuard } from '../security/document-limits.ts';
import { upgradeOriginAllowed } from '../security/http-guards.ts';
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

/** What every execution of one change shares (realtime/shared-subscriptions.ts). */
type ChangeScope = Pick<GraphQLContext, 'em' | 'loaders' | 'requestId'>;

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * A socket's user was checked at connect; afterwards their sessions can end (`logOutEverywhere`,
 * here or on another instance) or their role change. Sockets of a user whose sessions this
 * process ended close at once; every `sessionCheckSeconds` one statement reads the standing of
 * every signed-in socket's user, and those no longer standing close with 4403 (clients reconnect
 * with the token they have, which is then refused if the session ended, or accepted with the new role).
 */
function checkSessions(app: AppServices, openSockets: ReadonlySet<GraphQLWsSocket>): NodeJS.Timeout {
  const end = (socket: GraphQLWsSocket) => socket.close(TOKEN_EXPIRED, 'Session ended or changed: sign in again');
  app.sessions.onEnded((userId) => {
    for (const socket of openSockets) if (socket.session?.user.id === userId) end(socket);
  });
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const signedIn = [...openSockets].filter((s) => s.session !== null);
      const stale = await app.sessions.stale(signedIn.map((s) => ({ claims: s.session!.claims, role: s.session!.user.role })));
      for (const socket of signedIn) if (stale.has(socket.session!.claims)) end(socket);
    } catch (error) {
      app.logger.warn({ err: (error as Error).message }, 'session check of open sockets failed; trying again');
    } finally {
      running = false;
    }
  }, Math.max(1000, app.config.sessionCheckSeconds * 1000));
  timer.unref();
  return timer;
}

/**
 * graphql-ws on the same server and path as HTTP. WebSocket traffic bypasses Apollo Server, so
 * authentication, the document limits, validation and error masking are applied here again, plus
 * the socket's own limits: sockets per user and address, subscriptions per socket, a deadline for
 * `connection_init`, and a close when the token expires.
 */
export function attachWebSocket(httpServer: Server, schema: GraphQLSchema, app: AppServices, documents: DocumentGuard) {
  const { sockets, trustProxyHops } = app.config.security;
  const guard = new SocketGuard(sockets);
  // As over HTTP, where Apollo drops `extensions.http` (the status it sets) from the body.
  const forSocket = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = formatError(documents.format(error.toJSON()), error, app.logger);
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
  const present = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map(forSocket) } : result;
  const shared = new SharedSubscriptions<ChangeScope, AuthUser>({
    // One fork and one set of loaders per change, shared by every group's execution of it: the
    // counts are read anew for each change, once, however many groups there are.
    scope: () => {
      const em = app.orm.em.fork();
      return { em, loaders: new Loaders(em), requestId: randomUUID() };
    },
    contextFor: (user, scope): GraphQLContext => ({ app, em: scope.em, loaders: scope.loaders, requestId: scope.requestId, user, claims: null, clientIp: null, apiKey: null, http: null }),
    maxGroupsPerIp: sockets.maxGroupsPerIp,
    present,
    onError: (error) => app.logger.error({ err: error }, 'shared subscription source failed'),
    onGroupCount: (groups) => app.metrics.subscriptionGroups.set(groups),
    onWork: ({ executions, projections }) => {
      if (executions > 0) app.metrics.subscriptionWork.inc({ kind: 'execution' }, executions);
      if (projections > 0) app.metrics.subscriptionWork.inc({ kind: 'projection' }, projections);
    },
  });
  // Who each subscription's results go to, from onSubscribe (which knows the socket) to subscribe (which does not).
  const deliveries = new WeakMap<ExecutionArgs, Delivery<AuthUser>>();
  const { wsServer, openSockets, dispose } = bindGraphQLWs<SocketState>(
    {
      schema,
      // A socket with a bad or expired token is refused (4403); one with no token may watch.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.['authorization'];
        // Read once: graphql-ws would keep the parameters (the token) for the connection's life.
        Reflect.set(ctx, 'connectionParams', undefined);
        const { socket } = ctx.extra;
        try {
          // A person's token or a partner's API key; a key's sockets close when it is revoked.
          const { claims, apiKey } = await authenticate(app, authorization);
          ctx.extra.user = claims ? await app.sessions.authenticate(claims) : null;
          ctx.extra.apiKey = apiKey;
          socket.session = claims && ctx.extra.user ? { claims, user: ctx.extra.user } : null;
        } catch {
          return false;
        }
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
          contextValue: createContext(app, user, randomUUID(), ip, null, { apiKey }),
        };
        deliveries.set(args, { socket: ctx.extra.socket, id, user, ip });
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
      onError: (_ctx, _id, _payload, errors) => errors.map(forSocket),
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
      ...(app.config.security.checkWebSocketOrigin
        ? { allowUpgrade: (request: IncomingMessage) => upgradeOriginAllowed(request.headers.origin, request.headers.host, app.config.security.corsOrigins) }
        : {}),
      initTimeoutMs: sockets.initTimeoutMs,
      heartbeatMs: sockets.heartbeatMs,
      logger: app.logger,
    },
  );
  const sessionChecks = checkSessions(app, openSockets);
  return {
    /** Closes every socket with `code`; graphql-ws clients reconnect on application codes like RESYNC_CLOSE_CODE. */
    closeAll(code: number, reason: string) {
      for (const socket of openSockets) socket.close(code, reason);
    },
    async close() {
      dispose();
      clearInterval(sessionChecks);
      for (const socket of openSockets) socket.close(1001, 'Server shutting down');
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      // Drained: each socket completes its closing handshake (ws ends one that does not within 30 s).
      while (openSockets.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
