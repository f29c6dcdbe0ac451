import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { authResolvers } from './auth/auth.resolvers.ts';
import { eventsResolvers } from './events/events.resolvers.ts';
import { holdsResolvers } from './holds/holds.resolvers.ts';
import { ordersResolvers } from './orders/orders.resolvers.ts';
import { seatMapResolvers } from './seat-map/seat-map.resolvers.ts';
import { seatsResolvers } from './seats/seats.resolvers.ts';
import { DateTimeScalar } from './shared/date-time.ts';
import { doorResolvers } from './door/door.resolvers.ts';
import { partnersResolvers } from './partners/partners.resolvers.ts';
import { webhooksResolvers } from './webhooks/webhooks.resolvers.ts';
import { queueResolvers } from './queue/queue.resolvers.ts';
import { waitlistResolvers } from './waitlist/waitlist.resolvers.ts';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The SDL files of schema/, the one source of truth for the API's shape. */
export function readTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(SCHEMA_DIR + file, 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [{ DateTime: DateTimeScalar }, authResolvers, eventsResolvers, seatsResolvers, seatMapResolvers, holdsResolvers, ordersResolvers, partnersResolvers, doorResolvers, webhooksResolvers, queueResolvers, waitlistResolvers],
  });
}
