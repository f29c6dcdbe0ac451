import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QueueTicketFieldsFragment } from '../generated/graphql.ts';
import { createTestServices, TestProviders } from '../test-support/providers.tsx';
import { createTestClient } from '../test-support/scripted-link.ts';
import { useJoinQueue } from './use-join-queue.ts';
import { useQueueTicket } from './use-queue-ticket.ts';

const room = { __typename: 'Event', id: '1', queue: { __typename: 'QueuePolicy', opensAt: '2026-12-01T10:00:00.000Z', admitPerMinute: 2, admissionMinutes: 10, shuffledAt: null } };

function ticket(change: Partial<QueueTicketFieldsFragment>): QueueTicketFieldsFragment {
  return {
    __typename: 'QueueTicket', id: '7', eventId: '1', status: 'WAITING', position: 40, aheadOfYou: 9, estimatedWaitSeconds: 300,
    joinedAt: '2026-12-01T09:00:00.000Z', admittedAt: null, admittedUntil: null, ...change,
  };
}

/** The hook on a scripted network, its first read answered with `first`, and a push function once subscribed. */
async function renderQueueTicket(first: QueueTicketFieldsFragment | null) {
  const { client, link } = createTestClient();
  const services = createTestServices();
  const hooks = renderHook(() => ({ ...useQueueTicket('1'), join: useJoinQueue() }), {
    wrapper: ({ children }) => <TestProviders client={client} services={services}>{children}</TestProviders>,
  });
  const read = await link.nextRequest();
  expect(read.operationName).toBe('EventQueue');
  await act(async () => read.answer({ data: { event: room, queueTicket: first } }));
  if (first) await waitFor(() => expect(link.subscriptions.get('QueueUpdated')).toBeDefined());
  // Apollo hands a pushed result on a tick later: let it land before looking.
  const push = (next: QueueTicketFieldsFragment) =>
    act(async () => {
      link.subscriptions.get('QueueUpdated')!.next({ data: { queueUpdated: next } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  return { result: hooks.result, client, link, services, push };
}

describe('useQueueTicket', () => {
  it('a push overtaken by an older one does not move the buyer back, nor un-admit them', async () => {
    const { result, push } = await renderQueueTicket(ticket({ aheadOfYou: 9 }));
    await push(ticket({ aheadOfYou: 3 }));
    await push(ticket({ aheadOfYou: 6 }));
    expect(result.current.ticket).toMatchObject({ status: 'WAITING', aheadOfYou: 3 });
    await push(ticket({ status: 'ADMITTED', aheadOfYou: 0, admittedAt: '2026-12-01T10:20:00.000Z', admittedUntil: '2026-12-01T10:30:00.000Z' }));
    await push(ticket({ aheadOfYou: 1 }));
    expect(result.current.ticket).toMatchObject({ status: 'ADMITTED', admittedUntil: '2026-12-01T10:30:00.000Z' });
  });

  it('a reconnect’s read that a push overtook does not write its older ticket over the push', async () => {
    const { result, link, services, push } = await renderQueueTicket(ticket({ aheadOfYou: 9 }));
    act(() => {
      services.connection.socketConnected(false);
      services.connection.socketConnected(true);
    });
    const reread = await link.nextRequest();
    expect(reread.operationName).toBe('EventQueue');
    await push(ticket({ aheadOfYou: 2 }));
    await act(async () => reread.answer({ data: { event: room, queueTicket: ticket({ aheadOfYou: 5 }) } }));
    expect(result.current.ticket).toMatchObject({ aheadOfYou: 2 });
  });

  it('a refetch of every active query (the seat map’s after a reconnect) does not read the ticket again behind the guard’s back', async () => {
    const { result, client, link, push } = await renderQueueTicket(ticket({ aheadOfYou: 9 }));
    await push(ticket({ aheadOfYou: 4 }));
    await act(async () => {
      await client.refetchQueries({ include: 'active' });
    });
    expect(link.requests.map((request) => request.operationName)).not.toContain('EventQueue');
    expect(result.current.ticket).toMatchObject({ aheadOfYou: 4 });
  });

  it('joining shows the ticket the mutation answers, with no second read, and starts the pushes', async () => {
    const { result, link } = await renderQueueTicket(null);
    expect(result.current.ticket).toBeNull();
    let joined: Promise<void> = Promise.resolve();
    act(() => {
      joined = result.current.join('1');
    });
    const request = await link.nextRequest();
    expect(request.operationName).toBe('JoinQueue');
    await act(async () => {
      request.answer({ data: { joinQueue: ticket({ position: null, aheadOfYou: null, estimatedWaitSeconds: null }) } });
      await joined;
    });
    await waitFor(() => expect(result.current.ticket).toMatchObject({ id: '7', position: null }));
    await waitFor(() => expect(link.subscriptions.get('QueueUpdated')).toBeDefined());
    expect(link.requests).toHaveLength(0);
  });

  it('signing out starts again: the room is read again, without a ticket', async () => {
    const { result, client, link, services } = await renderQueueTicket(ticket({ aheadOfYou: 9 }));
    await act(async () => {
      services.auth.setSession(null);
      void client.resetStore();
    });
    const read = await link.nextRequest();
    expect(read).toMatchObject({ operationName: 'EventQueue', variables: { signedIn: false } });
    await act(async () => read.answer({ data: { event: room } }));
    await waitFor(() => expect(result.current.queue).toMatchObject({ admitPerMinute: 2 }));
    expect(result.current.ticket).toBeNull();
    expect(link.requests).toHaveLength(0);
  });
});
