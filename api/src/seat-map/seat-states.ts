import { createHash } from 'node:crypto';
import { SEAT_STATUS_CODES, type SeatLayoutJson, type SeatStatesJson, type SeatStatus } from '@tessera/venue';

/** What a change of one seat says: enough to move the snapshot, nothing about who holds it. */
export interface SeatState {
  id: number;
  version: number;
  status: SeatStatus;
}

const STATUSES: readonly SeatStatus[] = ['AVAILABLE', 'HELD', 'SOLD'];
const STATUS_INDEX: Record<SeatStatus, number> = { AVAILABLE: 0, HELD: 1, SOLD: 2 };
const CODE_OF = STATUSES.map((status) => SEAT_STATUS_CODES[status].charCodeAt(0));

/** What of the layout the states need: the seat order and the sections' ranges. */
export type StatesLayout = Pick<SeatLayoutJson, 'eventId' | 'revision' | 'sections'> & { seats: { ids: readonly number[] } };

/**
 * Every seat's status and version for one event, in layout order, with counts per section: what
 * the map's states document is made of. Changes pass the same version guard as the clients'
 * (a state only replaces an older one), so a change seen twice, late or out of order, and a
 * re-read of the database over changes already applied, all leave it right.
 */
export class SeatStates {
  private readonly indexOf: Map<number, number>;
  private readonly sectionOf: Uint16Array;
  private readonly statuses: Uint8Array;
  private readonly versions: Int32Array;
  /** available, held, sold per section. */
  private readonly counts: Int32Array;
  private readonly layout: StatesLayout;
  /** Grows with every change applied: whether an encoding is still current. */
  changes = 0;

  constructor(layout: StatesLayout) {
    this.layout = layout;
    const ids = layout.seats.ids;
    this.indexOf = new Map(ids.map((id, i) => [id, i]));
    this.sectionOf = new Uint16Array(ids.length);
    layout.sections.forEach((section, s) => this.sectionOf.fill(s, section.firstSeat, section.firstSeat + section.seatCount));
    this.statuses = new Uint8Array(ids.length);
    this.versions = new Int32Array(ids.length);
    this.counts = new Int32Array(layout.sections.length * 3);
    layout.sections.forEach((section, s) => (this.counts[s * 3] = section.seatCount));
  }

  /** Applies a seat's state if it is newer than the one held; false for an older or unknown seat. */
  apply(seat: SeatState): boolean {
    const i = this.indexOf.get(seat.id);
    if (i === undefined || seat.version <= this.versions[i]!) return false;
    const section = this.sectionOf[i]!;
    this.counts[section * 3 + this.statuses[i]!]!--;
    this.statuses[i] = STATUS_INDEX[seat.status];
    this.counts[section * 3 + this.statuses[i]!]!++;
    this.versions[i] = seat.version;
    this.changes++;
    return true;
  }

  get count(): number {
    return this.versions.length;
  }

  /** The document; its revision is a hash of its content, so equal states have equal revisions everywhere. */
  toJson(): SeatStatesJson {
    const codes = Buffer.alloc(this.statuses.length);
    for (let i = 0; i < this.statuses.length; i++) codes[i] = CODE_OF[this.statuses[i]!]!;
    const statuses = codes.toString('latin1');
    const versions = Array.from(this.versions);
    const sections = this.layout.sections.map((_, s) => ({ available: this.counts[s * 3]!, held: this.counts[s * 3 + 1]!, sold: this.counts[s * 3 + 2]! }));
    const hash = createHash('sha256').update(this.layout.revision).update(statuses).update(new Uint8Array(this.versions.buffer)).digest('hex');
    return { eventId: this.layout.eventId, layoutRevision: this.layout.revision, revision: `S-${hash.slice(0, 20)}`, count: this.count, statuses, versions, sections };
  }
}
