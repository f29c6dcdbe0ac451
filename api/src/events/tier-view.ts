import type { TierKind } from './tier.entity.ts';

/** A tier with its counters, as it travels to subscribers and as the GraphQL `Tier` resolves. */
export interface TierView {
  id: number;
  eventId: number;
  name: string;
  kind: TierKind;
  priceCents: number;
  currency: string;
  capacity: number;
  held: number;
  sold: number;
  version: number;
}

declare module '../realtime/publisher.ts' {
  interface ChannelPayloads {
    /** Every committed change of a tier's counters, per event. */
    tier: TierView;
  }
}

/** Columns of a tier as TierView, optionally qualified by a table alias. */
export function tierViewColumns(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}id, ${a}event_id as "eventId", ${a}name, ${a}kind, ${a}price_cents as "priceCents", ${a}currency, ${a}capacity, ${a}held, ${a}sold, ${a}version`;
}
