import { useId, useState } from 'react';
import type { TierFieldsFragment } from '../generated/graphql.ts';
import { logInToHold } from '../seats/log-in-to-hold.ts';
import { formatCount, formatMoney } from '../ui/format.ts';
import { useToast } from '../ui/toasts.tsx';
import { useHoldTickets } from './use-hold-tickets.ts';
import { WaitlistOffer } from './WaitlistOffer.tsx';

/** A general-admission tier: a quantity and a button; SOLD_OUT said plainly. */
export function GeneralAdmissionPicker({ tier, perOrderLimit, signedIn }: { tier: TierFieldsFragment; perOrderLimit: number; signedIn: boolean }) {
  const { hold, busy } = useHoldTickets();
  const notify = useToast();
  const id = useId();
  const [quantity, setQuantity] = useState(1);
  const [soldOut, setSoldOut] = useState(false);
  const most = Math.min(perOrderLimit, tier.available);

  const take = async () => {
    if (!signedIn) return notify(...logInToHold('tickets'));
    const outcome = await hold(tier.id, quantity);
    setSoldOut(outcome === 'sold-out');
    if (outcome === 'sold-out') notify(`Sold out: fewer than ${formatCount(quantity)} ${tier.name} tickets are left.`, 'error');
  };

  return (
    <div className="ga-tier">
      <h3>
        {tier.name} <span className="price">{formatMoney(tier.priceCents, tier.currency)}</span>
      </h3>
      {tier.available === 0 ? (
        <>
          <p className="badge sold-out">Sold out</p>
          <WaitlistOffer tierName={tier.name} />
        </>
      ) : (
        <>
          <p>{formatCount(tier.available)} of {formatCount(tier.capacity)} left</p>
          <label htmlFor={id}>Tickets</label>
          <select id={id} value={Math.min(quantity, most)} onChange={(event) => setQuantity(Number(event.target.value))}>
            {Array.from({ length: Math.max(1, most) }, (_, index) => index + 1).map((count) => (
              <option key={count} value={count}>{formatCount(count)}</option>
            ))}
          </select>
          <button type="button" className="primary" disabled={busy} onClick={() => void take()}>
            {busy ? 'Holding…' : `Hold ${formatCount(quantity)} ticket${quantity === 1 ? '' : 's'}`}
          </button>
          {soldOut && <p className="error" role="alert">Sold out: not that many tickets are left.</p>}
        </>
      )}
    </div>
  );
}
