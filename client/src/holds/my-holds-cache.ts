import type { ApolloCache, ApolloClient } from '@apollo/client';
import { MeQuery } from '../auth/me-query.ts';
import type { HoldFieldsFragment, OrderFieldsFragment } from '../generated/graphql.ts';

/**
 * `me.holds` lists only active holds. A hold that appears (first seat of an event) is added,
 * one that ended (expired, released, checked out) is removed; the Hold entity itself is already
 * normalised in place by whoever wrote it.
 */
export function upsertMyHold(cache: ApolloCache, hold: HoldFieldsFragment): void {
  cache.updateQuery({ query: MeQuery }, (data) => {
    if (!data?.me) return data;
    const others = data.me.holds.filter((known) => known.id !== hold.id);
    const holds = hold.status === 'ACTIVE' ? [hold, ...others] : others;
    return { ...data, me: { ...data.me, holds } };
  });
}

/** A new or changed order at the top of `me.orders`. */
export function upsertMyOrder(cache: ApolloCache, order: OrderFieldsFragment): void {
  cache.updateQuery({ query: MeQuery }, (data) => {
    if (!data?.me) return data;
    const others = data.me.orders.filter((known) => known.id !== order.id);
    return { ...data, me: { ...data.me, orders: [order, ...others] } };
  });
}

/**
 * After seats were taken: the hold normally arrives by holdUpdated, but if the socket is down at
 * that moment the panel would stay empty, so read `me` once when no active hold is known.
 */
export async function ensureHoldKnown(client: ApolloClient, eventId: string): Promise<void> {
  const me = client.cache.readQuery({ query: MeQuery });
  if (me?.me?.holds.some((hold) => hold.eventId === eventId && hold.status === 'ACTIVE')) return;
  await client.refetchQueries({ include: [MeQuery] });
}
