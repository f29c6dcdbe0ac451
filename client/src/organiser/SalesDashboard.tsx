import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '../generated/index.ts';
import { PublishButton } from '../events/EventsList.tsx';
import { withLiveCounts } from '../events/live-tier-counts.ts';
import { useAppServices, useSession } from '../app-services.tsx';
import { useSeatCounts } from '../live/use-seat-counts.ts';
import { useSeatMap } from '../live/use-seat-map.ts';
import { Link } from '../routing/router.tsx';
import { formatCount, formatMoney } from '../ui/format.ts';
import { QueueDashboard } from '../queue/QueueDashboard.tsx';

export const SalesDashboardQuery = graphql(`
  query SalesDashboard($id: ID!) {
    event(id: $id) {
      ...EventSummary
      tiers {
        ...TierFields
      }
    }
  }
`);

/** Sold, held and available per tier, and revenue, moving as buyers buy. */
export function SalesDashboard({ eventId }: { eventId: string }) {
  const { data, loading, error } = useQuery(SalesDashboardQuery, { variables: { id: eventId } });
  const { fetch, connection, socket } = useAppServices();
  const map = useSeatMap(eventId, { fetch, token: useSession()?.token ?? null, connection, socket });
  const store = map.phase === 'ready' ? map.store : null;
  const countsVersion = useSeatCounts(store);
  const event = data?.event;
  const tiers = useMemo(
    () => (event && store ? withLiveCounts(event.tiers, { tierIds: store.layout.tierIds, tier: (index) => store.tier(index) }) : []),
    [event, store, countsVersion],
  );

  if ((loading && !data) || map.phase === 'loading') return <p className="status">Loading sales…</p>;
  if (error) return <p className="status error" role="alert">{error.message}</p>;
  if (map.phase === 'failed') return <p className="status error" role="alert">{map.error.message}</p>;
  if (!event) return <p className="status">This event does not exist.</p>;

  const currency = tiers[0]?.currency ?? 'EUR';
  const revenueCents = tiers.reduce((sum, tier) => sum + tier.sold * tier.priceCents, 0);
  const rows = tiers.map((tier) => ({ tier: tier.name, sold: tier.sold, held: tier.held, available: tier.available }));

  return (
    <section aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Sales: {event.name}</h2>
      <p>
        {event.status === 'ON_SALE' ? 'On sale' : event.status === 'DRAFT' ? 'Draft' : 'Closed'}
        {event.status === 'DRAFT' && <> <PublishButton eventId={event.id} /></>} · revenue <strong data-testid="revenue">{formatMoney(revenueCents, currency)}</strong>
      </p>
      <p>
        <Link href={`/organiser/events/${event.id}/orders`}>Orders</Link> · <Link href={`/door/${event.id}`}>Door (check-in)</Link>
      </p>
      <QueueDashboard eventId={eventId} />
      <BarChart width={720} height={320} data={rows} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="tier" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey="sold" name="Sold" stackId="seats" fill="#0072B2" animationDuration={300} />
        <Bar dataKey="held" name="Held" stackId="seats" fill="#E69F00" animationDuration={300} />
        <Bar dataKey="available" name="Available" stackId="seats" fill="#d5dae1" animationDuration={300} />
      </BarChart>
      <table className="sales-table">
        <caption>Per tier</caption>
        <thead>
          <tr><th scope="col">Tier</th><th scope="col">Price</th><th scope="col">Sold</th><th scope="col">Held</th><th scope="col">Available</th><th scope="col">Revenue</th></tr>
        </thead>
        <tbody>
          {tiers.map((tier) => (
            <tr key={tier.id}>
              <th scope="row">{tier.name}</th>
              <td>{formatMoney(tier.priceCents, tier.currency)}</td>
              <td>{formatCount(tier.sold)}</td>
              <td>{formatCount(tier.held)}</td>
              <td>{formatCount(tier.available)}</td>
              <td>{formatMoney(tier.sold * tier.priceCents, tier.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
