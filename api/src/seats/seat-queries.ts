import type { EntityManager } from '@mikro-orm/postgresql';
import { SEAT_VIEW_COLUMNS, query } from '../db/sql.ts';
import type { SeatView } from '../realtime/views.ts';

export function seatsOfEvent(em: EntityManager, eventId: number): Promise<SeatView[]> {
  return query<SeatView>(em, `select ${SEAT_VIEW_COLUMNS} from seats where event_id = ? order by id`, [eventId]);
}
