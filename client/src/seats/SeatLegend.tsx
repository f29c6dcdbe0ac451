import { KIND_WORDS, LOOK_COLOURS, tierColour, tierGlyph, type TierGlyph } from './seat-appearance.ts';

export interface LegendTier {
  index: number;
  name: string;
  price: string;
  /** Seats of the tier still available; null in the organiser's preview (seat count instead). */
  left: string;
}

const SHAPES: Record<TierGlyph, string> = {
  circle: 'M9 2a7 7 0 1 1 0 14a7 7 0 1 1 0-14z',
  square: 'M3 3h12v12H3z',
  diamond: 'M9 1l8 8l-8 8l-8-8z',
  triangle: 'M9 2l7.5 13h-15z',
  hexagon: 'M16 9l-3.5 6h-7L2 9l3.5-6h7z',
};

function Swatch({ fill, glyph = 'circle', ring }: { fill: string; glyph?: TierGlyph; ring?: string }) {
  return (
    <svg className="swatch" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true">
      <path d={SHAPES[glyph]} fill={fill} stroke={fill === '#ffffff' ? '#111111' : 'none'} strokeWidth={fill === '#ffffff' ? 2.5 : 0} />
      {ring && <circle cx="9" cy="9" r="4.3" fill="none" stroke={ring} strokeWidth="1.6" />}
    </svg>
  );
}

/** Each tier's colour and shape with its price and what is left; then what the other looks mean. */
export function SeatLegend({ tiers, statuses = true, kinds = true }: { tiers: readonly LegendTier[]; statuses?: boolean; kinds?: boolean }) {
  return (
    <ul className="legend" aria-label="Legend">
      {tiers.map((tier) => (
        <li key={tier.index} data-testid="legend-tier">
          <Swatch fill={tierColour(tier.index)} glyph={tierGlyph(tier.index)} />
          <span>
            <strong>{tier.name}</strong> {tier.price} · {tier.left}
          </span>
        </li>
      ))}
      {statuses && (
        <>
          <li><Swatch fill={LOOK_COLOURS.mine} ring="#ffffff" />Yours</li>
          <li><Swatch fill={LOOK_COLOURS.pending} />Waiting</li>
          <li><Swatch fill={LOOK_COLOURS.held} />In a hold</li>
          <li><Swatch fill={LOOK_COLOURS.sold} />Sold</li>
        </>
      )}
      {kinds && (
        <li className="legend-kinds">
          <span aria-hidden="true">♿</span>&nbsp;{KIND_WORDS.WHEELCHAIR} · <span aria-hidden="true">•</span>&nbsp;{KIND_WORDS.COMPANION} ·{' '}
          <span aria-hidden="true">▪</span>&nbsp;{KIND_WORDS.RESTRICTED_VIEW}
        </li>
      )}
    </ul>
  );
}
