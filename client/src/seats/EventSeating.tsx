import { useEffect, useMemo, useState } from 'react';
import { useAppServices } from '../app-services.tsx';
import type { HoldFieldsFragment, TierFieldsFragment } from '../generated/graphql.ts';
import { seatPlace, type SeatMapLayout } from '../live/seat-map-layout.ts';
import type { SeatStateStore } from '../live/seat-states.ts';
import { useApolloOverlay } from '../live/use-apollo-overlay.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { formatCount, formatMoney } from '../ui/format.ts';
import { BestAvailableForm, type BestAvailableTier } from './BestAvailableForm.tsx';
import { SeatFinder } from './SeatFinder.tsx';
import { filterMask, isFiltering, NO_FILTER, seatRanks, type SeatFilter } from './seat-filter.ts';
import { SeatLegend } from './SeatLegend.tsx';
import { SeatMap } from './SeatMap.tsx';
import { useStaleCue } from './use-stale-cue.ts';
import { useToggleSeat } from './use-toggle-seat.ts';

interface EventSeatingProps {
  eventId: string;
  eventName: string;
  onSale: boolean;
  soldOut: boolean;
  perOrderLimit: number;
  signedIn: boolean;
  layout: SeatMapLayout;
  store: SeatStateStore;
  /** The event's tiers (names and prices; the counts come from the store). */
  tiers: readonly TierFieldsFragment[];
  hold: HoldFieldsFragment | null;
}

/** An event's reserved seats: legend, the map, best available and the seat finder, sharing one filter. */
export function EventSeating({ eventId, eventName, onSale, soldOut, perOrderLimit, signedIn, layout, store, tiers, hold }: EventSeatingProps) {
  const { pendingSeats } = useAppServices();
  const toggleSeat = useToggleSeat();
  const [filter, setFilter] = useState<SeatFilter>(NO_FILTER);
  const [showSeat, setShowSeat] = useState<{ index: number; nonce: number } | null>(null);

  // By the layout's tier index: what the map, legend and finder call each tier.
  const byIndex = useMemo(
    () =>
      layout.tierIds.map((id) => {
        const tier = tiers.find((known) => known.id === id);
        return { id, name: tier?.name ?? '', priceCents: tier?.priceCents ?? 0, price: tier ? formatMoney(tier.priceCents, tier.currency) : '' };
      }),
    [layout, tiers],
  );
  const prices = useMemo(() => byIndex.map((tier) => tier.priceCents), [byIndex]);
  const mask = useMemo(() => filterMask(layout, filter, prices), [layout, filter, prices]);
  const ranks = useMemo(() => seatRanks(layout), [layout]);
  const bestFirst = useMemo(() => Int32Array.from({ length: layout.count }, (_, index) => index).sort((a, b) => ranks[a]! - ranks[b]!), [layout, ranks]);

  // Seats the buyer acts on are drawn from Apollo's cache (optimistic layer and rollback):
  // those in their hold, and each seat as it is clicked (without a React render on the click).
  const holdKey = hold?.seats.map((seat) => seat.id).join() ?? '';
  const holdIds = useMemo(() => holdKey.split(',').filter(Boolean), [holdKey]);
  const watch = useApolloOverlay(store, holdIds);
  // Watched after the click's paint, as the mutation is sent (use-reserve-seat.ts): a fragment
  // watch costs 3-4 ms the first time, in the click's own event. Its first answer is the cache
  // as it stands, optimistic layer included, so whatever was written before it is not missed.
  useEffect(() => {
    let open = true;
    let before = pendingSeats.snapshot();
    const unsubscribe = pendingSeats.subscribe(() => {
      const now = pendingSeats.snapshot();
      // Only a seat that became pending: an answer (a seat leaving the set) asks for no frame.
      const added = [...now].filter((id) => !before.has(id));
      before = now;
      if (added.length > 0) void afterNextPaint().then(() => open && added.forEach(watch));
    });
    return () => {
      open = false;
      unsubscribe();
    };
  }, [pendingSeats, watch]);

  const activate = (index: number) =>
    void toggleSeat({ id: layout.ids[index]!, eventId, version: store.version(index), status: store.status(index), heldByMe: store.mine(index), ...seatPlace(layout, index) });
  const show = (index: number) => setShowSeat({ index, nonce: Date.now() });

  const bestTiers: BestAvailableTier[] = byIndex.map((tier, index) => ({ id: tier.id, index, name: tier.name, price: tier.price, available: store.tier(index).available }));
  const stale = useStaleCue();

  return (
    <>
      <SeatLegend tiers={byIndex.map((tier, index) => ({ index, name: tier.name, price: tier.price, left: `${formatCount(store.tier(index).available)} left` }))} />
      {isFiltering(filter) && (
        <p className="filter-note">
          Showing the seats your filter keeps; the others are drawn hollow. <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>Clear the filter</button>
        </p>
      )}
      <SeatMap eventName={eventName} layout={layout} store={store} tiers={byIndex} pendingSeats={pendingSeats} match={mask} stale={stale} showSeat={showSeat} onActivate={activate} />
      <BestAvailableForm
        eventId={eventId}
        layout={layout}
        store={store}
        tiers={bestTiers}
        perOrderLimit={perOrderLimit}
        signedIn={signedIn}
        ranks={ranks}
        mask={mask}
        disabledBecause={!onSale ? 'Not on sale.' : soldOut ? 'Sold out: no seats left to hold.' : null}
        onShow={show}
      />
      <SeatFinder
        layout={layout}
        store={store}
        tiers={byIndex}
        filter={filter}
        onFilterChange={setFilter}
        mask={mask}
        bestFirst={bestFirst}
        countsVersion={store.countsVersion()}
        onHold={activate}
        onShow={show}
      />
    </>
  );
}
