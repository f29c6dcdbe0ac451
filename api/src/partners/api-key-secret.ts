import { createHash, randomBytes } from 'node:crypto';

/** Every API key's secret starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'tsk_';

/** A new secret: 256 random bits. */
export function newApiKeySecret(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * What is stored instead of the secret. A fast hash is right here (unlike for passwords): the
 * secret has 256 random bits, so there is nothing to guess from a leaked hash.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const looksLikeApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

/** Shown in lists to tell keys apart: the prefix and four characters. */
export const secretPrefixOf = (secret: string) => secret.slice(0, API_KEY_PREFIX.length + 4);
