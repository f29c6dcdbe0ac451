import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import type { WebhookType } from '../generated/graphql.ts';
import { formatDate } from '../ui/format.ts';
import { useToast } from '../ui/toasts.tsx';
import { EventChoice, ValueChoice } from './EventChoice.tsx';
import { WebhookDeliveriesQuery, WebhooksQuery } from './partners.operations.ts';
import { useCreateWebhook } from './use-create-webhook.ts';
import { useDeleteWebhook } from './use-delete-webhook.ts';
import { useRedeliverWebhook } from './use-redeliver-webhook.ts';
import { ShownOnce } from './ShownOnce.tsx';

const TYPES: readonly WebhookType[] = ['ORDER_CONFIRMED', 'ORDER_CANCELLED', 'HOLD_EXPIRED', 'TICKET_CHECKED_IN', 'TIER_SOLD_OUT'];

/** The organiser's webhooks: make one (signing secret shown once), see each delivery and its attempts, redeliver. */
export function WebhooksPage() {
  const { data, refetch } = useQuery(WebhooksQuery, { fetchPolicy: 'cache-and-network' });
  const [create, { loading }] = useCreateWebhook();
  const [remove] = useDeleteWebhook();
  const notify = useToast();
  const [url, setUrl] = useState('');
  const [eventIds, setEventIds] = useState<string[]>([]);
  const [types, setTypes] = useState<WebhookType[]>(['ORDER_CONFIRMED']);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const result = await create({ variables: { input: { url, eventIds, types } } });
      setSecret(result.data?.createWebhook.secret ?? null);
      setUrl('');
      await refetch();
    } catch (err) {
      notify(errorMessageOf(err), 'error');
    }
  };

  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      <p>Each change is POSTed as signed JSON (Standard Webhooks), retried for over a day until your endpoint answers 2xx.</p>
      {secret && <ShownOnce label="The webhook's signing secret" secret={secret} onDone={() => setSecret(null)} />}
      <form onSubmit={(e) => void submit(e)} aria-label="Create a webhook">
        <label>
          URL <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://shop.example/tessera" />
        </label>
        <EventChoice chosen={eventIds} onChange={setEventIds} />
        <ValueChoice legend="Changes" values={TYPES} chosen={types} onChange={setTypes} />
        <button type="submit" className="primary" disabled={loading || eventIds.length === 0 || types.length === 0}>Create webhook</button>
      </form>
      <ul className="webhooks">
        {(data?.webhooks ?? []).map((hook) => (
          <li key={hook.id}>
            <code>{hook.url}</code> · {hook.types.join(', ')} · {hook.events.map((e) => e.name).join(', ')}{' '}
            <button type="button" className="secondary" onClick={() => setOpen(open === hook.id ? null : hook.id)}>{open === hook.id ? 'Hide deliveries' : 'Deliveries'}</button>{' '}
            <button type="button" className="danger" onClick={() => void remove({ variables: { id: hook.id } }).then(() => refetch())}>Delete</button>
            {open === hook.id && <Deliveries webhookId={hook.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const { data, refetch } = useQuery(WebhookDeliveriesQuery, { variables: { webhookId }, fetchPolicy: 'network-only', pollInterval: 5000 });
  const [redeliver] = useRedeliverWebhook();
  const deliveries = data?.webhookDeliveries.edges.map((e) => e.node) ?? [];
  if (deliveries.length === 0) return <p className="status">No deliveries yet.</p>;
  return (
    <table className="partners-table">
      <thead>
        <tr><th>When</th><th>Type</th><th>Status</th><th>Attempts</th><th /></tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id}>
            <td>{formatDate(d.createdAt)}</td>
            <td title={d.payload}>{d.type}</td>
            <td>{d.status}{d.nextAttemptAt ? ` (next ${formatDate(d.nextAttemptAt)})` : ''}</td>
            <td>{d.attempts.map((a) => `${a.statusCode ?? a.error ?? '?'} in ${a.durationMs} ms`).join('; ')}</td>
            <td><button type="button" className="secondary" onClick={() => void redeliver({ variables: { deliveryId: d.id } }).then(() => refetch())}>Redeliver</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
