import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemo).toBe(true);
    expect(config.holds).toEqual({ lifeSeconds: 600, idleSeconds: 180, maxSeconds: 900, maxEvents: 3, warningSeconds: 60, cooldownSeconds: 120 });
  });

  it('production refuses to start without a real token secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/tessera' })).toThrow(/TOKEN_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'short' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 's'.repeat(40), DATABASE_URL: 'postgres://db/tessera' }).seedDemo).toBe(false);
  });

  it('production never seeds the demo; the public development secret serves loopback only (issue 11, finding 5)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 's'.repeat(40), DATABASE_URL: 'postgres://db/tessera', SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/tessera' })).toMatchObject({ host: '127.0.0.1', tokenSecretIsBuiltIn: true });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/tessera', HOST: '0.0.0.0' })).toThrow(/TOKEN_SECRET/);
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ TOKEN_SECRET: 's'.repeat(40) })).toMatchObject({ host: '0.0.0.0', tokenSecretIsBuiltIn: false });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ORGANIZER_INVITE_CODE: '', DATABASE_URL: '' })).toMatchObject({ organizerInviteCode: null, databaseUrl: null });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', HOLD_IDLE_SECONDS: '-1', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('HOLD_IDLE_SECONDS');
      expect(message).toContain('LOG_LEVEL');
    }
  });
});
