import { ok } from '../../api/test/kit/graphql.ts';
import type { Session } from '../src/auth/auth-store.ts';

export const DEMO_PASSWORD = 'tessera-demo';

let baseUrl: string | null = null;

/** Which server the helpers talk to (the browser suite's setup file, or the benchmark). */
export function useServer(url: string): void {
  baseUrl = url;
}

export function serverUrl(): string {
  if (!baseUrl) throw new Error('call useServer(url) first');
  return baseUrl;
}

/** A GraphQL request from the test itself (to set up or to check, never to drive the UI). */
export function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  return ok<T>(`${serverUrl()}/graphql`, query, variables, token);
}

export async function logIn(email: string): Promise<Session> {
  const data = await graphql<{ logIn: Session }>(
    'mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { token user { id email name role } } }',
    { email, password: DEMO_PASSWORD },
  );
  return data.logIn;
}

export interface EventRef {
  id: string;
  name: string;
}

export async function findEvent(namePart: string): Promise<EventRef> {
  const data = await graphql<{ events: { edges: { node: EventRef }[] } }>('{ events(first: 50) { edges { node { id name } } } }');
  const event = data.events.edges.map((edge) => edge.node).find((node) => node.name.includes(namePart));
  if (!event) throw new Error(`no event named like ${namePart}`);
  return event;
}

export interface SeatRef {
  id: string;
  x: number;
  y: number;
  section: string;
  row: string;
  number: number;
  status: string;
  version: number;
  tier: { name: string };
}

export async function seatsOf(eventId: string): Promise<SeatRef[]> {
  const data = await graphql<{ event: { seats: SeatRef[] } }>(
    'query ($id: ID!) { event(id: $id) { seats { id x y section row number status version tier { name } } } }',
    { id: eventId },
  );
  return data.event.seats;
}

/** An available seat in the given section and row, so scenarios do not step on each other. */
export async function availableSeat(eventId: string, section: string, row: string): Promise<SeatRef> {
  const seat = (await seatsOf(eventId)).find((candidate) => candidate.section === section && candidate.row === row && candidate.status === 'AVAILABLE');
  if (!seat) throw new Error(`no available seat in ${section} row ${row}`);
  return seat;
}

export async function seatStatus(seatId: string): Promise<string> {
  const data = await graphql<{ seat: { status: string } }>('query ($id: ID!) { seat(id: $id) { status } }', { id: seatId });
  return data.seat.status;
}
