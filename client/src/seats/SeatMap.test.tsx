import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { placedSeat } from '../test-support/seats.ts';
import { SeatMap, type MapTier } from './SeatMap.tsx';

const tiers = new Map<string, MapTier>([['7', { id: '7', name: 'VIP', colour: '#2563eb', price: '€85' }]]);
const seats = [
  placedSeat({ id: '1', row: '1', number: 1, x: 0, y: 0 }),
  placedSeat({ id: '2', row: '1', number: 2, x: 1, y: 0, status: 'HELD' }),
  placedSeat({ id: '3', row: '2', number: 1, x: 0, y: 1, status: 'HELD', heldByMe: true }),
  placedSeat({ id: '4', row: '2', number: 2, x: 1, y: 1, status: 'SOLD' }),
];

describe('SeatMap', () => {
  it('names every seat as the keyboard reaches it, and Enter or a click acts on the focused seat', () => {
    const onActivate = vi.fn();
    render(<SeatMap eventName="Test" seats={seats} tiers={tiers} pendingIds={new Set(['4'])} onActivate={onActivate} />);
    const seat = screen.getByRole('button', { name: /^Section B/ });
    expect(seat.getAttribute('aria-label')).toBe('Section B, row 1, seat 1, VIP, €85, available');
    fireEvent.keyDown(seat, { key: 'ArrowRight' });
    expect(seat.getAttribute('aria-label')).toBe('Section B, row 1, seat 2, VIP, €85, held by someone else');
    fireEvent.keyDown(seat, { key: 'ArrowDown' });
    expect(seat.getAttribute('aria-label')).toBe('Section B, row 2, seat 2, VIP, €85, pending');
    fireEvent.keyDown(seat, { key: 'ArrowLeft' });
    expect(seat.getAttribute('aria-label')).toBe('Section B, row 2, seat 1, VIP, €85, held by you');
    fireEvent.click(seat);
    expect(onActivate).toHaveBeenCalledWith(seats[2]);
  });

  it('a pending seat cannot be activated again', () => {
    const onActivate = vi.fn();
    render(<SeatMap eventName="Test" seats={seats} tiers={tiers} pendingIds={new Set(['1'])} onActivate={onActivate} />);
    fireEvent.click(screen.getByRole('button', { name: /pending$/ }));
    expect(onActivate).not.toHaveBeenCalled();
  });
});
