import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

export const EventSchema = defineEntity({
  name: 'Event',
  tableName: 'events',
  properties: {
    id: p.integer().primary(),
    organizerId: p.integer(),
    name: p.string(),
    venue: p.string(),
    startsAt: p.datetime(),
    status: p.enum(['DRAFT', 'ON_SALE', 'CLOSED'] as const),
    perOrderLimit: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Event = InferEntity<typeof EventSchema>;
export type EventStatus = Event['status'];
