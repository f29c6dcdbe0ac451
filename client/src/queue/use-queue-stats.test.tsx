import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QueueStatsFieldsFragment } from '../generated/graphql.ts';
import { createTestServices, TestProviders } from '../test-support/providers.tsx';
import { createTestClient } from '../test-support/scripted-link.ts';
import { useQueueStats } from './use-queue-stats.ts';

const stats = (waiting: number, admitted: number): QueueStatsFieldsFragment => ({
  __typename: 'QueueStats', eventId: '1', waiting, admitted, holding: 0, expired: 0, admittedTotal: admitted, admittedLastMinute: admitted, updatedAt: '2026-12-01T10:00:00.000Z',
});

describe('useQueueStats', () => {
  it('reads the room once, then each pushed count replaces the last under the event’s queue', async () => {
    const { client, link } = createTestClient();
    const services = createTestServices();
    const { result } = renderHook(() => useQueueStats('1'), {
      wrapper: ({ children }) => <TestProviders client={client} services={services}>{children}</TestProviders>,
    });
    const read = await link.nextRequest();
    expect(read.operationName).toBe('EventQueueStats');
    const queue = { __typename: 'QueuePolicy', opensAt: '2026-12-01T10:00:00.000Z', admitPerMinute: 500, admissionMinutes: 10, shuffledAt: null, shuffleSeed: null, stats: stats(1200, 0) };
    await act(async () => read.answer({ data: { event: { __typename: 'Event', id: '1', queue } } }));
    expect(result.current?.stats).toMatchObject({ waiting: 1200 });
    await waitFor(() => expect(link.subscriptions.get('QueueStatsUpdated')).toBeDefined());
    act(() => link.subscriptions.get('QueueStatsUpdated')!.next({ data: { queueStatsUpdated: stats(700, 500) } }));
    await waitFor(() => expect(result.current?.stats).toMatchObject({ waiting: 700, admitted: 500 }));
    expect(result.current).toMatchObject({ admitPerMinute: 500 });
  });

  it('an event without a waiting room has nothing to watch', async () => {
    const { client, link } = createTestClient();
    const services = createTestServices();
    const { result } = renderHook(() => useQueueStats('1'), {
      wrapper: ({ children }) => <TestProviders client={client} services={services}>{children}</TestProviders>,
    });
    await act(async () => (await link.nextRequest()).answer({ data: { event: { __typename: 'Event', id: '1', queue: null } } }));
    expect(result.current).toBeNull();
    expect(link.subscriptions.size).toBe(0);
  });
});
