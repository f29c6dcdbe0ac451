import type { SeatKind } from '@tessera/venue';
import { KIND_WORDS, LOOK_WORDS, type SeatLook } from './seat-appearance.ts';

export interface SeatDetails {
  section: string;
  row: string;
  number: number;
  tierName: string;
  price: string;
  kind: SeatKind;
  look: SeatLook;
}

const WHAT_NEXT: Record<SeatLook, string> = {
  available: 'Click or tap to hold it.',
  mine: 'In your hold: click or tap to give it back.',
  held: 'In another buyer’s hold: it comes back if they do not check out.',
  sold: 'Sold.',
  pending: 'Waiting for the box office…',
};

/** Seat, row, price and kind of the seat under the pointer or last tapped. */
export function SeatDetailsCard({ details, x, y, preview }: { details: SeatDetails; x: number; y: number; preview: boolean }) {
  return (
    <div className="seat-card" role="status" data-testid="seat-card" style={{ left: x, top: y }}>
      <strong>
        Section {details.section} · Row {details.row} · Seat {details.number}
      </strong>
      <span>
        {details.tierName} · {details.price}
        {details.kind !== 'STANDARD' && <> · {KIND_WORDS[details.kind]}</>}
      </span>
      {!preview && (
        <span className={`seat-card-status look-${details.look}`}>
          {LOOK_WORDS[details.look][0]!.toUpperCase() + LOOK_WORDS[details.look].slice(1)}. {WHAT_NEXT[details.look]}
        </span>
      )}
    </div>
  );
}
