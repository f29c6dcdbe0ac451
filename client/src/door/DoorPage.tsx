import { useState, type FormEvent } from 'react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import type { CheckInStatus } from '../generated/graphql.ts';
import { formatDate } from '../ui/format.ts';
import { checkInDisplay } from './check-in-display.ts';
import { useCheckIn } from './use-check-in.ts';
import { canScanWithCamera, useQrScanner } from './use-qr-scanner.ts';

interface Scan {
  status: CheckInStatus;
  firstCheckedInAt: string | null;
  what: string | null;
}

/** The door: scan a ticket's QR code with the camera (or type its code) and see the answer, large. */
export function DoorPage({ eventId }: { eventId: string }) {
  const [checkIn, { loading }] = useCheckIn();
  const [scan, setScan] = useState<Scan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [camera, setCamera] = useState(canScanWithCamera());

  const submit = async (secret: string) => {
    setProblem(null);
    try {
      const result = await checkIn({ variables: { eventId, secret } });
      const answer = result.data!.checkIn;
      const ticket = answer.ticket;
      setScan({ status: answer.status, firstCheckedInAt: answer.firstCheckedInAt, what: ticket ? (ticket.seat?.label ?? `${ticket.tier.name}, general admission`) : null });
    } catch (error) {
      setProblem(errorMessageOf(error));
    }
  };
  const scanner = useQrScanner(camera, (code) => void submit(code));
  const onTyped = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim()) void submit(typed.trim());
    setTyped('');
  };
  const display = scan ? checkInDisplay(scan.status) : null;

  return (
    <section aria-labelledby="door-title" className="door">
      <h2 id="door-title">Door</h2>
      {display && scan && (
        <div className={`door-answer ${display.tone}`} role="status" aria-live="assertive" data-status={scan.status}>
          <p className="door-headline">{display.headline}</p>
          <p>{display.detail}</p>
          {scan.what && <p>{scan.what}</p>}
          {scan.status === 'ALREADY_CHECKED_IN' && scan.firstCheckedInAt && <p>First in at {formatDate(scan.firstCheckedInAt)}</p>}
        </div>
      )}
      {problem && <p className="status error" role="alert">{problem}</p>}
      {camera && (
        <>
          <video ref={scanner.video} className="door-camera" muted playsInline aria-label="Camera: hold the ticket's QR code in view" />
          {scanner.problem && <p className="status">{scanner.problem}</p>}
          <button type="button" className="secondary" onClick={() => setCamera(false)}>Stop the camera</button>
        </>
      )}
      {!camera && canScanWithCamera() && <button type="button" onClick={() => setCamera(true)}>Scan with the camera</button>}
      <form onSubmit={onTyped} aria-label="Enter a code by hand">
        <label>
          Ticket code <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" className="primary" disabled={loading}>Check in</button>
      </form>
    </section>
  );
}
