import type { TierKind } from '../generated/graphql.ts';
import type { TierDraft } from './event-draft.ts';

export function TiersEditor({ tiers, onChange }: { tiers: TierDraft[]; onChange: (tiers: TierDraft[]) => void }) {
  const update = (index: number, change: Partial<TierDraft>) => onChange(tiers.map((tier, at) => (at === index ? { ...tier, ...change } : tier)));
  return (
    <fieldset>
      <legend>Tiers and prices</legend>
      {tiers.map((tier, index) => (
        <div className="form-row" key={index} role="group" aria-label={`Tier ${index + 1}`}>
          <label>
            Name
            <input value={tier.name} onChange={(event) => update(index, { name: event.target.value })} required />
          </label>
          <label>
            Kind
            <select value={tier.kind} onChange={(event) => update(index, { kind: event.target.value as TierKind })}>
              <option value="RESERVED">Reserved seats</option>
              <option value="GENERAL_ADMISSION">General admission</option>
            </select>
          </label>
          <label>
            Price (€)
            <input inputMode="decimal" value={tier.price} onChange={(event) => update(index, { price: event.target.value })} required />
          </label>
          {tier.kind === 'GENERAL_ADMISSION' && (
            <label>
              Capacity
              <input type="number" min={1} value={tier.capacity} onChange={(event) => update(index, { capacity: event.target.value })} required />
            </label>
          )}
          <button type="button" className="secondary" onClick={() => onChange(tiers.filter((_, at) => at !== index))} aria-label={`Remove tier ${tier.name}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...tiers, { name: `Tier ${tiers.length + 1}`, kind: 'RESERVED', price: '25', capacity: '' }])}>
        Add a tier
      </button>
    </fieldset>
  );
}
