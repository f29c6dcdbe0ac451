import { WaitlistOffer } from '../holds/WaitlistOffer.tsx';
import { formatCount } from '../ui/format.ts';

/**
 * Nothing left to take: said at the top of the page, not discovered by clicking. Seats in other
 * buyers' holds may still come back, which the buyer is told, and the waitlist is offered.
 */
export function SoldOutBanner({ held }: { held: number }) {
  return (
    <section className="sold-out-banner" role="status" aria-labelledby="sold-out-title" data-testid="sold-out">
      <h2 id="sold-out-title">Sold out</h2>
      <p>
        {held > 0
          ? `Every seat is sold or in a buyer's hold. ${formatCount(held)} ${held === 1 ? 'seat is' : 'seats are'} held right now: if not bought, they come back here, live.`
          : 'Every seat and ticket is sold.'}
      </p>
      <WaitlistOffer />
    </section>
  );
}
