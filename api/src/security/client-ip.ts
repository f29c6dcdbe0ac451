/**
 * The client's address: the socket's peer, or, behind `hops` trusted reverse proxies, the address
 * that many entries from the right of X-Forwarded-For (what Express does with `trust proxy` = n).
 * Entries a client wrote itself sit further left and are never believed.
 */
export function clientIpOf(forwardedFor: string | string[] | undefined, remoteAddress: string | undefined, hops: number): string | null {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const chain = [remoteAddress ?? '', ...forwarded.reverse()];
  const address = chain[Math.min(hops, chain.length - 1)] ?? '';
  return address === '' ? null : address.slice(0, 64);
}
