import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CheckoutDocument,
  EventSeatsDocument,
  MyHoldsDocument,
  ReserveSeatDocument,
  SeatUpdatedDocument,
  SignUpDocument,
} from '../../cli/src/operations.ts';
import { TesseraClient, TesseraError } from '../../cli/src/tessera-client.ts';
import { createEventFixture, settle, startTestServer, type TestServer } from './harness.ts';

/** The integration path a third party takes: the typed CLI client against the public endpoint. */
describe('the typed integration client (cli/)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('signs up, reads a seat map, reserves, watches, meets a CONFLICT and checks out, all typed', async () => {
    const event = await createEventFixture(server);
    const anonymous = new TesseraClient({ url: server.url });
    const signUp = async () =>
      (await anonymous.request(SignUpDocument, { email: `cli-${randomUUID()}@example.com`, password: 'integrator-pass', name: 'Box office' })).signUp.token;
    const [alice, bob] = [anonymous.withToken(await signUp()), anonymous.withToken(await signUp())];

    const seen: { id: string; version: number; status: string }[] = [];
    const stop = anonymous.subscribe(SeatUpdatedDocument, { eventId: event.id }, { next: ({ seatUpdated }) => seen.push(seatUpdated) });
    await settle(300);

    const { event: map } = await alice.request(EventSeatsDocument, { id: event.id });
    const seat = map!.seats[0]!;
    const { reserveSeat } = await alice.request(ReserveSeatDocument, { id: seat.id, version: seat.version });
    expect(reserveSeat).toEqual({ id: seat.id, version: seat.version + 1, status: 'HELD' });

    const conflict = await bob.request(ReserveSeatDocument, { id: seat.id, version: seat.version }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(TesseraError);
    expect((conflict as TesseraError).code).toBe('CONFLICT');
    expect((conflict as TesseraError).extensions['seat']).toEqual({ id: seat.id, version: seat.version + 1, status: 'HELD' });

    const { me } = await alice.request(MyHoldsDocument, {});
    const key = randomUUID();
    const first = await alice.request(CheckoutDocument, { holdId: me!.holds[0]!.id, key });
    const again = await alice.request(CheckoutDocument, { holdId: me!.holds[0]!.id, key });
    expect(again.checkout.id).toBe(first.checkout.id);

    await expect.poll(() => seen.map((s) => s.status)).toEqual(['HELD', 'SOLD']);
    stop();
    await anonymous.close();
  });
});
