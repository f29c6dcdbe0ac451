import { useId, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorCodeOf } from '../apollo/graphql-errors.ts';
import type { TierFieldsFragment } from '../generated/graphql.ts';
import { seatErrorMessage } from '../seats/reserve-seat.ts';
import { formatMoney } from '../ui/money.ts';
import { useToast } from '../ui/toasts.tsx';
import { HoldTicketsMutation } from './holds.operations.ts';
import { upsertMyHold } from './my-holds-cache.ts';

/** A general-admission tier: a quantity and a button; SOLD_OUT said plainly. */
export function GeneralAdmissionPicker({ tier, perOrderLimit, signedIn }: { tier: TierFieldsFragment; perOrderLimit: number; signedIn: boolean }) {
  const client = useApolloClient();
  const notify = useToast();
  const id = useId();
  const [quantity, setQuantity] = useState(1);
  const [busy, setBusy] = useState(false);
  const [soldOut, setSoldOut] = useState(false);
  const most = Math.min(perOrderLimit, tier.available);

  const hold = async () => {
    if (!signedIn) return notify('Log in to buy tickets.', 'info');
    setBusy(true);
    try {
      const { data } = await client.mutate({ mutation: HoldTicketsMutation, variables: { tierId: tier.id, quantity } });
      if (data) upsertMyHold(client.cache, data.holdTickets);
      setSoldOut(false);
    } catch (error) {
      if (errorCodeOf(error) === 'SOLD_OUT') {
        setSoldOut(true);
        notify(`Sold out: fewer than ${quantity} ${tier.name} tickets are left.`, 'error');
      } else notify(seatErrorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ga-tier">
      <h3>
        {tier.name} <span className="price">{formatMoney(tier.priceCents, tier.currency)}</span>
      </h3>
      {tier.available === 0 ? (
        <p className="badge sold-out">Sold out</p>
      ) : (
        <>
          <p>{tier.available} of {tier.capacity} left</p>
          <label htmlFor={id}>Tickets</label>
          <select id={id} value={Math.min(quantity, most)} onChange={(event) => setQuantity(Number(event.target.value))}>
            {Array.from({ length: Math.max(1, most) }, (_, index) => index + 1).map((count) => (
              <option key={count} value={count}>{count}</option>
            ))}
          </select>
          <button type="button" className="primary" disabled={busy} onClick={() => void hold()}>
            {busy ? 'Holding…' : `Hold ${quantity} ticket${quantity === 1 ? '' : 's'}`}
          </button>
          {soldOut && <p className="error" role="alert">Sold out: not that many tickets are left.</p>}
        </>
      )}
    </div>
  );
}
