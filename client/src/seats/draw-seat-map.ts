import type { SeatLayout } from './seat-layout.ts';
import { LOOK_COLOURS, seatLook } from './seat-appearance.ts';
import type { SeatStatus } from '../generated/graphql.ts';

/** Screen position of the map: screen = map * scale + offset (CSS pixels). */
export interface MapView {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export interface DrawableSeat {
  id: string;
  x: number;
  y: number;
  status: SeatStatus;
  heldByMe: boolean;
  tier: { id: string };
}

export interface DrawInput {
  seats: readonly DrawableSeat[];
  layout: SeatLayout;
  tierColours: ReadonlyMap<string, string>;
  pendingIds: ReadonlySet<string>;
  view: MapView;
  width: number;
  height: number;
  pixelRatio: number;
}

/** Rows of space above the seats for the stage. */
export const STAGE_ROWS = 3;

/** The view that shows the whole map (with the stage) in a box. */
export function fitView(layout: SeatLayout, width: number, height: number): MapView {
  const mapWidth = layout.width + 2;
  const mapHeight = layout.height + STAGE_ROWS + 1;
  const scale = Math.max(0.5, Math.min(width / mapWidth, height / mapHeight, 40));
  return {
    scale,
    offsetX: (width - layout.width * scale) / 2 - layout.minX * scale,
    offsetY: (height - (layout.height + STAGE_ROWS) * scale) / 2 + STAGE_ROWS * scale - layout.minY * scale,
  };
}

function colourOf(seat: DrawableSeat, tierColours: ReadonlyMap<string, string>, pendingIds: ReadonlySet<string>): string {
  const look = seatLook(seat.status, seat.heldByMe, pendingIds.has(seat.id));
  return look === 'available' ? (tierColours.get(seat.tier.id) ?? '#2563eb') : LOOK_COLOURS[look];
}

/**
 * What a live update needs: repaint only the seats whose colour changed since the last frame
 * (a software-rasterised full frame of 20,000 seats costs tens of milliseconds). `painted` holds
 * the colour each seat was last drawn with and is updated in place.
 */
export function repaintChangedSeats(context: CanvasRenderingContext2D, input: DrawInput, painted: string[]): void {
  const { seats, tierColours, pendingIds, view, pixelRatio } = input;
  const { scale, offsetX, offsetY } = view;
  const gap = scale >= 4 ? scale * 0.12 : 0;
  const size = Math.max(1, scale - 2 * gap);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  for (let index = 0; index < seats.length; index++) {
    const seat = seats[index]!;
    const colour = colourOf(seat, tierColours, pendingIds);
    if (painted[index] === colour) continue;
    painted[index] = colour;
    const left = seat.x * scale + offsetX + gap;
    const top = seat.y * scale + offsetY + gap;
    context.clearRect(left, top, size, size);
    context.fillStyle = colour;
    context.fillRect(left, top, size, size);
  }
}

/**
 * One pass over the seats, grouped by colour so the canvas changes fill style a few times per
 * frame, not 20,000 times; seats outside the box are skipped.
 */
export function drawSeatMap(context: CanvasRenderingContext2D, input: DrawInput, painted: string[]): void {
  const { seats, layout, tierColours, pendingIds, view, width, height, pixelRatio } = input;
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, width, height);

  const { scale, offsetX, offsetY } = view;
  const stageTop = (layout.minY - STAGE_ROWS + 0.5) * scale + offsetY;
  context.fillStyle = '#1d2330';
  context.fillRect(layout.minX * scale + offsetX, stageTop, layout.width * scale, scale * 1.5);
  if (scale >= 4) {
    context.fillStyle = '#fff';
    context.font = `${Math.min(14, scale * 1.1)}px system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText('STAGE', (layout.minX + layout.width / 2) * scale + offsetX, stageTop + scale * 0.75);
  }

  const gap = scale >= 4 ? scale * 0.12 : 0;
  const size = Math.max(1, scale - 2 * gap);
  const groups = new Map<string, number[]>();
  painted.length = seats.length;
  for (let index = 0; index < seats.length; index++) {
    const seat = seats[index]!;
    const colour = colourOf(seat, tierColours, pendingIds);
    painted[index] = colour;
    const left = seat.x * scale + offsetX;
    const top = seat.y * scale + offsetY;
    if (left + scale < 0 || top + scale < 0 || left > width || top > height) continue;
    const group = groups.get(colour);
    if (group) group.push(index);
    else groups.set(colour, [index]);
  }
  for (const [colour, indexes] of groups) {
    context.fillStyle = colour;
    for (const index of indexes) {
      const seat = seats[index]!;
      context.fillRect(seat.x * scale + offsetX + gap, seat.y * scale + offsetY + gap, size, size);
    }
  }
}
