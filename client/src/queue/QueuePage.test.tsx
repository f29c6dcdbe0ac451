import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setFormattingLocale } from '../ui/format.ts';
import { QueuePage } from './QueuePage.tsx';

describe('QueuePage', () => {
  afterEach(() => setFormattingLocale(undefined));

  it('shows the place and the people ahead in the buyer’s locale', () => {
    setFormattingLocale('de-DE');
    const ticket = {
      __typename: 'QueueTicket' as const, id: '7', eventId: '1', status: 'WAITING' as const, position: 12_345, aheadOfYou: 12_000, estimatedWaitSeconds: 90 * 60,
      joinedAt: '2026-12-01T09:00:00.000Z', admittedAt: null, admittedUntil: null,
    };
    render(<QueuePage eventName="Gala" opensAt="2026-12-01T09:30:00.000Z" stage="waiting" ticket={ticket} aheadAtFirst={20_000} signedIn joining={false} onJoin={() => undefined} />);
    expect(screen.getByTestId('queue-position').textContent).toBe('12.345');
    expect(screen.getByTestId('queue-ahead').textContent).toBe('12.000');
    expect(screen.getByTestId('queue-wait').textContent).toBe('about 1 h 30 min');
  });
});
