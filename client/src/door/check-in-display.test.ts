import { describe, expect, it } from 'vitest';
import { checkInDisplay } from './check-in-display.ts';

describe('the door’s display of a scan', () => {
  it('lets in only CHECKED_IN; every other answer says stop or check', () => {
    expect(checkInDisplay('CHECKED_IN').tone).toBe('go');
    for (const status of ['ALREADY_CHECKED_IN', 'CANCELLED', 'UNKNOWN'] as const) expect(checkInDisplay(status).tone).toBe('stop');
    expect(checkInDisplay('WRONG_EVENT')).toMatchObject({ headline: 'Wrong event', tone: 'warn' });
  });
});
