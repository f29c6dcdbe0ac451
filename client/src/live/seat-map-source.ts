import type { SeatLayoutJson, SeatStatesJson } from '@tessera/venue';

/** Why a seat-map document could not be read, with the API's code (its GraphQL error shape). */
export class SeatMapLoadError extends Error {
  readonly code: string;
  readonly retryAfterSeconds: number | null;
  constructor(message: string, code: string, retryAfterSeconds: number | null = null) {
    super(message);
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

interface Source {
  fetch: typeof fetch;
  token: string | null;
}

async function read<T>({ fetch, token }: Source, path: string, cache: RequestCache): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { cache, headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new SeatMapLoadError('No connection to the box office.', 'NETWORK');
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] } | null;
  const first = body?.errors?.[0];
  const retryAfter = Number(response.headers.get('retry-after')) || first?.extensions?.retryAfterSeconds || null;
  throw new SeatMapLoadError(first?.message ?? `The box office answered ${response.status}.`, first?.extensions?.code ?? `HTTP_${response.status}`, retryAfter);
}

/**
 * The venue: fetched once per event and kept by the browser's HTTP cache (the API sends it
 * `max-age` a day with an ETag), so a second visit costs no bytes.
 */
export function fetchSeatLayout(source: Source, eventId: string): Promise<SeatLayoutJson> {
  return read(source, `/seat-maps/${encodeURIComponent(eventId)}/layout`, 'default');
}

/**
 * Every seat's status and version. `no-cache`: the browser always asks, with the ETag of what
 * it has, and the server answers 304 when nothing changed (a resync that costs no body).
 */
export function fetchSeatStates(source: Source, eventId: string): Promise<SeatStatesJson> {
  return read(source, `/seat-maps/${encodeURIComponent(eventId)}/states`, 'no-cache');
}
