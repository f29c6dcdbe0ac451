import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../auth/me-query.ts';
import { graphql } from '../generated/index.ts';
import type { OrderFieldsFragment } from '../generated/graphql.ts';
import { seatCode } from '../seats/seat-appearance.ts';
import { formatDate, formatMoney } from '../ui/format.ts';
import { useCancelOrder } from './use-cancel-order.ts';

export const OrderFieldsFragmentDocument = graphql(`
  fragment OrderFields on Order {
    id
    eventId
    status
    totalCents
    currency
    createdAt
    idempotencyKey
    tickets {
      id
      priceCents
      tier {
        id
        name
      }
      seat {
        id
        section
        row
        number
      }
    }
  }
`);

export const OrderEventQuery = graphql(`
  query OrderEvent($id: ID!) {
    event(id: $id) {
      id
      name
      venue
      startsAt
    }
  }
`);

export function MyTickets() {
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p className="status">Loading your tickets…</p>;
  if (error && !data) return <p className="status error" role="alert">{error.message}</p>;
  const orders = data?.me?.orders ?? [];
  return (
    <section aria-labelledby="tickets-title">
      <h2 id="tickets-title">My tickets</h2>
      {orders.length === 0 ? <p className="status">No orders yet.</p> : (
        <ul className="orders">
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OrderCard({ order }: { order: OrderFieldsFragment }) {
  const { data } = useQuery(OrderEventQuery, { variables: { id: order.eventId } });
  const { cancel: cancelOrder, busy: cancelling } = useCancelOrder();
  const [confirming, setConfirming] = useState(false);
  const cancel = async () => {
    await cancelOrder(order.id);
    setConfirming(false);
  };
  return (
    <li className="order-card" data-order-id={order.id}>
      <h3>{data?.event?.name ?? 'Event'}</h3>
      <p>
        {data?.event && <>{data.event.venue} · {formatDate(data.event.startsAt)} · </>}ordered {formatDate(order.createdAt)} ·{' '}
        <strong className={order.status === 'CANCELLED' ? 'badge sold-out' : 'badge'}>{order.status === 'CANCELLED' ? 'Cancelled' : 'Confirmed'}</strong>
      </p>
      <ul>
        {order.tickets.map((ticket) => (
          <li key={ticket.id}>
            {ticket.seat ? `Seat ${seatCode(ticket.seat)}` : 'General admission'} · {ticket.tier.name} · {formatMoney(ticket.priceCents, order.currency)}
          </li>
        ))}
      </ul>
      <p>
        Total <strong>{formatMoney(order.totalCents, order.currency)}</strong>
      </p>
      {order.status === 'CONFIRMED' && !confirming && (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Cancel order
        </button>
      )}
      {order.status === 'CONFIRMED' && confirming && (
        <p role="group" aria-label="Confirm cancellation">
          Its seats and tickets go back on sale.{' '}
          <button type="button" className="danger" disabled={cancelling} onClick={() => void cancel()}>
            Yes, cancel this order
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      )}
    </li>
  );
}
