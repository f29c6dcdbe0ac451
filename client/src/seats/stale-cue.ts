import type { ConnectionStatus } from '../apollo/connection-status.ts';
import { formatClockTime } from '../ui/format.ts';

/**
 * What the map says while it may not be true: the live link is down (changes are not arriving)
 * or HTTP is (clicks cannot work). Null while live, and while first connecting.
 */
export function staleCue(status: ConnectionStatus, since: number | null): string | null {
  const at = since === null ? '' : ` since ${formatClockTime(since)}`;
  switch (status) {
    case 'live':
    case 'connecting':
      return null;
    case 'reconnecting':
      return `Not live: reconnecting to the box office. Seats may have changed${at}.`;
    case 'offline':
      return `Offline: this map is not live and may be out of date${at}. Seats cannot be held until the connection is back.`;
    case 'no-http':
      return `The box office cannot be reached${at}: seats cannot be held right now, and the map may be out of date.`;
  }
}
