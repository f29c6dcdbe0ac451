#!/usr/bin/env node
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  CancelOrderDocument,
  CheckoutDocument,
  EventsDocument,
  EventSeatsDocument,
  JoinQueueDocument,
  LogInDocument,
  MyHoldsDocument,
  ReleaseSeatDocument,
  ReserveBestDocument,
  ReserveSeatDocument,
  SeatDocument,
  QueueUpdatedDocument,
  SeatUpdatedDocument,
} from './operations.ts';
import { TesseraClient, TesseraError } from './tessera-client.ts';

const USAGE = `tessera: a command-line client for Tessera's GraphQL API

  tessera login --email E --password P     print a token (export it as TESSERA_TOKEN)
  tessera events                           list events on sale
  tessera seats EVENT_ID                   list an event's available seats
  tessera reserve SEAT_ID [--version N]    hold a seat (version read first when omitted)
  tessera best EVENT_ID TIER_ID QUANTITY   hold the best adjacent seats of a tier
  tessera release SEAT_ID                  give a held seat back
  tessera holds                            show my active holds
  tessera checkout HOLD_ID [--key K]       buy a hold (the same key never buys twice)
  tessera cancel ORDER_ID                  cancel an order
  tessera watch EVENT_ID                   print every seat change, live
  tessera queue EVENT_ID                   join the event's waiting room and wait, live, until admitted

Options: --url (or TESSERA_URL, default http://localhost:4000/graphql), --token (or TESSERA_TOKEN).`;

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      version: { type: 'string' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  const client = new TesseraClient({
    url: values.url ?? process.env['TESSERA_URL'] ?? 'http://localhost:4000/graphql',
    token: values.token ?? process.env['TESSERA_TOKEN'],
  });
  const arg = (i: number, name: string) => {
    const value = args[i];
    if (!value) throw new UsageError(`missing ${name}`);
    return value;
  };
  const print = (value: unknown) => console.log(JSON.stringify(value, null, 2));

  switch (command) {
    case 'login': {
      if (!values.email || !values.password) throw new UsageError('login needs --email and --password');
      const { logIn } = await client.request(LogInDocument, { email: values.email, password: values.password });
      console.log(logIn.token);
      return;
    }
    case 'events':
      return print((await client.request(EventsDocument, { first: 50 })).events.edges.map((e) => e.node));
    case 'seats': {
      const { event } = await client.request(EventSeatsDocument, { id: arg(0, 'EVENT_ID') });
      return print(event?.seats.filter((s) => s.status === 'AVAILABLE').map((s) => `${s.id} v${s.version} ${s.section}-${s.row}-${s.number}`));
    }
    case 'reserve': {
      const id = arg(0, 'SEAT_ID');
      const version = values.version ? Number(values.version) : (await client.request(SeatDocument, { id })).seat?.version;
      if (version === undefined) throw new UsageError(`seat ${id} not found`);
      return print((await client.request(ReserveSeatDocument, { id, version })).reserveSeat);
    }
    case 'best':
      return print(
        (await client.request(ReserveBestDocument, { eventId: arg(0, 'EVENT_ID'), tierId: arg(1, 'TIER_ID'), quantity: Number(arg(2, 'QUANTITY')) }))
          .reserveBestAvailable,
      );
    case 'release':
      return print((await client.request(ReleaseSeatDocument, { id: arg(0, 'SEAT_ID') })).releaseSeat);
    case 'holds':
      return print((await client.request(MyHoldsDocument, {})).me?.holds ?? []);
    case 'checkout':
      return print((await client.request(CheckoutDocument, { holdId: arg(0, 'HOLD_ID'), key: values.key ?? randomUUID() })).checkout);
    case 'cancel':
      return print((await client.request(CancelOrderDocument, { id: arg(0, 'ORDER_ID') })).cancelOrder);
    case 'watch': {
      const eventId = arg(0, 'EVENT_ID');
      client.subscribe(SeatUpdatedDocument, { eventId }, {
        next: ({ seatUpdated: s }) => console.log(`${new Date().toISOString()} seat ${s.id} v${s.version} ${s.status}`),
        error: (error) => console.error('subscription error:', error),
      });
      await new Promise<void>((resolve) => process.once('SIGINT', resolve));
      await client.close();
      return;
    }
    case 'queue': {
      const eventId = arg(0, 'EVENT_ID');
      const show = (t: { status: string; position?: number | null; aheadOfYou?: number | null; estimatedWaitSeconds?: number | null; admittedUntil?: unknown }) =>
        console.log(`${new Date().toISOString()} ${t.status} place ${t.position ?? '-'} ahead ${t.aheadOfYou ?? '-'} wait ${t.estimatedWaitSeconds ?? '-'} s${t.admittedUntil ? ` admitted until ${String(t.admittedUntil)}` : ''}`);
      const ticket = (await client.request(JoinQueueDocument, { eventId })).joinQueue;
      show(ticket);
      if (ticket.status === 'WAITING') {
        // The first message is the ticket as it stands; then every step of the queue until admitted or expired.
        await new Promise<void>((resolve, reject) => {
          client.subscribe(QueueUpdatedDocument, { eventId }, {
            next: ({ queueUpdated: t }) => {
              show(t);
              if (t.status !== 'WAITING') resolve();
            },
            error: reject,
          });
          process.once('SIGINT', () => resolve());
        });
      }
      await client.close();
      return;
    }
    default:
      console.log(USAGE);
      if (command && !values.help) throw new UsageError(`unknown command ${command}`);
  }
}

class UsageError extends Error {}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof TesseraError) console.error(`${error.code}: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
