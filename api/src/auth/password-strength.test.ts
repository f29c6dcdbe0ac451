import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength.ts';

const ann = { email: 'ann.lee@example.com', name: 'Ann Lee' };

describe('password strength', () => {
  it('refuses common passwords, repeated characters, sequences and the account’s own email or name', () => {
    expect(passwordWeakness('password1', ann)).toMatch(/common/);
    expect(passwordWeakness('aaaaaaaaaa', ann)).toMatch(/different characters/);
    expect(passwordWeakness('abababab', ann)).toMatch(/different characters/);
    expect(passwordWeakness('23456789', ann)).toMatch(/sequence/);
    expect(passwordWeakness('QWERTYUIOP', ann)).toMatch(/common|sequence/);
    expect(passwordWeakness('ann.lee2024', ann)).toMatch(/email/);
    expect(passwordWeakness('xx ann lee xx', ann)).toMatch(/name/);
  });

  it('accepts ordinary passphrases', () => {
    expect(passwordWeakness('correct horse battery', ann)).toBeNull();
    expect(passwordWeakness('tessera-demo', ann)).toBeNull();
    expect(passwordWeakness('long enough pw', ann)).toBeNull();
  });
});
