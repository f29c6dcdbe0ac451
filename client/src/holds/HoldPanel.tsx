import { useApolloClient } from '@apollo/client/react';
import type { HoldFieldsFragment } from '../generated/graphql.ts';
import { Link } from '../routing/router.tsx';
import { CheckoutButton } from '../orders/CheckoutButton.tsx';
import { useCheckout } from '../orders/use-checkout.ts';
import { seatCode } from '../seats/seat-appearance.ts';
import { formatMoney } from '../ui/money.ts';
import { useToast } from '../ui/toasts.tsx';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import { HoldCountdown } from './HoldCountdown.tsx';
import { AdmissionClock } from '../queue/admission.tsx';
import { ReleaseHoldMutation } from './holds.operations.ts';
import { upsertMyHold } from './my-holds-cache.ts';
import { useHoldHeartbeat } from './use-hold-heartbeat.ts';

/** The buyer's cart for this event: what is held, for how long, and the way to checkout. */
export function HoldPanel({ hold }: { hold: HoldFieldsFragment | null }) {
  const { state, checkout, reset } = useCheckout();
  useHoldHeartbeat(hold?.id ?? null);

  if (state.step === 'confirmed') {
    return (
      <aside className="hold-panel confirmed" aria-labelledby="hold-title">
        <h2 id="hold-title">Order confirmed</h2>
        <p>
          {state.order.tickets.length} ticket{state.order.tickets.length === 1 ? '' : 's'}, {formatMoney(state.order.totalCents, state.order.currency)} paid.
        </p>
        <p>
          <Link href="/tickets">See my tickets</Link> · <button type="button" className="link-button" onClick={reset}>Keep browsing</button>
        </p>
      </aside>
    );
  }
  if (!hold || (hold.seats.length === 0 && hold.tickets.length === 0)) {
    return (
      <aside className="hold-panel empty" aria-labelledby="hold-title">
        <h2 id="hold-title">Your hold</h2>
        <p>Click a seat or choose tickets: they are held for you while you check out.</p>
      </aside>
    );
  }
  return (
    <aside className="hold-panel" aria-labelledby="hold-title">
      <h2 id="hold-title">Your hold</h2>
      <HoldCountdown expiresAt={hold.expiresAt} expiringSoon={hold.expiringSoon} />
      <AdmissionClock />
      <ul className="hold-items">
        {hold.seats.map((seat) => (
          <li key={seat.id}>
            <span>Seat {seatCode(seat)} · {seat.tier.name}</span>
            <span>{formatMoney(seat.tier.priceCents, seat.tier.currency)}</span>
          </li>
        ))}
        {hold.tickets.map((ticket) => (
          <li key={ticket.tier.id}>
            <span>{ticket.quantity} × {ticket.tier.name}</span>
            <span>{formatMoney(ticket.quantity * ticket.unitPriceCents, hold.currency)}</span>
          </li>
        ))}
      </ul>
      <p className="hold-total">
        Total <strong data-testid="hold-total">{formatMoney(hold.totalCents, hold.currency)}</strong>
      </p>
      <CheckoutButton state={state} onCheckout={() => void checkout(hold)} />
      <ReleaseHoldButton hold={hold} />
    </aside>
  );
}

function ReleaseHoldButton({ hold }: { hold: HoldFieldsFragment }) {
  const client = useApolloClient();
  const notify = useToast();
  const release = async () => {
    try {
      const { data } = await client.mutate({ mutation: ReleaseHoldMutation, variables: { holdId: hold.id } });
      if (data) upsertMyHold(client.cache, data.releaseHold);
    } catch (error) {
      notify(errorMessageOf(error), 'error');
    }
  };
  return (
    <button type="button" className="secondary" onClick={() => void release()}>
      Release everything
    </button>
  );
}
