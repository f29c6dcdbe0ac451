import { LOOK_COLOURS, LOOK_WORDS } from './seat-appearance.ts';
import type { MapTier } from './SeatMap.tsx';

export function SeatLegend({ tiers }: { tiers: MapTier[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {tiers.map((tier) => (
        <li key={tier.id}>
          <span className="swatch" style={{ background: tier.colour }} aria-hidden="true" />
          {tier.name} {tier.price}
        </li>
      ))}
      {(['mine', 'held', 'sold', 'pending'] as const).map((look) => (
        <li key={look}>
          <span className="swatch" style={{ background: LOOK_COLOURS[look] }} aria-hidden="true" />
          {LOOK_WORDS[look]}
        </li>
      ))}
    </ul>
  );
}
