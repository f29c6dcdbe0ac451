import { useId, useState, type FormEvent } from 'react';
import { seatPlace, type SeatMapLayout } from '../live/seat-map-layout.ts';
import type { SeatStateStore } from '../live/seat-states.ts';
import { formatCount } from '../ui/format.ts';
import { useToast } from '../ui/toasts.tsx';
import { logInToHold } from './log-in-to-hold.ts';
import { seatCode } from './seat-appearance.ts';
import { nearestSeatsApart } from './seat-filter.ts';
import { useReserveBestAvailable } from './use-reserve-best-available.ts';
import { useReserveSeats } from './use-reserve-seats.ts';

export interface BestAvailableTier {
  id: string;
  /** Index in the layout's tierIds. */
  index: number;
  name: string;
  price: string;
  available: number;
}

interface BestAvailableFormProps {
  eventId: string;
  layout: SeatMapLayout;
  store: SeatStateStore;
  tiers: readonly BestAvailableTier[];
  perOrderLimit: number;
  signedIn: boolean;
  ranks: Float32Array;
  mask: Uint8Array | null;
  /** Why it is off (sold out, not on sale); null when it can be used. */
  disabledBecause: string | null;
  onShow: (index: number) => void;
}

/**
 * "Best available": a tier and a quantity, adjacent seats held in one step by the server. When
 * no block that size is left, the nearest seats apart are offered from the map's own states,
 * and held all or nothing with reserveSeats.
 */
export function BestAvailableForm({ eventId, layout, store, tiers, perOrderLimit, signedIn, ranks, mask, disabledBecause, onShow }: BestAvailableFormProps) {
  const { reserve, busy } = useReserveBestAvailable();
  const { reserve: reserveApart, busy: holdingApart } = useReserveSeats();
  const notify = useToast();
  const id = useId();
  const firstOpen = tiers.find((tier) => tier.available > 0) ?? tiers[0];
  const [tierId, setTierId] = useState(firstOpen?.id ?? '');
  const [quantity, setQuantity] = useState(2);
  const [offer, setOffer] = useState<{ tier: BestAvailableTier; seats: number[] } | null>(null);
  const tier = tiers.find((known) => known.id === tierId) ?? firstOpen;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOffer(null);
    if (!signedIn) return notify(...logInToHold());
    if (!tier) return;
    if (tier.available < quantity) return notify(`Only ${formatCount(tier.available)} ${tier.name} seats are left.`, 'info');
    const outcome = await reserve(eventId, tier.id, quantity);
    if (outcome !== 'no-block') return;
    const seats = nearestSeatsApart(layout, (index) => store.status(index) === 'AVAILABLE', tier.index, quantity, ranks, mask);
    if (seats) setOffer({ tier, seats });
    else notify(`Not ${formatCount(quantity)} ${tier.name} seats are free right now.`, 'error');
  };

  const holdOffer = async () => {
    if (!offer) return;
    const seats = offer.seats.map((index) => ({ id: layout.ids[index]!, version: store.version(index), ...seatPlace(layout, index) }));
    if (await reserveApart(eventId, seats)) setOffer(null);
  };

  return (
    <form className="best-available" onSubmit={(event) => void submit(event)} aria-label="Best available seats">
      <div className="form-row">
        <label htmlFor={`${id}-tier`}>Best available in</label>
        <select id={`${id}-tier`} value={tier?.id ?? ''} onChange={(event) => setTierId(event.target.value)} disabled={disabledBecause !== null}>
          {tiers.map((known) => (
            <option key={known.id} value={known.id} disabled={known.available === 0}>
              {known.name} ({known.price}, {known.available === 0 ? 'sold out' : `${formatCount(known.available)} left`})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-quantity`}>Seats</label>
        <select id={`${id}-quantity`} value={quantity} onChange={(event) => setQuantity(Number(event.target.value))} disabled={disabledBecause !== null}>
          {Array.from({ length: perOrderLimit }, (_, index) => index + 1).map((count) => (
            <option key={count} value={count}>{formatCount(count)}</option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={busy || disabledBecause !== null}>
          {busy ? 'Finding seats…' : 'Hold best seats'}
        </button>
      </div>
      {disabledBecause && <p className="status">{disabledBecause}</p>}
      {offer && (
        <div className="apart-offer" role="alert" data-testid="apart-offer">
          <p>
            No {formatCount(offer.seats.length)} seats together are left in {offer.tier.name}. The nearest {formatCount(offer.seats.length)} apart:
          </p>
          <ul>
            {offer.seats.map((index) => (
              <li key={index}>
                <button type="button" className="link-button" onClick={() => onShow(index)}>
                  {seatCode(seatPlace(layout, index))}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="primary" disabled={holdingApart} onClick={() => void holdOffer()}>
            Hold these {formatCount(offer.seats.length)} seats apart
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setOffer(null)}>
            No, thanks
          </button>
        </div>
      )}
    </form>
  );
}
