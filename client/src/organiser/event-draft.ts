import type { CreateEventInput, TierKind } from '../generated/graphql.ts';
import { previewVenue, VENUE_TEMPLATES, venueSpecOf, type VenueDraft } from './venue-draft.ts';

/** The organiser's form, as typed (strings where people type numbers). */
export interface TierDraft {
  name: string;
  kind: TierKind;
  price: string;
  capacity: string;
}

export interface EventDraft {
  name: string;
  venue: string;
  /** `datetime-local` value, in the organiser's time zone. */
  startsAt: string;
  perOrderLimit: number;
  tiers: TierDraft[];
  /** Where the seats are: stage, floor and sections (venue-draft.ts). */
  seating: VenueDraft;
}

export const reservedTierNames = (draft: Pick<EventDraft, 'tiers'>) => draft.tiers.filter((tier) => tier.kind === 'RESERVED').map((tier) => tier.name.trim());

export function centsOf(price: string): number | null {
  const value = Number(price.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : null;
}

/** The mutation input, or the problems that stop it (all of them at once). */
export function toCreateEventInput(draft: EventDraft): { input: CreateEventInput | null; problems: string[] } {
  const problems: string[] = [];
  if (!draft.name.trim()) problems.push('The event needs a name.');
  if (!draft.venue.trim()) problems.push('The event needs a venue.');
  const startsAt = new Date(draft.startsAt);
  if (Number.isNaN(startsAt.getTime())) problems.push('The event needs a start date and time.');
  if (draft.tiers.length === 0) problems.push('Add at least one tier.');
  const tierNames = new Set<string>();
  const tiers = draft.tiers.map((tier) => {
    if (!tier.name.trim()) problems.push('Every tier needs a name.');
    if (tierNames.has(tier.name)) problems.push(`Two tiers are called ${tier.name}.`);
    tierNames.add(tier.name);
    const priceCents = centsOf(tier.price);
    if (priceCents === null) problems.push(`${tier.name || 'A tier'}: the price must be a number, 0 or more.`);
    const capacity = tier.kind === 'GENERAL_ADMISSION' ? Number(tier.capacity) : null;
    if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) problems.push(`${tier.name || 'A tier'}: general admission needs a capacity.`);
    return { name: tier.name.trim(), kind: tier.kind, priceCents: priceCents ?? 0, currency: 'EUR', capacity };
  });
  const reservedNames = reservedTierNames(draft);
  const reserved = new Set(reservedNames);
  for (const section of draft.seating.sections) {
    if (!section.name.trim()) problems.push('Every section needs a name.');
    for (const range of section.ranges ?? []) {
      if (!reserved.has(range.tier)) problems.push(`Section ${section.name}: rows ${range.fromRow}-${range.toRow} need a reserved tier.`);
    }
  }
  if (draft.seating.sections.length > 0 && reserved.size === 0) problems.push('Seats need a reserved tier: add one, or remove the sections for general admission only.');
  problems.push(...previewVenue(draft.seating, reservedNames).problems);
  const spec = venueSpecOf(draft.seating, reservedNames);
  if (problems.length > 0) return { input: null, problems };
  return {
    input: {
      name: draft.name.trim(),
      venue: draft.venue.trim(),
      startsAt: startsAt.toISOString(),
      perOrderLimit: draft.perOrderLimit,
      tiers,
      sections: spec.sections,
      ...(spec.stage ? { stage: spec.stage } : {}),
      ...(spec.floor ? { floor: spec.floor } : {}),
    },
    problems,
  };
}

export function emptyDraft(now = new Date()): EventDraft {
  const inAMonth = new Date(now.getTime() + 30 * 24 * 3600 * 1000);
  inAMonth.setHours(20, 0, 0, 0);
  const local = new Date(inAMonth.getTime() - inAMonth.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  return {
    name: '',
    venue: '',
    startsAt: local,
    perOrderLimit: 8,
    tiers: [
      { name: 'Front', kind: 'RESERVED', price: '60', capacity: '' },
      { name: 'Standard', kind: 'RESERVED', price: '35', capacity: '' },
    ],
    seating: VENUE_TEMPLATES.hall.venue(),
  };
}
