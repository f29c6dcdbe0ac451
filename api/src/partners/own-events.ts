import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, query } from '../db/sql.ts';
import { notFound } from '../shared/errors.ts';

/**
 * The given events, checked to be the organiser's own: a key or a webhook never reaches another
 * organiser's event (such an event answers like a missing one).
 */
export async function ownEvents(em: EntityManager, organizerId: number, eventIds: readonly number[]): Promise<number[]> {
  const unique = [...new Set(eventIds)];
  const rows = await query<{ id: number }>(em, `select id from events where id = any(?::int[]) and organizer_id = ?`, [intArray(unique), organizerId]);
  const found = new Set(rows.map((r) => r.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound('Event', String(missing));
  return unique.sort((a, b) => a - b);
}
