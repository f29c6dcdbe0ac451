import { useEffect, useState, type ReactNode } from 'react';
import { useSession } from '../app-services.tsx';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import { useToast } from '../ui/toasts.tsx';
import { useServerNow } from '../ui/use-server-now.ts';
import { AdmissionClock, AdmissionProvider } from './admission.tsx';
import { useJoinQueue } from './use-join-queue.ts';
import { stageOf } from './queue-progress.ts';
import { QueuePage } from './QueuePage.tsx';
import { useQueueTicket } from './use-queue-ticket.ts';

/** How long the "your turn" moment stays on screen above the map. */
const WELCOME_MS = 8000;

/**
 * An event with a waiting room shows the room until the buyer is admitted, then the seats (the
 * children), with the admission's clock beside the hold's. Events without one show the seats.
 * The children are mounted only then, so what they read (the seat map) is never downloaded by a
 * buyer who is still waiting, nor when the room could not be read.
 */
export function QueueGate({ eventId, eventName, children }: { eventId: string; eventName: string; children: ReactNode }) {
  const joinQueue = useJoinQueue();
  const session = useSession();
  const notify = useToast();
  const now = useServerNow();
  const { queue, ticket, loading, error, aheadAtFirst } = useQueueTicket(eventId);
  const [joining, setJoining] = useState(false);
  const stage = queue ? stageOf(ticket, String(queue.opensAt), now) : null;
  const [welcomeSince, setWelcomeSince] = useState<number | null>(null);
  const [wasWaiting, setWasWaiting] = useState(false);

  useEffect(() => {
    if (stage === 'waiting' || stage === 'before-opening' || stage === 'placing') setWasWaiting(true);
    if (stage === 'admitted' && wasWaiting && welcomeSince === null) setWelcomeSince(Date.now());
  }, [stage, wasWaiting, welcomeSince]);
  useEffect(() => {
    if (welcomeSince === null) return;
    const timer = setTimeout(() => setWelcomeSince(null), WELCOME_MS);
    return () => clearTimeout(timer);
  }, [welcomeSince]);

  if (loading) return <p className="status">Loading…</p>;
  if (error && !queue) return <p className="status error" role="alert">Could not load the waiting room: {error.message}</p>;
  if (!queue || !stage) return <>{children}</>;

  const join = async () => {
    setJoining(true);
    try {
      await joinQueue(eventId);
    } catch (error) {
      notify(errorMessageOf(error), 'error');
    } finally {
      setJoining(false);
    }
  };

  if (stage === 'admitted' || stage === 'admission-over') {
    return (
      <AdmissionProvider until={ticket?.admittedUntil ? String(ticket.admittedUntil) : null}>
        {welcomeSince !== null && (
          <p className="admitted-banner" role="alert" data-testid="admitted-banner">
            It is your turn! Choose your seats now.
          </p>
        )}
        <AdmissionClock />
        {children}
      </AdmissionProvider>
    );
  }
  return (
    <QueuePage
      eventName={eventName}
      opensAt={String(queue.opensAt)}
      stage={stage}
      ticket={ticket}
      aheadAtFirst={aheadAtFirst}
      signedIn={session !== null}
      joining={joining}
      onJoin={() => void join()}
    />
  );
}
