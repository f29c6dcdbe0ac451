import type { ConnectionStatusStore } from './connection-status.ts';
import type { ServerClock } from './server-clock.ts';

/** How often a failing HTTP link is tried again while nothing else asks (to clear the stale cue). */
const PROBE_EVERY_MS = 3000;
const GATEWAY_FAILURES = new Set([502, 503, 504]);

/**
 * `fetch` for every request to the API (Apollo's HttpLink, the seat-map documents): each
 * response's `Date` goes to the server clock, and whether requests get through goes to the
 * connection status, so the map shows it is stale when HTTP fails even while the socket is up.
 * While HTTP is down a tiny query is tried every few seconds, so the cue clears by itself.
 */
export function createObservedFetch(clock: ServerClock, connection: ConnectionStatusStore, probeUrl = '/graphql'): typeof fetch {
  let probing: ReturnType<typeof setInterval> | null = null;
  const answered = () => {
    if (probing) clearInterval(probing);
    probing = null;
    connection.httpAnswered();
  };
  const failed = () => {
    connection.httpFailed();
    probing ??= setInterval(() => {
      void observed(probeUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).catch(() => undefined);
    }, PROBE_EVERY_MS);
  };
  const observed: typeof fetch = async (input, init) => {
    const sentAt = Date.now();
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) failed();
      throw error;
    }
    if (GATEWAY_FAILURES.has(response.status)) failed();
    else {
      clock.observe(response.headers.get('date'), sentAt, Date.now());
      answered();
    }
    return response;
  };
  return observed;
}
