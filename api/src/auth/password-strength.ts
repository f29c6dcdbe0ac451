/**
 * NIST SP 800-63B's advice, kept small: a length floor (8, checked by the sign-up schema), no
 * composition rules, but refuse passwords that are guessed first: the most common ones, one
 * character repeated or a keyboard run, and the account's own email or name.
 */
const COMMON = new Set([
  'password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'qwertyuiop', 'qwerty123', 'iloveyou',
  'sunshine', 'princess', 'football', 'baseball', 'welcome1', 'letmein1', 'trustno1', 'superman', 'starwars',
  'passw0rd', 'abc12345', 'admin123', 'master123', 'dragon12', 'monkey12', 'shadow12', 'whatever', 'changeme',
  'tessera1', 'tickets1', 'concert1',
]);
const RUNS = ['0123456789012', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', 'azertyuiop'];

/** Why a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, account: { email: string; name: string }): string | null {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'is one of the most common passwords';
  if (new Set(lower).size < 4) return 'needs at least 4 different characters';
  if (RUNS.some((run) => run.includes(lower))) return 'is a keyboard or alphabet sequence';
  const local = account.email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'must not contain your email address';
  const name = account.name.trim().toLowerCase();
  if (name.length >= 4 && lower.includes(name)) return 'must not contain your name';
  return null;
}
