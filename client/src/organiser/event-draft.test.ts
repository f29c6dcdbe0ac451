import { describe, expect, it } from 'vitest';
import { emptyDraft, toCreateEventInput } from './event-draft.ts';
import { newSection } from './venue-draft.ts';

describe('the new event form', () => {
  it('turns the form into the mutation input, prices in cents, the venue as the generator’s input', () => {
    const { input, problems } = toCreateEventInput({ ...emptyDraft(new Date('2026-11-23T12:00:00Z')), name: 'Gala', venue: 'Hall' });
    expect(problems).toEqual([]);
    expect(input?.tiers.map((tier) => tier.priceCents)).toEqual([6000, 3500]);
    expect(input?.sections?.map((section) => section.name)).toEqual(['Stalls Left', 'Stalls Centre', 'Stalls Right']);
    expect(input?.sections?.[1]).toMatchObject({ placement: { angle: 0, offset: 14, arc: 52 }, rowLabels: 'LETTERS', seatsAddedPerRow: 1 });
    // Tiers by row range were left to the default: the API splits them the same way.
    expect(input?.sections?.[0]?.tiers).toBeUndefined();
    expect(input?.stage).toMatchObject({ x: 0, y: 0, width: 20, depth: 6 });
  });

  it('lists every problem at once, the venue’s among them', () => {
    const draft = emptyDraft();
    const { input, problems } = toCreateEventInput({
      ...draft,
      tiers: [{ name: 'GA', kind: 'GENERAL_ADMISSION', price: 'x', capacity: '' }],
      seating: { stage: null, floor: null, sections: [newSection('A', { rows: 3, ranges: [{ fromRow: 1, toRow: 2, tier: 'GA' }] })] },
    });
    expect(input).toBeNull();
    expect(problems).toContain('The event needs a name.');
    expect(problems).toContain('GA: the price must be a number, 0 or more.');
    expect(problems).toContain('GA: general admission needs a capacity.');
    expect(problems).toContain('Section A: rows 1-2 need a reserved tier.');
    expect(problems).toContain('Section A row 3 is in 0 tier ranges; it must be in exactly one.');
  });
});
