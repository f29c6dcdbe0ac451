import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../db/sql.ts';
import { SEAT_VIEW_COLUMNS, type SeatView } from './seat-view.ts';

export function seatsOfEvent(em: EntityManager, eventId: number): Promise<SeatView[]> {
  return query<SeatView>(em, `select ${SEAT_VIEW_COLUMNS} from seats where event_id = ? order by id`, [eventId]);
}
