import type { Resolvers } from '../generated/graphql.ts';
import { parseId } from '../shared/ids.ts';
import { checkIn } from './check-in.ts';

export const doorResolvers: Resolvers = {
  Mutation: {
    checkIn: (_parent, { eventId, secret }, ctx) => checkIn(ctx, parseId(eventId, 'eventId'), secret),
  },
};
