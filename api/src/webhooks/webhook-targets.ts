import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may not point, unless the deployment allows it (WEBHOOK_PRIVATE_TARGETS): the
 * server's own machine, its private networks and the cloud metadata address. An organiser's URL
 * is fetched by the API process from inside its network, so without this any organiser could make
 * it POST to, say, http://169.254.169.254/ or a database's HTTP port (server-side request forgery).
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

/** True for an address of the machine itself, a private or link-local network, multicast or unspecified (IPv4-mapped IPv6 judged as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) return PRIVATE.check(address, 'ipv6');
  return true;
}

export type Resolve = (hostname: string) => Promise<string[]>;

const resolveAll: Resolve = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Why this URL may not be called (its host is or resolves to a private address, or does not
 * resolve), or null when it may. Checked when the webhook is created and again before every
 * delivery, since a name can be pointed elsewhere later.
 */
export async function privateTargetProblem(url: string, resolve: Resolve = resolveAll): Promise<string | null> {
  const hostname = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(hostname) ? [hostname] : await resolve(hostname);
  } catch {
    return `its host ${hostname} does not resolve`;
  }
  const inside = addresses.find(isPrivateAddress);
  return inside === undefined ? null : `its host ${hostname} is a private or loopback address (${inside}); set WEBHOOK_PRIVATE_TARGETS=true to allow it`;
}
