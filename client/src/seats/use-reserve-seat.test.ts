import { describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../test-support/scripted-link.ts';
import { placedSeat, readSeat, writeSeats } from '../test-support/seats.ts';
import { createPendingSeats } from './pending-seats.ts';
import { releaseSeat } from './use-release-seat.ts';
import { reserveSeat } from './use-reserve-seat.ts';

function setUp() {
  const { client, link } = createTestClient();
  writeSeats(client, '1', [{ __typename: 'Seat', id: '12', version: 3, status: 'AVAILABLE', heldByMe: false }]);
  return { client, link, pending: createPendingSeats(), notify: vi.fn() };
}

describe('reserving a seat optimistically', () => {
  it('marks the seat pending, applies HELD / mine / version + 1 before the answer, then keeps the server answer', async () => {
    const { client, link, pending, notify } = setUp();
    const outcome = reserveSeat(client, pending, placedSeat(), notify);
    expect(pending.has('12')).toBe(true);
    const request = await link.nextRequest();
    expect(request.variables).toEqual({ id: '12', version: 3 });
    expect(readSeat(client, '12', true)).toMatchObject({ status: 'HELD', heldByMe: true, version: 4 });
    expect(readSeat(client, '12')).toMatchObject({ status: 'AVAILABLE', version: 3 });

    request.answer({ data: { reserveSeat: { __typename: 'Seat', id: '12', version: 4, status: 'HELD', heldByMe: true } } });
    expect(await outcome).toBe('held');
    expect(pending.has('12')).toBe(false);
    expect(readSeat(client, '12')).toMatchObject({ status: 'HELD', heldByMe: true, version: 4 });
  });

  it('a second click while the first is in flight sends nothing', async () => {
    const { client, link, pending, notify } = setUp();
    void reserveSeat(client, pending, placedSeat(), notify);
    expect(await reserveSeat(client, pending, placedSeat(), notify)).toBe('ignored');
    await link.nextRequest();
    expect(link.requests).toHaveLength(0);
  });

  it('on CONFLICT drops the optimistic layer and writes the seat from extensions.seat, without a refetch', async () => {
    const { client, link, pending, notify } = setUp();
    const outcome = reserveSeat(client, pending, placedSeat(), notify);
    const request = await link.nextRequest();
    request.answer({ errors: [{ message: 'Seat taken', extensions: { code: 'CONFLICT', seat: { id: '12', version: 5, status: 'HELD' } } }] });
    expect(await outcome).toBe('conflict');
    expect(readSeat(client, '12', true)).toMatchObject({ status: 'HELD', heldByMe: false, version: 5 });
    expect(notify).toHaveBeenCalledWith('Seat B-4-12 was just taken', 'error');
    expect(link.requests).toHaveLength(0);
    expect(pending.has('12')).toBe(false);
  });

  it('on another error rolls back to what the server said before, with its own message', async () => {
    const { client, link, pending, notify } = setUp();
    const outcome = reserveSeat(client, pending, placedSeat(), notify);
    (await link.nextRequest()).answer({ errors: [{ message: 'limit', extensions: { code: 'LIMIT_EXCEEDED' } }] });
    expect(await outcome).toBe('failed');
    expect(readSeat(client, '12', true)).toMatchObject({ status: 'AVAILABLE', heldByMe: false, version: 3 });
    expect(notify).toHaveBeenCalledWith('You already hold as many seats as one order allows.', 'error');
  });

  it('releasing my seat shows it available at once and rolls back if the server refuses', async () => {
    const { client, link, pending, notify } = setUp();
    writeSeats(client, '1', [{ __typename: 'Seat', id: '12', version: 4, status: 'HELD', heldByMe: true }]);
    const outcome = releaseSeat(client, pending, placedSeat({ version: 4, status: 'HELD', heldByMe: true }), notify);
    const request = await link.nextRequest();
    expect(readSeat(client, '12', true)).toMatchObject({ status: 'AVAILABLE', heldByMe: false, version: 5 });
    request.answer({ errors: [{ message: 'expired', extensions: { code: 'HOLD_EXPIRED' } }] });
    expect(await outcome).toBe('failed');
    expect(readSeat(client, '12', true)).toMatchObject({ status: 'HELD', heldByMe: true, version: 4 });
  });
});
