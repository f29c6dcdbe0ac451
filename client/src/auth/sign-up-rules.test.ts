import { describe, expect, it } from 'vitest';
import { plainSignUpError } from './sign-up-rules.ts';

describe('sign-up errors in plain words', () => {
  it('rewords the API’s field: reason messages, several at once', () => {
    expect(plainSignUpError('password: is one of the most common passwords')).toBe(
      'That password is one of the most common ones, so it is guessed first. Please choose another.',
    );
    expect(plainSignUpError('email: is not a valid email address; password: must have at least 8 characters')).toBe(
      'That does not look like an email address. Your password needs at least 8 characters.',
    );
    expect(plainSignUpError('organizerInvite: not a valid invite code')).toBe('That organiser invite code is not valid. Check it with the box office, or leave it blank.');
  });

  it('still reads as a sentence for a reason it does not know', () => {
    expect(plainSignUpError('name: must have at most 100 characters')).toBe('Name must have at most 100 characters.');
    expect(plainSignUpError('Too many requests')).toBe('Too many requests');
  });
});
