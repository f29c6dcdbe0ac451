import { defaultRowRanges, SEAT_KINDS, seatsInRow } from '@tessera/venue';
import { z } from 'zod';
import { queuePolicyInput } from '../queue/queue-policy.ts';

/**
 * The highest price of one seat or ticket, in minor units. With the largest per-order limit (100)
 * an order's total stays under 2^31 - 1, the largest GraphQL Int: 100 x 10,000,000 = 10^9.
 */
export const MAX_PRICE_CENTS = 10_000_000;
export const MAX_PER_ORDER_LIMIT = 100;

const name = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must have at most ${max} characters`);

const tierInput = z.object({
  name: name(100),
  kind: z.enum(['RESERVED', 'GENERAL_ADMISSION']),
  priceCents: z.number().int().min(0, 'must be 0 or more').max(MAX_PRICE_CENTS, `must be at most ${MAX_PRICE_CENTS}`),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO-4217 code such as EUR')
    .nullish()
    .transform((c) => c ?? 'EUR'),
  capacity: z.number().int().min(1, 'must be at least 1').max(1_000_000).nullish(),
});

const placementInput = z.object({
  angle: z.number().min(-360).max(360),
  offset: z.number().min(-1000).max(1000),
  arc: z.number().min(0).max(360).nullish(),
  shift: z.number().min(-1000).max(1000).nullish(),
});

const seatKindRange = z.object({
  kind: z.enum(SEAT_KINDS),
  row: z.number().int(),
  fromSeat: z.number().int(),
  toSeat: z.number().int(),
});

const sectionInput = z.object({
  name: name(50),
  rows: z.number().int().min(1).max(200),
  seatsPerRow: z.number().int().min(1).max(500),
  tiers: z.array(z.object({ fromRow: z.number().int().min(1), toRow: z.number().int().min(1), tier: name(100) })).min(1).nullish(),
  seatsAddedPerRow: z.number().min(0).max(20).nullish(),
  placement: placementInput.nullish(),
  aisles: z.array(z.number().int()).max(20).nullish(),
  rowLabels: z.enum(['NUMBERS', 'LETTERS']).nullish(),
  seatKinds: z.array(seatKindRange).max(1000).nullish(),
});

const shapeInput = z.object({
  label: name(50).nullish(),
  x: z.number().min(-10_000).max(10_000),
  y: z.number().min(-10_000).max(10_000),
  width: z.number().min(0).max(1000),
  depth: z.number().min(0).max(1000),
  rotation: z.number().min(-360).max(360).nullish(),
  cornerRadius: z.number().min(0).max(500).nullish(),
});

/** Seats of a section, whose rows may widen by `seatsAddedPerRow` each. */
function seatCountOf(section: z.output<typeof sectionInput>): number {
  let seats = 0;
  for (let row = 1; row <= section.rows; row++) seats += seatsInRow(section, row);
  return seats;
}

/** The createEvent input, with every cross-field rule a person would otherwise trip over later. */
export const createEventInput = z
  .object({
    name: name(200),
    venue: name(200),
    startsAt: z.date(),
    perOrderLimit: z.number().int().min(1).max(MAX_PER_ORDER_LIMIT).nullish().transform((l) => l ?? 8),
    tiers: z.array(tierInput).min(1, 'give at least one tier').max(50),
    sections: z.array(sectionInput).max(100).nullish().transform((s) => s ?? []),
    stage: shapeInput.nullish(),
    floor: shapeInput.nullish(),
    queue: queuePolicyInput.nullish().transform((q) => q ?? null),
  })
  .superRefine((input, ctx) => {
    const names = new Set<string>();
    input.tiers.forEach((tier, i) => {
      if (names.has(tier.name)) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'name'], message: `tier "${tier.name}" is listed twice` });
      names.add(tier.name);
      if (tier.kind === 'GENERAL_ADMISSION' && !tier.capacity)
        ctx.addIssue({ code: 'custom', path: ['tiers', i, 'capacity'], message: 'general-admission tiers need a capacity' });
      if (tier.kind === 'RESERVED' && tier.capacity)
        ctx.addIssue({ code: 'custom', path: ['tiers', i, 'capacity'], message: 'reserved tiers count their seats; leave capacity out' });
    });
    const currencies = new Set(input.tiers.map((t) => t.currency));
    if (currencies.size > 1) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'all tiers of an event use one currency' });
    const reservedInOrder = input.tiers.filter((t) => t.kind === 'RESERVED').map((t) => t.name);
    const reserved = new Set(reservedInOrder);
    const sectionNames = new Set<string>();
    let seats = 0;
    input.sections.forEach((section, i) => {
      if (sectionNames.has(section.name)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'name'], message: `section "${section.name}" is listed twice` });
      sectionNames.add(section.name);
      seats += seatCountOf(section);
      if ((section.placement?.arc ?? 0) > 0 && section.placement!.offset <= 0)
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'placement', 'offset'], message: 'curved rows need a positive offset (their radius)' });
      if (!section.tiers && reserved.size === 0)
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'tiers'], message: 'give the row ranges, or a RESERVED tier for them to default to' });
      (section.tiers ?? []).forEach((range, j) => {
        if (!reserved.has(range.tier))
          ctx.addIssue({ code: 'custom', path: ['sections', i, 'tiers', j, 'tier'], message: `"${range.tier}" is not a RESERVED tier of this event` });
        if (range.fromRow > range.toRow || range.toRow > section.rows)
          ctx.addIssue({ code: 'custom', path: ['sections', i, 'tiers', j], message: `rows ${range.fromRow}-${range.toRow} are not within 1-${section.rows}` });
      });
    });
    if (seats > 50_000) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'at most 50,000 seats per event' });
    for (const tierName of reserved) {
      if (!input.sections.some((s) => (s.tiers ?? defaultRowRanges(s.rows, reservedInOrder)).some((r) => r.tier === tierName)))
        ctx.addIssue({ code: 'custom', path: ['tiers'], message: `reserved tier "${tierName}" has no seats` });
    }
  });

export type CreateEventInput = z.output<typeof createEventInput>;
