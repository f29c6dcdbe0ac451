import { useState } from 'react';
import { useSession } from '../app-services.tsx';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import type { WaitlistEntryFieldsFragment } from '../generated/graphql.ts';
import { formatCount } from '../ui/format.ts';
import { useToast } from '../ui/toasts.tsx';
import { useJoinWaitlist } from './use-join-waitlist.ts';
import { useLeaveWaitlist } from './use-leave-waitlist.ts';
import { useMyWaitlist } from './use-my-waitlist.ts';

interface SoldOutTier {
  id: string;
  name: string;
  available: number;
}

/**
 * Sold-out tiers: a place in line for seats or tickets that come back. Those that do go straight
 * into the buyer's hold, and useMyWaitlist tells the buyer.
 */
export function WaitlistPanel({ tiers, perOrderLimit }: { tiers: SoldOutTier[]; perOrderLimit: number }) {
  const session = useSession();
  const notify = useToast();
  const entries = useMyWaitlist();
  const soldOut = tiers.filter((tier) => tier.available === 0);

  if (soldOut.length === 0) return null;
  return (
    <section className="waitlist" aria-label="Waitlist">
      {soldOut.map((tier) => (
        <WaitlistTier
          key={tier.id}
          tier={tier}
          perOrderLimit={perOrderLimit}
          signedIn={session !== null}
          entry={entries.find((e) => e.tierId === tier.id && (e.status === 'WAITING' || e.status === 'OFFERED')) ?? null}
          onError={(error) => notify(errorMessageOf(error), 'error')}
        />
      ))}
    </section>
  );
}

function WaitlistTier(props: { tier: SoldOutTier; perOrderLimit: number; signedIn: boolean; entry: WaitlistEntryFieldsFragment | null; onError: (e: unknown) => void }) {
  const joinWaitlist = useJoinWaitlist();
  const leaveWaitlist = useLeaveWaitlist();
  const [quantity, setQuantity] = useState(1);
  const [busy, setBusy] = useState(false);
  const { tier, entry } = props;
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="waitlist-tier" data-testid={`waitlist-${tier.id}`}>
      <p>
        <strong>{tier.name}</strong> is sold out.
      </p>
      {entry?.status === 'WAITING' && (
        <p role="status">
          You are number {entry.position === null ? '…' : formatCount(entry.position)} in line for {formatCount(entry.quantity)}. Seats that come back go to the line first, straight into your hold.{' '}
          <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => leaveWaitlist(entry.id))}>
            Leave the line
          </button>
        </p>
      )}
      {entry?.status === 'OFFERED' && <p role="status">{formatCount(entry.offered ?? entry.quantity)} came back for you: they are in your hold. Check out before it runs out.</p>}
      {!entry &&
        (props.signedIn ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => joinWaitlist(tier.id, quantity));
            }}
          >
            <label>
              How many
              <input type="number" min={1} max={props.perOrderLimit} value={quantity} onChange={(event) => setQuantity(Math.max(1, Math.min(props.perOrderLimit, Number(event.target.value) || 1)))} />
            </label>
            <button type="submit" className="secondary" disabled={busy}>
              Join the waitlist
            </button>
          </form>
        ) : (
          <p>Log in to join the waitlist.</p>
        ))}
    </div>
  );
}
