import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';
import type { SectionGeometry, Shape } from '@tessera/venue';

/** What the seat map is drawn with besides the seats, as the generator made it at creation. */
export interface VenueGeometry {
  sections: SectionGeometry[];
  shapes: Shape[];
}

/** One per event with a seat map made since venues have geometry; older events have none. */
export const VenueLayoutSchema = defineEntity({
  name: 'VenueLayout',
  tableName: 'venue_layouts',
  properties: {
    eventId: p.integer().primary(),
    geometry: p.json<VenueGeometry>(),
  },
});
export type VenueLayout = InferEntity<typeof VenueLayoutSchema>;
