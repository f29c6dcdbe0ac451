import { act, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestClient } from '../test-support/scripted-link.ts';
import { createTestServices, TestProviders } from '../test-support/providers.tsx';
import { placedSeat, readSeat, writeSeats } from '../test-support/seats.ts';
import { useToggleSeat } from './use-toggle-seat.ts';

function renderToggle(signedIn = true) {
  const { client, link } = createTestClient();
  writeSeats(client, '1', [{ __typename: 'Seat', id: '12', version: 3, status: 'AVAILABLE', heldByMe: false }]);
  const services = createTestServices(signedIn);
  const { result } = renderHook(() => useToggleSeat(), {
    wrapper: ({ children }) => <TestProviders client={client} services={services}>{children}</TestProviders>,
  });
  return { toggle: result.current, client, link, services };
}

describe('useToggleSeat', () => {
  it('a lost race rolls the seat back, repairs it from the error and shows a toast naming the seat', async () => {
    const { toggle, client, link, services } = renderToggle();
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = toggle(placedSeat());
    });
    expect(services.pendingSeats.has('12')).toBe(true);
    const request = await link.nextRequest();
    await act(async () => {
      request.answer({ errors: [{ message: 'taken', extensions: { code: 'CONFLICT', seat: { id: 12, version: 4, status: 'HELD' } } }] });
      await outcome;
    });
    await waitFor(() => expect(screen.getByText('Seat B-4-12 was just taken')).toBeTruthy());
    expect(readSeat(client, '12', true)).toMatchObject({ version: 4, status: 'HELD', heldByMe: false });
    expect(services.pendingSeats.has('12')).toBe(false);
  });

  it('a click on my own seat releases it', async () => {
    const { toggle, link } = renderToggle();
    void toggle(placedSeat({ status: 'HELD', heldByMe: true, version: 4 }));
    expect((await link.nextRequest()).operationName).toBe('ReleaseSeat');
  });

  it('every click that cannot take a seat says why: sold, in another buyer’s hold, still pending', async () => {
    const { toggle, link, services } = renderToggle();
    await act(async () => {
      expect(await toggle(placedSeat({ status: 'SOLD' }))).toBe('ignored');
      expect(await toggle(placedSeat({ status: 'HELD', heldByMe: false }))).toBe('ignored');
      services.pendingSeats.add('12');
      expect(await toggle(placedSeat())).toBe('ignored');
    });
    expect(link.requests).toHaveLength(0);
    expect(screen.getByText('Seat B-4-12 is sold.')).toBeTruthy();
    expect(screen.getByText(/Seat B-4-12 is in another buyer's hold/)).toBeTruthy();
    expect(screen.getByText(/still waiting for the box office/)).toBeTruthy();
  });

  it('asks a guest to log in instead of sending a reservation that must fail', async () => {
    const { toggle, link } = renderToggle(false);
    let outcome: unknown;
    await act(async () => {
      outcome = await toggle(placedSeat());
    });
    expect(outcome).toBe('ignored');
    expect(link.requests).toHaveLength(0);
    expect(screen.getByText('Log in to hold seats.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toMatch(/^\/login\?next=/);
  });
});
