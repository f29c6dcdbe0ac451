import { Migration20261123000000_init } from './Migration20261123000000_init.ts';
import { Migration20261123120000_security } from './Migration20261123120000_security.ts';
import { Migration20261123210000_hold_warning } from './Migration20261123210000_hold_warning.ts';
import { Migration20261201100000_inventory_core } from './Migration20261201100000_inventory_core.ts';
import { Migration20261201100000_venue_layouts } from './Migration20261201100000_venue_layouts.ts';
import { Migration20261201120000_sessions } from './Migration20261201120000_sessions.ts';
import { Migration20261201120100_price_bound } from './Migration20261201120100_price_bound.ts';
import { Migration20261201120000_partners } from './Migration20261201120000_partners.ts';
import { Migration20261201140000_queue } from './Migration20261201140000_queue.ts';

/** Every migration, in order. Listed explicitly so that no folder scan is needed at start-up. */
export const migrations = [
  { name: 'Migration20261123000000_init', class: Migration20261123000000_init },
  { name: 'Migration20261123120000_security', class: Migration20261123120000_security },
  { name: 'Migration20261123210000_hold_warning', class: Migration20261123210000_hold_warning },
  { name: 'Migration20261201100000_inventory_core', class: Migration20261201100000_inventory_core },
  { name: 'Migration20261201100000_venue_layouts', class: Migration20261201100000_venue_layouts },
  { name: 'Migration20261201120000_sessions', class: Migration20261201120000_sessions },
  { name: 'Migration20261201120100_price_bound', class: Migration20261201120100_price_bound },
  { name: 'Migration20261201120000_partners', class: Migration20261201120000_partners },
  { name: 'Migration20261201140000_queue', class: Migration20261201140000_queue },
];
