/**
 * The API's sign-up rules, told before the attempt, and its refusals in plain words. The API
 * words a refusal as `field: reason` (several joined by "; "), which reads like code to a person.
 */
export const SIGN_UP_RULES = {
  name: 'Shown on your tickets.',
  organizerInvite: 'The code the box office gave you. Leave it blank to buy tickets only.',
  password:
    'At least 8 characters. Not a common password, not a keyboard or alphabet run, at least 4 different characters, and not your name or email.',
};

const FIELDS: Record<string, string> = { email: 'Email', password: 'Password', name: 'Name', organizerInvite: 'Organiser invite' };

const PLAIN: [RegExp, string][] = [
  [/^password: is one of the most common passwords$/, 'That password is one of the most common ones, so it is guessed first. Please choose another.'],
  [/^password: needs at least 4 different characters$/, 'That password repeats too few characters. Use at least 4 different ones.'],
  [/^password: is a keyboard or alphabet sequence$/, 'That password is a keyboard or alphabet run (like "qwerty" or "abcd"). Please choose another.'],
  [/^password: must not contain your email address$/, 'Your password must not contain your email address.'],
  [/^password: must not contain your name$/, 'Your password must not contain your name.'],
  [/^password: must have at least (\d+) characters$/, 'Your password needs at least $1 characters.'],
  [/^email: an account with this email already exists$/, 'There is already an account with this email. Log in instead, or use another email.'],
  [/^email: is not a valid email address$/, 'That does not look like an email address.'],
  [/^name: must not be empty$/, 'Please tell us your name.'],
  [/^organizerInvite: not a valid invite code$/, 'That organiser invite code is not valid. Check it with the box office, or leave it blank.'],
];

export function plainSignUpError(message: string): string {
  return message
    .split('; ')
    .map((part) => {
      const known = PLAIN.find(([pattern]) => pattern.test(part));
      if (known) return part.replace(known[0], known[1]);
      const match = /^(\w+): (.*)$/.exec(part);
      return match ? `${FIELDS[match[1]!] ?? match[1]} ${match[2]}.` : part;
    })
    .join(' ');
}
