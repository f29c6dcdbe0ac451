import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppServicesContext } from '../app-services.tsx';
import { createTestServices } from '../test-support/providers.tsx';
import { HoldCountdown } from './HoldCountdown.tsx';

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

function renderCountdown(expiresAt: string, maxExpiresAt: string, expiringSoon?: boolean) {
  return render(
    <AppServicesContext value={createTestServices()}>
      <HoldCountdown hold={{ expiresAt, maxExpiresAt, expiringSoon }} />
    </AppServicesContext>,
  );
}

const shown = () => screen.getByTestId('hold-countdown').textContent;

describe('HoldCountdown', () => {
  afterEach(cleanup);

  it('while the buyer is here, counts down the time the hold really has (its cap), not the idle window, and says why', () => {
    renderCountdown(inMinutes(3), inMinutes(14.5));
    expect(shown()).toBe('14:30');
    expect(screen.getByText(/while you are on this page/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns in the last minute, and when the server announces the hold as expiring', () => {
    renderCountdown(inMinutes(0.5), inMinutes(10));
    expect(shown()).toBe('0:30');
    expect(screen.getByRole('alert').textContent).toContain('Less than a minute left');
    cleanup();
    renderCountdown(inMinutes(2), inMinutes(10), true);
    expect(screen.getByRole('alert').textContent).toContain('check out now');
  });

  it('tells the buyer when the hold has expired', () => {
    renderCountdown(inMinutes(-1), inMinutes(-1));
    expect(screen.getByRole('alert').textContent).toContain('Your hold has expired');
  });
});
