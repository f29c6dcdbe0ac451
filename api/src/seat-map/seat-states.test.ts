import { describe, expect, it } from 'vitest';
import { buildLayout, type StoredSeat } from './layout-builder.ts';
import { SeatStates } from './seat-states.ts';

const seat = (id: number, section: string, row: string, number: number): StoredSeat => ({ id, section, row, number, x: number, y: Number(row), tierId: 7, kind: 'STANDARD' });

describe('the layout of an event made before venues had geometry', () => {
  it('orders seats (given by id) by section and row as first seen, then number; boxes each section and puts row labels past the row ends', () => {
    const layout = buildLayout(3, [seat(10, 'A', '2', 2), seat(11, 'B', '1', 1), seat(12, 'A', '1', 2), seat(13, 'A', '1', 1)], null, [7]);
    expect(layout.seats.ids).toEqual([10, 13, 12, 11]);
    expect(layout.sections.map((s) => [s.name, s.firstSeat, s.seatCount, s.rows.map((r) => r.label)])).toEqual([
      ['A', 0, 3, ['2', '1']],
      ['B', 3, 1, ['1']],
    ]);
    expect(layout.sections[0]!.rows[1]).toEqual({ label: '1', firstSeat: 1, seatCount: 2, startX: 0, startY: 1, endX: 3, endY: 1 });
    expect(layout.sections[0]!.outline).toEqual([0.5, 0.5, 2.5, 0.5, 2.5, 2.5, 0.5, 2.5]);
    expect(layout.seats.kind).toBe('SSSS');
    expect(layout.revision).toMatch(/^L1-[0-9a-f]{16}$/);
    expect(buildLayout(3, [seat(11, 'B', '1', 1)], null, [7]).revision).not.toBe(layout.revision);
  });
});

describe('seat states kept by version', () => {
  const layout = buildLayout(1, [seat(1, 'A', '1', 1), seat(2, 'A', '1', 2), seat(3, 'B', '1', 1)], null, [7]);

  it('takes a newer state, ignores an older or repeated one, and moves the counts of the seat’s section', () => {
    const states = new SeatStates(layout);
    for (const id of [1, 2, 3]) states.apply({ id, version: 1, status: 'AVAILABLE' });
    expect(states.apply({ id: 2, version: 3, status: 'SOLD' })).toBe(true);
    expect(states.apply({ id: 2, version: 2, status: 'HELD' })).toBe(false); // arrived late
    expect(states.apply({ id: 2, version: 3, status: 'SOLD' })).toBe(false); // twice
    expect(states.apply({ id: 99, version: 9, status: 'HELD' })).toBe(false); // not this event's
    const json = states.toJson();
    expect(json.statuses).toBe('ASA');
    expect(json.versions).toEqual([1, 3, 1]);
    expect(json.sections).toEqual([
      { available: 1, held: 0, sold: 1 },
      { available: 1, held: 0, sold: 0 },
    ]);
  });

  it('gives equal states equal revisions, whatever order the changes came in', () => {
    const a = new SeatStates(layout);
    const b = new SeatStates(layout);
    a.apply({ id: 1, version: 2, status: 'HELD' });
    a.apply({ id: 1, version: 3, status: 'AVAILABLE' });
    b.apply({ id: 1, version: 3, status: 'AVAILABLE' });
    b.apply({ id: 1, version: 2, status: 'HELD' });
    expect(a.toJson()).toEqual(b.toJson());
    b.apply({ id: 3, version: 2, status: 'HELD' });
    expect(b.toJson().revision).not.toBe(a.toJson().revision);
  });
});
