import { useId, useState, type FormEvent } from 'react';
import type { TierFieldsFragment } from '../generated/graphql.ts';
import { formatMoney } from '../ui/format.ts';
import { useToast } from '../ui/toasts.tsx';
import { useReserveBestAvailable } from './use-reserve-best-available.ts';

/** "Best available": a tier and a quantity, adjacent seats held in one step. */
export function BestAvailableForm({ eventId, tiers, perOrderLimit, signedIn }: { eventId: string; tiers: TierFieldsFragment[]; perOrderLimit: number; signedIn: boolean }) {
  const { reserve, busy } = useReserveBestAvailable();
  const notify = useToast();
  const id = useId();
  const [tierId, setTierId] = useState(tiers[0]?.id ?? '');
  const [quantity, setQuantity] = useState(2);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!signedIn) return notify('Log in to hold seats.', 'info');
    if (tierId) void reserve(eventId, tierId, quantity);
  };

  return (
    <form className="best-available" onSubmit={submit} aria-label="Best available seats">
      <label htmlFor={`${id}-tier`}>Best available in</label>
      <select id={`${id}-tier`} value={tierId} onChange={(event) => setTierId(event.target.value)}>
        {tiers.map((tier) => (
          <option key={tier.id} value={tier.id}>
            {tier.name} ({formatMoney(tier.priceCents, tier.currency)}, {tier.available} left)
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-quantity`}>Seats</label>
      <select id={`${id}-quantity`} value={quantity} onChange={(event) => setQuantity(Number(event.target.value))}>
        {Array.from({ length: perOrderLimit }, (_, index) => index + 1).map((count) => (
          <option key={count} value={count}>{count}</option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Finding seats…' : 'Hold best seats'}
      </button>
    </form>
  );
}
