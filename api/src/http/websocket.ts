import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, getOperationAST, parse, validate, specifiedRules, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AuthUser } from '../auth/tokens.ts';
import { createContext, type AppServices } from '../context.ts';
import { formatError } from '../shared/format-error.ts';

type SocketExtra = Record<PropertyKey, unknown> & { user?: AuthUser | null };

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * graphql-ws on the same server and path as HTTP. WebSocket traffic bypasses Apollo Server, so
 * authentication, validation and error masking are applied here again.
 */
export function attachWebSocket(httpServer: Server, schema: GraphQLSchema, app: AppServices) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const handle = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      // A socket with a bad or expired token is refused (4403); one with no token may watch.
      onConnect: async (ctx) => {
        try {
          ctx.extra.user = await app.tokens.fromHeader(ctx.connectionParams?.['authorization']);
        } catch {
          return false;
        }
        app.metrics.subscribers.inc();
        return true;
      },
      onDisconnect: () => {
        app.metrics.subscribers.dec();
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : badRequest('Could not parse the document')];
        }
        const errors = validate(schema, document, specifiedRules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [badRequest('Name the operation to run')];
        if (operation.operation !== 'subscription') return [badRequest('Send queries and mutations over HTTP; the WebSocket carries subscriptions')];
        app.metrics.subscriptions.inc();
        return undefined;
      },
      onComplete: () => {
        app.metrics.subscriptions.dec();
      },
      context: (ctx) => createContext(app, ctx.extra.user ?? null, randomUUID()),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors) return undefined;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e, app.logger)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e, app.logger)),
    },
    wsServer,
  );
  return {
    /** Closes every socket with `code`; graphql-ws clients reconnect on application codes like RESYNC_CLOSE_CODE. */
    closeAll(code: number, reason: string) {
      for (const client of wsServer.clients) client.close(code, reason);
    },
    async close() {
      for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
      await handle.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
