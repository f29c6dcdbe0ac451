import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import type { ApiScope } from '../generated/graphql.ts';
import { formatDate } from '../ui/format.ts';
import { useToast } from '../ui/toasts.tsx';
import { EventChoice, ValueChoice } from './EventChoice.tsx';
import { ApiKeysQuery } from './partners.operations.ts';
import { useCreateApiKey } from './use-create-api-key.ts';
import { useRevokeApiKey } from './use-revoke-api-key.ts';
import { ShownOnce } from './ShownOnce.tsx';

const SCOPES: readonly ApiScope[] = ['READ', 'SELL', 'CHECK_IN'];

/** The organiser's API keys: make one (its secret shown once), see when each was last used, revoke. */
export function ApiKeysPage() {
  const { data, error, refetch } = useQuery(ApiKeysQuery, { fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating }] = useCreateApiKey();
  const [revoke] = useRevokeApiKey();
  const notify = useToast();
  const [name, setName] = useState('');
  const [eventIds, setEventIds] = useState<string[]>([]);
  const [scopes, setScopes] = useState<ApiScope[]>(['READ']);
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const result = await create({ variables: { input: { name, eventIds, scopes } } });
      setSecret(result.data?.createApiKey.secret ?? null);
      setName('');
      await refetch();
    } catch (err) {
      notify(errorMessageOf(err), 'error');
    }
  };
  const revokeKey = async (id: string) => {
    try {
      await revoke({ variables: { id } });
      notify('Key revoked: it is refused from now on.', 'success');
    } catch (err) {
      notify(errorMessageOf(err), 'error');
    }
  };

  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <p>A partner's program (a ticket shop, a box office, a door scanner) sends its key as <code>Authorization: Bearer tsk_…</code>.</p>
      {secret && <ShownOnce label="The new key's secret" secret={secret} onDone={() => setSecret(null)} />}
      <form onSubmit={(e) => void submit(e)} aria-label="Create an API key">
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <EventChoice chosen={eventIds} onChange={setEventIds} />
        <ValueChoice legend="Scopes" values={SCOPES} chosen={scopes} onChange={setScopes} />
        <button type="submit" className="primary" disabled={creating || eventIds.length === 0 || scopes.length === 0}>Create key</button>
      </form>
      {error && <p className="status error" role="alert">{error.message}</p>}
      <table className="partners-table">
        <thead>
          <tr><th>Name</th><th>Key</th><th>Scopes</th><th>Events</th><th>Last used</th><th /></tr>
        </thead>
        <tbody>
          {(data?.apiKeys ?? []).map((key) => (
            <tr key={key.id} className={key.revokedAt ? 'revoked' : undefined}>
              <td>{key.name}</td>
              <td><code>{key.secretPrefix}…</code></td>
              <td>{key.scopes.join(', ')}</td>
              <td>{key.events.map((e) => e.name).join(', ')}</td>
              <td>{key.lastUsedAt ? formatDate(key.lastUsedAt) : 'never'}</td>
              <td>{key.revokedAt ? `revoked ${formatDate(key.revokedAt)}` : <button type="button" className="danger" onClick={() => void revokeKey(key.id)}>Revoke</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
