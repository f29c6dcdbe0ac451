import { act, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WaitlistEntryFieldsFragment } from '../generated/graphql.ts';
import { createTestServices, TestProviders } from '../test-support/providers.tsx';
import { createTestClient } from '../test-support/scripted-link.ts';
import { useMyWaitlist } from './use-my-waitlist.ts';

const entry = (change: Partial<WaitlistEntryFieldsFragment>): WaitlistEntryFieldsFragment => ({
  __typename: 'WaitlistEntry', id: '3', eventId: '1', tierId: '9', quantity: 2, status: 'WAITING', position: 4, offered: null, createdAt: '2026-12-01T09:00:00.000Z', ...change,
});

function renderWaitlist(signedIn: boolean) {
  const { client, link } = createTestClient();
  const services = createTestServices(signedIn);
  const { result } = renderHook(() => useMyWaitlist(), {
    wrapper: ({ children }) => <TestProviders client={client} services={services}>{children}</TestProviders>,
  });
  return { result, link };
}

describe('useMyWaitlist', () => {
  it('when seats come back into the buyer’s hold, tells them and reads the waitlist again', async () => {
    const { result, link } = renderWaitlist(true);
    const read = await link.nextRequest();
    expect(read.operationName).toBe('MyWaitlist');
    await act(async () => read.answer({ data: { me: { __typename: 'User', id: '1', waitlist: [entry({})] } } }));
    expect(result.current).toMatchObject([{ id: '3', status: 'WAITING', position: 4 }]);
    await waitFor(() => expect(link.subscriptions.get('OfferedHolds')).toBeDefined());
    act(() => link.subscriptions.get('OfferedHolds')!.next({ data: { holdUpdated: { __typename: 'Hold', id: '50', status: 'ACTIVE', waitlistEntry: entry({ status: 'OFFERED', position: null, offered: 2 }) } } }));
    await waitFor(() => expect(screen.getByText('2 came back for you from the waitlist: they are in your hold now.')).toBeTruthy());
    expect((await link.nextRequest()).operationName).toBe('MyWaitlist');
  });

  it('a guest has no waitlist and watches nothing', async () => {
    const { result, link } = renderWaitlist(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current).toEqual([]);
    expect(link.requests).toHaveLength(0);
    expect(link.subscriptions.size).toBe(0);
  });
});
