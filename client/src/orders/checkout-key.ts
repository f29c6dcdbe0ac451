/**
 * One idempotency key per hold, kept in sessionStorage: a retry after a network error (or a
 * reload mid-checkout) sends the same key, and the server answers with the first order instead
 * of creating a second one.
 */
const PREFIX = 'tessera.checkout.';

export function checkoutKeyFor(holdId: string, storage: Storage | null = globalThis.sessionStorage ?? null): string {
  const stored = storage?.getItem(PREFIX + holdId);
  if (stored) return stored;
  const key = crypto.randomUUID();
  storage?.setItem(PREFIX + holdId, key);
  return key;
}

export function forgetCheckoutKey(holdId: string, storage: Storage | null = globalThis.sessionStorage ?? null): void {
  storage?.removeItem(PREFIX + holdId);
}
