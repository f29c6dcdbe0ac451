import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppServicesContext } from '../app-services.tsx';
import { createTestServices } from '../test-support/providers.tsx';
import { HoldCountdown } from './HoldCountdown.tsx';

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

function renderCountdown(expiresAt: string, expiringSoon?: boolean) {
  return render(
    <AppServicesContext value={createTestServices()}>
      <HoldCountdown expiresAt={expiresAt} expiringSoon={expiringSoon} />
    </AppServicesContext>,
  );
}

describe('HoldCountdown', () => {
  afterEach(cleanup);

  it('warns in the last minute on its own clock, and when the server announces the hold as expiring', () => {
    renderCountdown(inMinutes(5));
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();
    renderCountdown(inMinutes(0.5));
    expect(screen.getByRole('alert').textContent).toContain('less than a minute left');
  });

  it('believes the server’s announcement even when the browser’s clock says there is more time', () => {
    renderCountdown(inMinutes(5), true);
    expect(screen.getByRole('alert').textContent).toContain('check out now');
  });

  it('tells the buyer when the hold has expired', () => {
    renderCountdown(inMinutes(-1));
    expect(screen.getByRole('alert').textContent).toContain('Your hold has expired');
  });
});
