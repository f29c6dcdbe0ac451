import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.ts';

const RESERVATIONS = new Set(['reserveSeat', 'reserveSeats', 'reserveBestAvailable']);

/**
 * Counts every HTTP operation by name and outcome, times reservations, and logs failures with
 * the request id. The outcome is the first error's code, or OK.
 */
export function observabilityPlugin(): ApolloServerPlugin<GraphQLContext> {
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
          metrics.operations.inc({ operation: label, outcome });
          if (RESERVATIONS.has(rootField)) {
            metrics.reserveLatency.observe({ operation: rootField, outcome }, (performance.now() - started) / 1000);
          }
          const entry = { requestId: contextValue.requestId, operation: name, outcome, ms: Math.round(performance.now() - started) };
          if (outcome === 'INTERNAL_SERVER_ERROR') logger.error(entry, 'operation failed');
          else logger.debug(entry, 'operation');
        },
      };
    },
  };
}
