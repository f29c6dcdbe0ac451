import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.ts';

/**
 * Confirms the token's user against the database (auth/sessions.ts) once the document has passed
 * parsing, validation and the limits: a refused document costs no database work, and no resolver
 * runs before `ctx.user` is known. Unknown user or ended session: UNAUTHENTICATED, HTTP 401.
 */
export function sessionPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.claims) contextValue.user = await contextValue.app.sessions.authenticate(contextValue.claims);
        },
      };
    },
  };
}
