import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.ts';

const RESERVATIONS = new Set(['reserveSeat', 'reserveSeats', 'reserveBestAvailable']);

/**
 * Counts every HTTP operation by its root field and outcome, times reservations, and logs
 * failures with the request id. The outcome is the first error's code, or OK. The label is the
 * root field, not the client's `operationName`: a client could otherwise mint one time series per
 * request. Label children are kept, so a request costs no label hashing.
 */
export function observabilityPlugin(): ApolloServerPlugin<GraphQLContext> {
  const counters = new Map<string, { inc(): void }>();
  const timers = new Map<string, { observe(seconds: number): void }>();
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, operationName, errors, schema }) {
          const { metrics, logger } = contextValue.app;
          const field = operation?.selectionSet.selections[0];
          const rootField = field?.kind === 'Field' ? field.name.value : 'unknown';
          const name = operationName ?? rootField;
          // The metric's label is the root field, which the schema bounds: a label per client-chosen
          // operation name would let any client grow the registry (and /metrics) without end.
          const label = operation && field?.kind === 'Field' && schema.getRootType(operation.operation)?.getFields()[rootField] ? rootField : 'unknown';
          const code =
            errors?.[0]?.extensions?.['code'] ??
            (response.body.kind === 'single' ? response.body.singleResult.errors?.[0]?.extensions?.['code'] : undefined);
          const outcome = typeof code === 'string' ? code : 'OK';
          const key = `${label} ${outcome}`;
          let counter = counters.get(key);
          if (!counter) counters.set(key, (counter = metrics.operations.labels(label, outcome)));
          counter.inc();
          if (RESERVATIONS.has(rootField)) {
            let timer = timers.get(key);
            if (!timer) timers.set(key, (timer = metrics.reserveLatency.labels(rootField, outcome)));
            timer.observe((performance.now() - started) / 1000);
          }
          const ms = Math.round(performance.now() - started);
          if (outcome === 'INTERNAL_SERVER_ERROR') logger.error({ requestId: contextValue.requestId, operation: name, operationName, outcome, ms }, 'operation failed');
          else if (logger.isLevelEnabled('debug')) logger.debug({ requestId: contextValue.requestId, operation: name, operationName, outcome, ms }, 'operation');
        },
      };
    },
  };
}
