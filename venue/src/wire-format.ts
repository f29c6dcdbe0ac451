import type { SeatKind } from './venue-spec.ts';
import type { ShapeKind } from './generate-venue.ts';

/**
 * The seat map as the API serves it (GET /seat-maps/{eventId}/layout and /states, and the
 * GraphQL types SeatLayout and SeatStates, which have the same shape). See the `"""` docs in
 * schema/seat-map.graphql. Arrays are in layout order: index i is the same seat everywhere.
 */
export interface SeatLayoutJson {
  eventId: string;
  revision: string;
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
  shapes: { kind: ShapeKind; label: string; x: number; y: number; width: number; depth: number; rotation: number; cornerRadius: number }[];
  tierIds: string[];
  sections: SectionLayoutJson[];
  seats: {
    count: number;
    ids: number[];
    x: number[];
    y: number[];
    number: number[];
    /** Index into tierIds. */
    tier: number[];
    /** One character per seat, SEAT_KIND_CODES. */
    kind: string;
  };
}

export interface SectionLayoutJson {
  name: string;
  angle: number;
  arc: number;
  offset: number;
  curved: boolean;
  labelX: number;
  labelY: number;
  outline: number[];
  firstSeat: number;
  seatCount: number;
  rows: { label: string; firstSeat: number; seatCount: number; startX: number; startY: number; endX: number; endY: number }[];
}

export interface SeatStatesJson {
  eventId: string;
  layoutRevision: string;
  revision: string;
  count: number;
  /** One character per seat, SEAT_STATUS_CODES. */
  statuses: string;
  versions: number[];
  sections: { available: number; held: number; sold: number }[];
}

export type SeatStatus = 'AVAILABLE' | 'HELD' | 'SOLD';

export const SEAT_STATUS_CODES: Record<SeatStatus, string> = { AVAILABLE: 'A', HELD: 'H', SOLD: 'S' };
export const SEAT_KIND_CODES: Record<SeatKind, string> = { STANDARD: 'S', WHEELCHAIR: 'W', COMPANION: 'C', RESTRICTED_VIEW: 'R' };

const invert = <T extends string>(codes: Record<T, string>) => Object.fromEntries(Object.entries(codes).map(([name, code]) => [code, name])) as Record<string, T>;
const STATUS_BY_CODE = invert(SEAT_STATUS_CODES);
const KIND_BY_CODE = invert(SEAT_KIND_CODES);

export const statusOfCode = (code: string): SeatStatus | undefined => STATUS_BY_CODE[code];
export const kindOfCode = (code: string): SeatKind | undefined => KIND_BY_CODE[code];
