import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { formatCount, formatDate, formatMoney } from '../ui/format.ts';
import { EventOrdersQuery } from './partners.operations.ts';

/** An event's orders for the back office, newest first, searched by order id or the buyer's email or name. */
export function OrdersPage({ eventId }: { eventId: string }) {
  const [search, setSearch] = useState('');
  const { data, error, loading } = useQuery(EventOrdersQuery, { variables: { eventId, search: search.trim() || null }, fetchPolicy: 'cache-and-network' });
  const orders = data?.event?.orders;
  return (
    <section aria-labelledby="orders-title">
      <h2 id="orders-title">Orders{data?.event ? `: ${data.event.name}` : ''}</h2>
      <label>
        Search <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="order number, email or name" />
      </label>
      {error && <p className="status error" role="alert">{error.message}</p>}
      {loading && !data && <p className="status">Loading orders…</p>}
      {orders && <p>{formatCount(orders.totalCount)} order{orders.totalCount === 1 ? '' : 's'}</p>}
      <table className="partners-table">
        <thead>
          <tr><th>Order</th><th>Buyer</th><th>Tickets</th><th>Total</th><th>Status</th><th>When</th></tr>
        </thead>
        <tbody>
          {(orders?.edges ?? []).map(({ node: order }) => (
            <tr key={order.id}>
              <td>{order.id}</td>
              <td>{order.buyer ? `${order.buyer.name} <${order.buyer.email}>` : ''}</td>
              <td>{order.tickets.map((t) => `${t.seat?.label ?? t.tier.name}${t.checkedInAt ? ' (in)' : ''}`).join('; ')}</td>
              <td>{formatMoney(order.totalCents, order.currency)}</td>
              <td>{order.status}</td>
              <td>{formatDate(order.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
