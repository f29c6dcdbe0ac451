import { useId, useMemo, useState } from 'react';
import type { SeatKind } from '@tessera/venue';
import { seatPlace, type SeatMapLayout } from '../live/seat-map-layout.ts';
import type { SeatStateStore } from '../live/seat-states.ts';
import { formatCount } from '../ui/format.ts';
import { KIND_WORDS } from './seat-appearance.ts';
import type { SeatFilter } from './seat-filter.ts';

export interface FinderTier {
  name: string;
  price: string;
  priceCents: number;
}

interface SeatFinderProps {
  layout: SeatMapLayout;
  store: SeatStateStore;
  /** By tier index. */
  tiers: readonly FinderTier[];
  filter: SeatFilter;
  onFilterChange: (filter: SeatFilter) => void;
  mask: Uint8Array | null;
  /** Seat indexes, best first (seatRanks). */
  bestFirst: Int32Array;
  /** Re-read the list when the counts move. */
  countsVersion: number;
  onHold: (index: number) => void;
  onShow: (index: number) => void;
}

const PAGE = 12;
const KIND_CHOICES: readonly SeatKind[] = ['WHEELCHAIR', 'COMPANION'];

/**
 * The map as a list, for screen readers, keyboards and anyone who prefers it, and the buyer's
 * filter (price, wheelchair and companion places, no restricted view) that the map follows too.
 * The list walks the seats best first and stops after a page, so a 20,000-seat arena costs a
 * few dozen buttons, not thousands.
 */
export function SeatFinder({ layout, store, tiers, filter, onFilterChange, mask, bestFirst, countsVersion, onHold, onShow }: SeatFinderProps) {
  const id = useId();
  const [limit, setLimit] = useState(PAGE);
  const prices = useMemo(() => [...new Set(tiers.map((tier) => tier.priceCents))].sort((a, b) => a - b), [tiers]);

  const { listed, matching, available } = useMemo(() => {
    void countsVersion;
    const found: number[] = [];
    let free = 0;
    let kept = 0;
    for (let k = 0; k < bestFirst.length; k++) {
      const index = bestFirst[k]!;
      if (mask && mask[index] === 0) continue;
      kept += 1;
      if (store.status(index) !== 'AVAILABLE') continue;
      free += 1;
      if (found.length < limit) found.push(index);
    }
    return { listed: found, matching: kept, available: free };
  }, [bestFirst, mask, store, limit, countsVersion]);

  const setKind = (kind: SeatKind, on: boolean) => onFilterChange({ ...filter, kinds: on ? [...filter.kinds, kind] : filter.kinds.filter((known) => known !== kind) });
  const nameOf = (index: number) => {
    const place = seatPlace(layout, index);
    const tier = tiers[layout.tier[index]!];
    const kind = layout.kind[index]!;
    return `Section ${place.section}, row ${place.row}, seat ${place.number}, ${tier?.name ?? ''}, ${tier?.price ?? ''}${kind === 'STANDARD' ? '' : `, ${KIND_WORDS[kind]}`}`;
  };

  return (
    <section className="seat-finder" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Find seats</h2>
      <div className="filters" role="group" aria-label="Filter seats">
        <label>
          Price up to
          <select
            value={filter.maxPriceCents ?? ''}
            onChange={(event) => onFilterChange({ ...filter, maxPriceCents: event.target.value === '' ? null : Number(event.target.value) })}
          >
            <option value="">Any price</option>
            {prices.map((cents) => (
              <option key={cents} value={cents}>
                {tiers.find((tier) => tier.priceCents === cents)?.price}
              </option>
            ))}
          </select>
        </label>
        {KIND_CHOICES.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={filter.kinds.includes(kind)} onChange={(event) => setKind(kind, event.target.checked)} />
            {kind === 'WHEELCHAIR' ? 'Wheelchair spaces' : 'Companion seats'}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={filter.avoidRestrictedView} onChange={(event) => onFilterChange({ ...filter, avoidRestrictedView: event.target.checked })} />
          No restricted view
        </label>
      </div>
      <p className="status" data-testid="finder-count">
        {mask ? `${formatCount(matching)} seats match, ${formatCount(available)} of them available.` : `${formatCount(available)} seats available.`} Best first:
      </p>
      <ul className="finder-list">
        {listed.map((index) => (
          <li key={index}>
            <button type="button" className="finder-seat" onClick={() => onHold(index)} aria-label={`Hold ${nameOf(index)}`}>
              {nameOf(index)}
            </button>
            <button type="button" className="link-button" onClick={() => onShow(index)} aria-label={`Show ${nameOf(index)} on the map`}>
              Show on map
            </button>
          </li>
        ))}
      </ul>
      {available > listed.length && (
        <button type="button" className="secondary" onClick={() => setLimit(limit + PAGE)}>
          Show {PAGE} more
        </button>
      )}
    </section>
  );
}
