import type { AuthUser } from '../auth/tokens.ts';
import type { GraphQLContext } from '../context.ts';
import { forbidden, unauthenticated } from './errors.ts';

export function requireUser(ctx: GraphQLContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

export function requireOrganizer(ctx: GraphQLContext): AuthUser {
  const user = requireUser(ctx);
  if (user.role !== 'ORGANIZER') throw forbidden('Only organisers can do this');
  return user;
}
