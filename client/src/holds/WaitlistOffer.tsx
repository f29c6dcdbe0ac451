/**
 * WAITLIST: the place where a sold-out tier offers its waitlist. PRODUCT.md names
 * `joinWaitlist(tierId, quantity)` and `leaveWaitlist(id)`, but the API does not serve them
 * yet; until it does this says so instead of offering a button that cannot work. When it
 * lands: a `use-join-waitlist.ts` hook beside this file, a quantity and a "Join the waitlist"
 * button here, and the tier's waitlist state read with the event.
 */
export function WaitlistOffer({ tierName }: { tierName?: string }) {
  return (
    <p className="waitlist-offer" data-testid="waitlist-offer">
      {tierName ? `${tierName} is sold out.` : 'Sold out.'} A waitlist is not open for this event yet; seats that come back (a hold that expires, an order cancelled) show up here live.
    </p>
  );
}
