/** The sold-out notice's pointer to the waitlist (queue/WaitlistPanel.tsx, below the map), which offers returning seats to those in line first. */
export function WaitlistOffer({ tierName }: { tierName?: string }) {
  return (
    <p className="waitlist-offer" data-testid="waitlist-offer">
      {tierName ? `${tierName} is sold out.` : 'Sold out.'} Join the waitlist below: seats and tickets that come back (a hold that expires, an order cancelled) are offered to those in line first, straight into their hold.
    </p>
  );
}
