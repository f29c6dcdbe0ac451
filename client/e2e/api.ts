import { ok } from '../../api/test/kit/graphql.ts';
import type { SeatLayoutJson, SeatStatesJson } from '@tessera/venue';
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

/** A seat as the test aims at it: its place on the map (seat widths) and its state now. */
export interface SeatRef {
  id: string;
  index: number;
  x: number;
  y: number;
  section: string;
  row: string;
  number: number;
  kind: string;
  status: string;
  version: number;
  tier: number;
}

async function document<T>(path: string): Promise<T> {
  const response = await fetch(`${serverUrl()}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

const STATUS: Record<string, string> = { A: 'AVAILABLE', H: 'HELD', S: 'SOLD' };

/** Every seat of the event, from the same two documents the map reads (cheap, unlike Event.seats). */
export async function seatsOf(eventId: string): Promise<SeatRef[]> {
  const [layout, states] = await Promise.all([document<SeatLayoutJson>(`/seat-maps/${eventId}/layout`), document<SeatStatesJson>(`/seat-maps/${eventId}/states`)]);
  const seats: SeatRef[] = [];
  for (const section of layout.sections) {
    for (const row of section.rows) {
      for (let index = row.firstSeat; index < row.firstSeat + row.seatCount; index++) {
        seats.push({
          id: String(layout.seats.ids[index]),
          index,
          x: layout.seats.x[index]!,
          y: layout.seats.y[index]!,
          section: section.name,
          row: row.label,
          number: layout.seats.number[index]!,
          kind: layout.seats.kind[index]!,
          status: STATUS[states.statuses[index]!] ?? 'SOLD',
          version: states.versions[index]!,
          tier: layout.seats.tier[index]!,
        });
      }
    }
  }
  return seats;
}

/** An available standard seat in the given section and row, so scenarios do not step on each other. */
export async function availableSeat(eventId: string, section: string, row: string): Promise<SeatRef> {
  const seat = (await seatsOf(eventId)).find((candidate) => candidate.section === section && candidate.row === row && candidate.status === 'AVAILABLE' && candidate.kind === 'S');
  if (!seat) throw new Error(`no available seat in ${section} row ${row}`);
  return seat;
}

export async function seatStatus(seatId: string): Promise<string> {
  const data = await graphql<{ seat: { status: string } }>('query ($id: ID!) { seat(id: $id) { status } }', { id: seatId });
  return data.seat.status;
}

/** A buyer of its own for one scenario (holds of one scenario never count against another's limits). */
export async function newBuyer(label: string): Promise<Session & { email: string; password: string }> {
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const password = 'quiet-harbour-lantern';
  const data = await graphql<{ signUp: Session }>(
    'mutation ($email: String!, $password: String!, $name: String!) { signUp(email: $email, password: $password, name: $name) { token user { id email name role } } }',
    { email, password, name: label },
  );
  return { ...data.signUp, email, password };
}
