import { describe, expect, it, vi } from 'vitest';
import { createConnectionStatusStore } from './connection-status.ts';
import { reconnectDelayMs } from './reconnect-backoff.ts';

describe('connection status', () => {
  it('goes live, then reconnecting when the socket drops, offline after repeated failures, and reports the reconnect', () => {
    const store = createConnectionStatusStore();
    const reconnected = vi.fn();
    store.onReconnected(reconnected);
    expect(store.getStatus()).toBe('connecting');
    store.socketConnected(false);
    expect(store.getStatus()).toBe('live');
    expect(reconnected).not.toHaveBeenCalled();
    store.socketClosed();
    expect(store.getStatus()).toBe('reconnecting');
    for (let attempt = 0; attempt < 3; attempt++) {
      store.socketConnecting();
      store.socketClosed();
    }
    expect(store.getStatus()).toBe('offline');
    store.socketConnected(true);
    expect(store.getStatus()).toBe('live');
    expect(reconnected).toHaveBeenCalledTimes(1);
  });

  it('backs off exponentially with jitter, capped at 10 s', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(150);
    expect(reconnectDelayMs(3, () => 1)).toBe(2400);
    expect(reconnectDelayMs(20, () => 1)).toBe(10_000);
  });
});

describe('HTTP health in the connection status', () => {
  it('is not live while requests fail with the socket up, and live again when one gets through', () => {
    const store = createConnectionStatusStore();
    store.socketConnected(false);
    store.httpFailed();
    expect(store.getStatus()).toBe('no-http');
    store.socketClosed();
    expect(store.getStatus()).toBe('reconnecting');
    store.socketConnected(true);
    expect(store.getStatus()).toBe('no-http');
    store.httpAnswered();
    expect(store.getStatus()).toBe('live');
  });
});
