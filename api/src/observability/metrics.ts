import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per server, so that several servers in one process (tests) do not collide. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    operations: new Counter({
      name: 'tessera_graphql_operations_total',
      help: 'GraphQL operations by root field and outcome code (OK or the error code)',
      labelNames: ['operation', 'outcome'] as const,
      registers: [registry],
    }),
    reserveLatency: new Histogram({
      name: 'tessera_reserve_seconds',
      help: 'Latency of seat reservations (reserveSeat, reserveSeats, reserveBestAvailable), by outcome',
      labelNames: ['operation', 'outcome'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    activeHolds: new Gauge({ name: 'tessera_active_holds', help: 'Holds currently ACTIVE (all processes)', registers: [registry] }),
    publishFailures: new Counter({
      name: 'tessera_publish_failures_total',
      help: 'Committed changes this process could not hand to the fan-out (subscribers resynchronise)',
      registers: [registry],
    }),
    sweeps: new Counter({ name: 'tessera_hold_sweeps_total', help: 'Hold sweeps run by this process', registers: [registry] }),
    holdsExpired: new Counter({ name: 'tessera_holds_expired_total', help: 'Holds ended by this process’s sweeper', registers: [registry] }),
    holdsAnnounced: new Counter({ name: 'tessera_holds_expiring_announced_total', help: 'Holds this process’s sweeper announced as expiring soon', registers: [registry] }),
    subscribers: new Gauge({ name: 'tessera_ws_connections', help: 'Open graphql-ws connections on this process', registers: [registry] }),
    subscriptions: new Gauge({ name: 'tessera_subscriptions', help: 'Active subscriptions on this process', registers: [registry] }),
    subscriptionGroups: new Gauge({
      name: 'tessera_subscription_groups',
      help: 'Groups of subscriptions (same document and variables) sharing one execution per change, on this process',
      registers: [registry],
    }),
    subscriptionWork: new Counter({
      name: 'tessera_subscription_frames_total',
      help: 'Frames written to subscribers, by how they were made: one shared execution per change (execution) or a subscriber\'s own value without one (projection)',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    queueAdmissions: new Counter({ name: 'tessera_queue_admissions_total', help: 'Buyers admitted from waiting rooms by this process', registers: [registry] }),
    waitlistOffers: new Counter({ name: 'tessera_waitlist_offers_total', help: 'Waitlist entries offered a hold by this process', registers: [registry] }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
