import type { SeatKind, SeatStatus } from '@tessera/venue';

/** How a seat looks and reads, from the buyer's point of view. */
export type SeatLook = 'available' | 'mine' | 'held' | 'sold' | 'pending';

export function seatLook(status: SeatStatus, heldByMe: boolean, pending: boolean): SeatLook {
  if (pending) return 'pending';
  if (status === 'SOLD') return 'sold';
  if (status === 'HELD') return heldByMe ? 'mine' : 'held';
  return 'available';
}

/**
 * The fill at the centre of a seat in each look that is not "available" (those wear their
 * tier's colour). Told apart by lightness, not only by hue, so they read the same in every
 * kind of colour blindness and in greyscale: mine is near black (with a white ring), pending is
 * white (with a dark ring), held is mid grey, sold light grey and smaller.
 */
export const LOOK_COLOURS: Record<Exclude<SeatLook, 'available'>, string> = {
  mine: '#111111',
  held: '#8c96a3',
  sold: '#d5dae1',
  pending: '#ffffff',
};

export const LOOK_WORDS: Record<SeatLook, string> = {
  available: 'available',
  mine: 'held by you',
  held: 'held by someone else',
  sold: 'sold',
  pending: 'pending',
};

/**
 * Tier colours from Okabe and Ito's palette for colour-blind readers, in an order whose first
 * three differ in lightness as well as hue (dark blue, orange, light purple); each tier also
 * has its own seat shape (`tierGlyph`), so no tier is told apart by hue alone.
 */
const TIER_PALETTE = ['#0072B2', '#E69F00', '#CC79A7', '#009E73', '#56B4E9', '#D55E00', '#F0E442', '#7a5195'];

export type TierGlyph = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon';
const GLYPHS: readonly TierGlyph[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon'];

const cycle = <T>(list: readonly T[], index: number): T => list[((index % list.length) + list.length) % list.length]!;

export function tierColour(tierIndex: number): string {
  return cycle(TIER_PALETTE, tierIndex);
}

export function tierGlyph(tierIndex: number): TierGlyph {
  return cycle(GLYPHS, tierIndex);
}

export const KIND_WORDS: Record<SeatKind, string> = {
  STANDARD: 'standard seat',
  WHEELCHAIR: 'wheelchair space',
  COMPANION: 'companion seat',
  RESTRICTED_VIEW: 'restricted view',
};

/**
 * The overview's fill for a section by the share of its seats (matching the filter) still
 * available: one blue from dark (plenty) to pale (a few), grey when none; a lightness ramp,
 * readable without telling hues apart.
 */
const SHARE_RAMP = ['#dbe7f3', '#b3cde6', '#7fadd6', '#4a89c2', '#2166ac', '#0b4a8b'];
export const NONE_LEFT_FILL = '#e3e6ea';

export function shareLeftFill(available: number, total: number): string {
  if (available <= 0 || total <= 0) return NONE_LEFT_FILL;
  const share = available / total;
  return SHARE_RAMP[Math.min(SHARE_RAMP.length - 1, Math.floor(share * SHARE_RAMP.length))]!;
}

/** Text on a fill: white on the darker half of the ramp. */
export function labelColourOn(fill: string): string {
  return fill === '#4a89c2' || fill === '#2166ac' || fill === '#0b4a8b' ? '#ffffff' : '#1d2330';
}

/** "B-4-12": how a seat is named in short messages. */
export function seatCode(seat: { section: string; row: string; number: number }): string {
  return `${seat.section}-${seat.row}-${seat.number}`;
}

/** "Section B, row 4, seat 12, VIP, €85, wheelchair space, available": every seat's accessible name. */
export function seatAccessibleName(seat: { section: string; row: string; number: number }, tierName: string, price: string, look: SeatLook, kind: SeatKind = 'STANDARD'): string {
  const kindPart = kind === 'STANDARD' ? '' : `, ${KIND_WORDS[kind]}`;
  return `Section ${seat.section}, row ${seat.row}, seat ${seat.number}, ${tierName}, ${price}${kindPart}, ${LOOK_WORDS[look]}`;
}
