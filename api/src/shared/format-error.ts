import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, isPublicCode } from './errors.ts';

/**
 * What a client may see of an error: domain errors and GraphQL's own request errors as they are
 * (minus any stack trace); anything else is logged with its detail and reaches the client as a
 * bare INTERNAL_SERVER_ERROR, so no SQL, stack or path leaves the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger, requestId?: string): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.['code'];
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const expected = original instanceof DomainError || (isPublicCode(code) && code !== 'INTERNAL_SERVER_ERROR' && !(original instanceof Error && !('extensions' in original)));
  if (expected) return { ...formatted, extensions };
  logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
