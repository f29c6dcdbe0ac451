import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestClient } from '../test-support/scripted-link.ts';
import { createTestServices, TestProviders } from '../test-support/providers.tsx';
import { readSeat, writeSeats } from '../test-support/seats.ts';
import { useEventLive } from './use-event-live.ts';

const update = (version: number, status: 'AVAILABLE' | 'HELD' | 'SOLD') => ({
  data: { seatUpdated: { __typename: 'Seat', id: '12', version, status, heldByMe: false } },
});

describe('useEventLive', () => {
  it('applies seatUpdated in place by version: a late, older message and an echo never move the seat back', async () => {
    const { client, link } = createTestClient();
    writeSeats(client, '1', [{ __typename: 'Seat', id: '12', version: 3, status: 'AVAILABLE', heldByMe: false }]);
    const services = createTestServices();
    const { unmount } = renderHook(() => useEventLive('1', services.connection), {
      wrapper: ({ children }) => <TestProviders client={client} services={services}>{children}</TestProviders>,
    });
    const seatUpdates = link.subscriptions.get('SeatUpdated');
    expect(seatUpdates).toBeDefined();
    act(() => seatUpdates!.next(update(5, 'SOLD')));
    await waitFor(() => expect(readSeat(client, '12')).toMatchObject({ version: 5, status: 'SOLD' }));
    // Swapped in transit, then an echo: applied in one batch, none of them moves the seat back.
    act(() => {
      seatUpdates!.next(update(4, 'HELD'));
      seatUpdates!.next(update(5, 'SOLD'));
      seatUpdates!.next(update(6, 'AVAILABLE'));
      seatUpdates!.next(update(5, 'HELD'));
    });
    await waitFor(() => expect(readSeat(client, '12')).toMatchObject({ version: 6, status: 'AVAILABLE' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readSeat(client, '12')).toMatchObject({ version: 6, status: 'AVAILABLE' });
    unmount();
  });
});
