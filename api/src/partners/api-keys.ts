import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../context.ts';
import { intArray, query } from '../db/sql.ts';
import { notFound, unauthenticated } from '../shared/errors.ts';
import { parseId } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { hashApiKeySecret, newApiKeySecret, secretPrefixOf } from './api-key-secret.ts';
import { API_KEY_COLUMNS, API_SCOPES, type ApiKeyCaller, type ApiKeyView } from './api-key-view.ts';
import { ownEvents } from './own-events.ts';

const createInput = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must have at most 100 characters'),
  eventIds: z.array(z.string()).min(1, 'give at least one event').max(100, 'at most 100 events'),
  scopes: z.array(z.enum(API_SCOPES)).min(1, 'give at least one scope'),
});

/** Makes a key for some of the organiser's own events; the secret is returned here only. */
export async function createApiKey(em: EntityManager, organizerId: number, now: Date, rawInput: unknown): Promise<{ apiKey: ApiKeyView; secret: string }> {
  const input = validate(createInput, rawInput);
  const eventIds = await ownEvents(em, organizerId, input.eventIds.map((id) => parseId(id, 'eventIds')));
  const secret = newApiKeySecret();
  const [row] = await query<{ id: number }>(
    em,
    `with k as (
       insert into api_keys (organizer_id, name, secret_hash, secret_prefix, scopes, created_at) values (?, ?, ?, ?, ?::text[], ?) returning id
     ), e as (
       insert into api_key_events (api_key_id, event_id) select k.id, unnest(?::int[]) from k returning event_id
     )
     select id, (select count(*) from e) from k`,
    [organizerId, input.name, hashApiKeySecret(secret), secretPrefixOf(secret), `{${[...new Set(input.scopes)].join(',')}}`, now, intArray(eventIds)],
  );
  return { apiKey: await findApiKey(em, organizerId, row!.id), secret };
}

export async function findApiKey(em: EntityManager, organizerId: number, id: number): Promise<ApiKeyView> {
  const [key] = await query<ApiKeyView>(em, `select ${API_KEY_COLUMNS} from api_keys k where k.id = ? and k.organizer_id = ?`, [id, organizerId]);
  // Another organiser's key answers like a missing one.
  if (!key) throw notFound('API key', String(id));
  return key;
}

export function listApiKeys(em: EntityManager, organizerId: number): Promise<ApiKeyView[]> {
  return query<ApiKeyView>(em, `select ${API_KEY_COLUMNS} from api_keys k where k.organizer_id = ? order by k.id desc`, [organizerId]);
}

/**
 * Revokes the key at once: every request authenticates against the database (`authenticateApiKey`),
 * so the next one is refused on every API process; its open sockets are closed here and, through
 * the publisher, on every other process (partners/key-sockets.ts).
 */
export async function revokeApiKey(app: AppServices, em: EntityManager, organizerId: number, id: number): Promise<ApiKeyView> {
  const [row] = await query<{ id: number }>(
    em,
    `update api_keys set revoked_at = coalesce(revoked_at, ?) where id = ? and organizer_id = ? returning id`,
    [app.clock.now(), id, organizerId],
  );
  if (!row) throw notFound('API key', String(id));
  await app.partners.keySockets.revoked(id);
  return findApiKey(em, organizerId, id);
}

/** Last use is kept to within this long: a key in constant use writes its row twice a minute, not on every request. */
const LAST_USED_PRECISION = '30 seconds';

/**
 * One statement per request with a key: finds the key by the hash of its secret, refuses a revoked
 * or unknown one (UNAUTHENTICATED), and notes its use when the last note is older than 30 s.
 */
export async function authenticateApiKey(app: AppServices, secret: string): Promise<ApiKeyCaller> {
  const [key] = await query<ApiKeyCaller & { revoked: boolean }>(
    app.orm.em.fork(),
    `with k as (
       select id, organizer_id, scopes, revoked_at from api_keys where secret_hash = ?
     ), used as (
       update api_keys a set last_used_at = ? from k
       where a.id = k.id and k.revoked_at is null and (a.last_used_at is null or a.last_used_at < ?::timestamptz - interval '${LAST_USED_PRECISION}')
       returning a.id
     )
     select k.id, k.organizer_id as "organizerId", k.scopes, k.revoked_at is not null as revoked,
            array(select event_id from api_key_events where api_key_id = k.id order by event_id) as "eventIds",
            (select count(*) from used) as touched
     from k`,
    [hashApiKeySecret(secret), app.clock.now(), app.clock.now()],
  );
  if (!key) throw unauthenticated('Unknown API key');
  if (key.revoked) throw unauthenticated('This API key was revoked');
  return { id: key.id, organizerId: key.organizerId, scopes: key.scopes, eventIds: key.eventIds };
}

/** Of the given keys, those revoked (or gone): the sockets' backstop when a revocation message was lost. */
export async function revokedAmong(app: AppServices, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const live = await query<{ id: number }>(app.orm.em.fork(), `select id from api_keys where id = any(?::int[]) and revoked_at is null`, [intArray(ids)]);
  const alive = new Set(live.map((r) => r.id));
  return ids.filter((id) => !alive.has(id));
}

