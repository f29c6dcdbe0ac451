/** Scopes of an API key (`ApiScope`). */
export const API_SCOPES = ['READ', 'SELL', 'CHECK_IN'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** An API key as the GraphQL `ApiKey` resolves: never its secret, nor its hash. */
export interface ApiKeyView {
  id: number;
  organizerId: number;
  name: string;
  secretPrefix: string;
  scopes: ApiScope[];
  eventIds: number[];
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  revokedAt: Date | string | null;
}

/** Who calls with an API key: what the key may do and reach, read at authentication. */
export interface ApiKeyCaller {
  id: number;
  organizerId: number;
  scopes: readonly ApiScope[];
  eventIds: readonly number[];
}

/** Columns of a key as ApiKeyView (the events aggregated from api_key_events). */
export const API_KEY_COLUMNS = `k.id, k.organizer_id as "organizerId", k.name, k.secret_prefix as "secretPrefix", k.scopes,
  array(select e.event_id from api_key_events e where e.api_key_id = k.id order by e.event_id) as "eventIds",
  k.created_at as "createdAt", k.last_used_at as "lastUsedAt", k.revoked_at as "revokedAt"`;
