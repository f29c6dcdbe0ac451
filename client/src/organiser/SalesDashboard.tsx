import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { EventPageQuery } from '../events/events.operations.ts';
import { withLiveCounts } from '../events/live-tier-counts.ts';
import { useEventLive } from '../events/use-event-live.ts';
import { useEventSeats } from '../seats/use-event-seats.ts';
import { LOOK_COLOURS } from '../seats/seat-appearance.ts';
import { formatMoney } from '../ui/money.ts';
import { QueueDashboard } from '../queue/QueueDashboard.tsx';

/** Sold, held and available per tier, and revenue, moving as buyers buy. */
export function SalesDashboard({ eventId }: { eventId: string }) {
  const { data, loading, error } = useQuery(EventPageQuery, { variables: { id: eventId } });
  const { seats, error: seatsError } = useEventSeats(eventId);
  useEventLive(eventId);
  const event = data?.event;
  const tiers = useMemo(() => (event && seats ? withLiveCounts(event.tiers, seats) : []), [event, seats]);

  if ((loading && !data) || (event && !seats)) return <p className="status">Loading sales…</p>;
  if (error ?? seatsError) return <p className="status error" role="alert">{(error ?? seatsError)?.message}</p>;
  if (!event) return <p className="status">This event does not exist.</p>;

  const currency = tiers[0]?.currency ?? 'EUR';
  const revenueCents = tiers.reduce((sum, tier) => sum + tier.sold * tier.priceCents, 0);
  const rows = tiers.map((tier) => ({ tier: tier.name, sold: tier.sold, held: tier.held, available: tier.available }));

  return (
    <section aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Sales: {event.name}</h2>
      <p>
        {event.status === 'ON_SALE' ? 'On sale' : event.status === 'DRAFT' ? 'Draft' : 'Closed'} · revenue <strong data-testid="revenue">{formatMoney(revenueCents, currency)}</strong>
      </p>
      <QueueDashboard eventId={eventId} />
      <BarChart width={720} height={320} data={rows} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="tier" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey="sold" name="Sold" stackId="seats" fill={LOOK_COLOURS.sold} animationDuration={300} />
        <Bar dataKey="held" name="Held" stackId="seats" fill={LOOK_COLOURS.held} animationDuration={300} />
        <Bar dataKey="available" name="Available" stackId="seats" fill="#2563eb" animationDuration={300} />
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
              <td>{tier.sold}</td>
              <td>{tier.held}</td>
              <td>{tier.available}</td>
              <td>{formatMoney(tier.sold * tier.priceCents, tier.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
