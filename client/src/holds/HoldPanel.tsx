import { graphql } from '../generated/index.ts';
import type { HoldFieldsFragment } from '../generated/graphql.ts';
import { Link } from '../routing/router.tsx';
import { CheckoutButton } from '../orders/CheckoutButton.tsx';
import type { useCheckout } from '../orders/use-checkout.ts';
import { seatCode } from '../seats/seat-appearance.ts';
import { formatCount, formatMoney } from '../ui/format.ts';
import { HoldCountdown } from './HoldCountdown.tsx';
import { AdmissionClock } from '../queue/admission.tsx';
import { useReleaseHold } from './use-release-hold.ts';

export const HoldFieldsFragmentDocument = graphql(`
  fragment HoldFields on Hold {
    id
    eventId
    status
    expiresAt
    maxExpiresAt
    expiringSoon
    totalCents
    currency
    seats {
      ...SeatState
      section
      row
      number
      tier {
        id
        name
        priceCents
        currency
      }
    }
    tickets {
      quantity
      unitPriceCents
      tier {
        id
        name
      }
    }
  }
`);


type Checkout = ReturnType<typeof useCheckout>;

export const hasItems = (hold: HoldFieldsFragment | null): hold is HoldFieldsFragment => hold !== null && (hold.seats.length > 0 || hold.tickets.length > 0);

/** The buyer's cart for this event: what is held, for how long, and the way to checkout. */
export function HoldPanel({ hold, checkout }: { hold: HoldFieldsFragment | null; checkout: Checkout }) {
  const { state, reset } = checkout;
  if (state.step === 'confirmed') {
    return (
      <aside className="hold-panel confirmed" aria-labelledby="hold-title">
        <h2 id="hold-title">Order confirmed</h2>
        <p>
          {formatCount(state.order.tickets.length)} ticket{state.order.tickets.length === 1 ? '' : 's'}, {formatMoney(state.order.totalCents, state.order.currency)} paid.
        </p>
        <p>
          <Link href="/tickets">See my tickets</Link> · <button type="button" className="link-button" onClick={reset}>Keep browsing</button>
        </p>
      </aside>
    );
  }
  if (!hasItems(hold)) {
    return (
      <aside className="hold-panel empty" aria-labelledby="hold-title">
        <h2 id="hold-title">Your hold</h2>
        <p>Choose a seat or tickets: they are held for you while you check out.</p>
      </aside>
    );
  }
  return (
    <aside className="hold-panel" aria-labelledby="hold-title">
      <h2 id="hold-title">Your hold</h2>
      <HoldCountdown hold={hold} />
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
            <span>{formatCount(ticket.quantity)} × {ticket.tier.name}</span>
            <span>{formatMoney(ticket.quantity * ticket.unitPriceCents, hold.currency)}</span>
          </li>
        ))}
      </ul>
      <p className="hold-total">
        Total <strong data-testid="hold-total">{formatMoney(hold.totalCents, hold.currency)}</strong>
      </p>
      <CheckoutButton state={state} onCheckout={() => void checkout.checkout(hold)} />
      <ReleaseHoldButton hold={hold} />
    </aside>
  );
}

/**
 * The same hold on a phone: a bar stuck to the bottom of the screen with the time left, the
 * total and Check out, so the buyer never scrolls away from the map to pay.
 */
export function HoldBar({ hold, checkout }: { hold: HoldFieldsFragment | null; checkout: Checkout }) {
  if (!hasItems(hold) || checkout.state.step === 'confirmed') return null;
  const items = hold.seats.length + hold.tickets.reduce((sum, ticket) => sum + ticket.quantity, 0);
  return (
    <div className="hold-bar" role="region" aria-label="Your hold, short">
      <HoldCountdown hold={hold} compact />
      <span className="hold-bar-total">
        {formatCount(items)} · <strong data-testid="hold-bar-total">{formatMoney(hold.totalCents, hold.currency)}</strong>
      </span>
      <CheckoutButton state={checkout.state} onCheckout={() => void checkout.checkout(hold)} />
    </div>
  );
}

function ReleaseHoldButton({ hold }: { hold: HoldFieldsFragment }) {
  const { release, busy } = useReleaseHold();
  return (
    <button type="button" className="secondary" disabled={busy} onClick={() => void release(hold.id)}>
      Release everything
    </button>
  );
}
