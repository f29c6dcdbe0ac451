/**
 * Holds carry no version, but their life only moves one way: an ended hold (expired, released,
 * checked out) never becomes active again, and an active hold's `expiresAt` never moves earlier
 * (activity and heartbeats only push it later; the server's hold-timing rules). So an update
 * saying "active" about a hold we know ended, or "active until an earlier time" than we know, was
 * overtaken in transit (two processes publishing, or an "expiring soon" announcement crossing an
 * extension) and must not undo the newer state.
 */
export function isStaleHoldUpdate(
  incoming: { status: string; expiresAt: string },
  cached: { status: string; expiresAt: string } | null | undefined,
): boolean {
  if (!cached || incoming.status !== 'ACTIVE') return false;
  if (cached.status !== 'ACTIVE') return true;
  return Date.parse(incoming.expiresAt) < Date.parse(cached.expiresAt);
}
