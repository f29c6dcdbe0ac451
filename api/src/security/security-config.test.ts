import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { clientIpOf } from './client-ip.ts';

describe('security configuration', () => {
  it('has the documented defaults, with abuse budgets on outside NODE_ENV=test', () => {
    const { security } = loadConfig({});
    expect(security.limits).toEqual({ maxDepth: 8, maxAliases: 15, maxDirectives: 10, maxTokens: 1000, maxCost: 20_000 });
    expect(security).toMatchObject({ introspection: true, playground: true, bodyLimitBytes: 102_400, corsOrigins: [], trustProxyHops: 0 });
    expect(security.rateLimits).toEqual({
      windowSeconds: 60, inventoryPerUser: 120, inventoryPerIp: 1200, authPerIp: 20,
      signUpsPerIpPerHour: 10, heldItemsPerIp: 64, heldItemsWindowSeconds: 900, queueJoinsPerIpPerHour: 20,
    });
    expect(security.loginThrottle).toEqual({ freeFailures: 5, backoffSeconds: 30, maxBackoffSeconds: 3600, failuresPerIpPerHour: 100 });
    expect(security.sockets).toEqual({ maxConnectionsPerUser: 10, maxConnectionsPerIp: 200, maxSubscriptionsPerConnection: 20, maxGroupsPerIp: 50, initTimeoutMs: 3000, heartbeatMs: 12_000 });
  });

  it('turns the budgets off under NODE_ENV=test unless they are set', () => {
    const { security } = loadConfig({ NODE_ENV: 'test', RATE_LIMIT_AUTH_PER_IP: '5' });
    expect(security.rateLimits).toMatchObject({ inventoryPerUser: 0, inventoryPerIp: 0, authPerIp: 5 });
    expect(security.loginThrottle).toMatchObject({ freeFailures: 0, failuresPerIpPerHour: 0 });
    expect(security.sockets).toMatchObject({ maxConnectionsPerUser: 0, maxConnectionsPerIp: 0, maxGroupsPerIp: 0 });
  });

  it('reads switches and lists, and lists every bad value', () => {
    const { security } = loadConfig({ GRAPHQL_INTROSPECTION: 'false', GRAPHQL_PLAYGROUND: 'no', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(security).toMatchObject({ introspection: false, playground: false, corsOrigins: ['https://a.example', 'https://b.example'] });
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '0', RATE_LIMIT_INVENTORY_PER_USER: '-1' })).toThrow(/GRAPHQL_MAX_DEPTH[\s\S]*RATE_LIMIT_INVENTORY_PER_USER/);
  });
});

describe('client address', () => {
  it('is the peer without trusted proxies, whatever X-Forwarded-For says', () => {
    expect(clientIpOf('203.0.113.9', '10.0.0.1', 0)).toBe('10.0.0.1');
  });

  it('behind n proxies is the n-th entry from the right; entries the client wrote are not believed', () => {
    expect(clientIpOf('203.0.113.9', '10.0.0.1', 1)).toBe('203.0.113.9');
    expect(clientIpOf('6.6.6.6, 203.0.113.9', '10.0.0.1', 1)).toBe('203.0.113.9');
    expect(clientIpOf('6.6.6.6, 203.0.113.9, 10.0.0.2', '10.0.0.1', 2)).toBe('203.0.113.9');
    expect(clientIpOf(undefined, '10.0.0.1', 2)).toBe('10.0.0.1');
  });
});
