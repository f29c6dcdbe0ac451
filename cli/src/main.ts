#!/usr/bin/env node
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  CancelOrderDocument,
  CheckInDocument,
  CheckoutForDocument,
  CreateHoldTokenDocument,
  EventOrdersDocument,
  HoldTicketsForDocument,
  MyHoldsLabelledDocument,
  OrderDocument,
  ReleaseForDocument,
  ReserveForDocument,
  EventsDocument,
  EventSeatsDocument,
  JoinQueueDocument,
  LogInDocument,
  ReserveBestDocument,
  SeatDocument,
  QueueUpdatedDocument,
  SeatUpdatedDocument,
} from './operations.ts';
import { TesseraClient, TesseraError } from './tessera-client.ts';
import { listenForWebhooks } from './webhook-listener.ts';

const USAGE = `tessera: a command-line client for Tessera's GraphQL API

  tessera login --email E --password P     print a token (export it as TESSERA_TOKEN)
  tessera events                           list events on sale
  tessera seats EVENT_ID                   list an event's available seats
  tessera reserve SEAT_ID [--version N]    hold a seat (version read first when omitted)
  tessera best EVENT_ID TIER_ID QUANTITY   hold the best adjacent seats of a tier
  tessera release SEAT_ID                  give a held seat back
  tessera tickets TIER_ID QUANTITY         hold general-admission tickets
  tessera holds                            show my active holds
  tessera checkout HOLD_ID [--key K]       buy a hold (the same key never buys twice; printed when made up)
  tessera cancel ORDER_ID                  cancel an order
  tessera watch EVENT_ID                   print every seat change, live
  tessera queue EVENT_ID                   join the event's waiting room and wait, live, until admitted

  With an API key (--api-key or TESSERA_API_KEY), for a partner's customers and the door:
  tessera hold-token EVENT_ID              open a hold for one anonymous customer (scope SELL)
  tessera reserve|release|tickets ... --hold-token T     act in that customer's hold
  tessera checkout HOLD_ID --buyer-email E --buyer-name N [--key K]
  tessera order ORDER_ID                   one order, with its tickets' secrets (READ)
  tessera orders EVENT_ID [--search S]     an event's orders, newest first (READ)
  tessera check-in EVENT_ID SECRET         scan a ticket at the door (CHECK_IN)
  tessera webhooks listen --port P --secret whsec_...   receive and verify webhook deliveries

Options: --url (or TESSERA_URL, default http://localhost:4000/graphql), --token (or TESSERA_TOKEN),
--api-key (or TESSERA_API_KEY; used instead of the token).`;

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
      'api-key': { type: 'string' },
      'hold-token': { type: 'string' },
      'buyer-email': { type: 'string' },
      'buyer-name': { type: 'string' },
      search: { type: 'string' },
      port: { type: 'string' },
      secret: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  const client = new TesseraClient({
    url: values.url ?? process.env['TESSERA_URL'] ?? 'http://localhost:4000/graphql',
    // A partner's key goes where a person's token would (Authorization: Bearer).
    token: values['api-key'] ?? process.env['TESSERA_API_KEY'] ?? values.token ?? process.env['TESSERA_TOKEN'],
  });
  const holdToken = values['hold-token'] ?? null;
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
      return print((await client.request(ReserveForDocument, { id, version, holdToken })).reserveSeat);
    }
    case 'best':
      return print(
        (await client.request(ReserveBestDocument, { eventId: arg(0, 'EVENT_ID'), tierId: arg(1, 'TIER_ID'), quantity: Number(arg(2, 'QUANTITY')) }))
          .reserveBestAvailable,
      );
    case 'release':
      return print((await client.request(ReleaseForDocument, { id: arg(0, 'SEAT_ID'), holdToken })).releaseSeat);
    case 'tickets':
      return print((await client.request(HoldTicketsForDocument, { tierId: arg(0, 'TIER_ID'), quantity: Number(arg(1, 'QUANTITY')), holdToken })).holdTickets);
    case 'holds': {
      const { me } = await client.request(MyHoldsLabelledDocument, {});
      if (!me) throw new NotSignedIn();
      return print(me.holds);
    }
    case 'checkout': {
      const key = values.key ?? randomUUID();
      // A made-up key is printed: retrying with it after a network failure can never buy twice.
      if (!values.key) console.error(`idempotency key: ${key} (retry with --key ${key})`);
      const buyer = values['buyer-email'] || values['buyer-name'] ? { email: values['buyer-email'] ?? '', name: values['buyer-name'] ?? '' } : null;
      return print((await client.request(CheckoutForDocument, { holdId: arg(0, 'HOLD_ID'), key, buyer })).checkout);
    }
    case 'hold-token':
      return print((await client.request(CreateHoldTokenDocument, { eventId: arg(0, 'EVENT_ID') })).createHoldToken);
    case 'order': {
      const { order } = await client.request(OrderDocument, { id: arg(0, 'ORDER_ID') });
      return print(order);
    }
    case 'orders': {
      const { event } = await client.request(EventOrdersDocument, { eventId: arg(0, 'EVENT_ID'), first: 100, search: values.search ?? null });
      return print(event?.orders);
    }
    case 'check-in': {
      const { checkIn } = await client.request(CheckInDocument, { eventId: arg(0, 'EVENT_ID'), secret: arg(1, 'SECRET') });
      print(checkIn);
      // A scanner's script can branch on the exit code: 0 let in, 3 not.
      if (checkIn.status !== 'CHECKED_IN') process.exitCode = 3;
      return;
    }
    case 'webhooks': {
      if (args[0] !== 'listen') throw new UsageError('webhooks: the one subcommand is listen');
      const secret = values.secret ?? process.env['TESSERA_WEBHOOK_SECRET'];
      if (!secret) throw new UsageError('webhooks listen needs --secret (or TESSERA_WEBHOOK_SECRET), as createWebhook returned it');
      const port = Number(values.port ?? 4500);
      const seen = new Set<string>();
      await listenForWebhooks(
        port,
        secret,
        (delivery) => {
          // At least once: a repeat (same webhook-id) is acknowledged and not printed again.
          if (seen.has(delivery.id)) return;
          seen.add(delivery.id);
          console.log(JSON.stringify(delivery));
        },
        (reason) => console.error(`refused a delivery: ${reason}`),
      );
      console.error(`listening for webhooks on http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => process.once('SIGINT', resolve));
      process.exit(0);
    }
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
class NotSignedIn extends Error {
  constructor() {
    super('not signed in: set TESSERA_TOKEN (tessera login) or pass --token');
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof TesseraError) console.error(`${error.code}: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
