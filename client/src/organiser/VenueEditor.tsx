import type { RowLabelStyle, SeatKind, SeatKindRange } from '@tessera/venue';
import { KIND_WORDS } from '../seats/seat-appearance.ts';
import { formatCount } from '../ui/format.ts';
import { newSection, rangesOf, VENUE_TEMPLATES, type RowRangeDraft, type SectionDraft, type SectionShape, type ShapeDraft, type VenueDraft } from './venue-draft.ts';

const numberOf = (value: string, fallback = 0) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
};
const wholeOf = (value: string) => Math.max(0, Math.floor(numberOf(value)));

interface VenueEditorProps {
  venue: VenueDraft;
  reservedTiers: readonly string[];
  onChange: (venue: VenueDraft) => void;
}

/**
 * The venue editor: a stage and a floor, and sections placed around them (curved rows, straight
 * rows facing the stage, or blocks side by side), with aisles, row labels, tiers by row range
 * and wheelchair, companion and restricted-view places. The preview beside it is the
 * generator's own output, so what the organiser sees is what createEvent builds.
 */
export function VenueEditor({ venue, reservedTiers, onChange }: VenueEditorProps) {
  const setSection = (index: number, change: Partial<SectionDraft>) => onChange({ ...venue, sections: venue.sections.map((section, at) => (at === index ? { ...section, ...change } : section)) });
  return (
    <fieldset className="venue-editor">
      <legend>Seat map</legend>
      <p className="form-row">
        Start from:{' '}
        {Object.entries(VENUE_TEMPLATES).map(([key, template]) => (
          <button key={key} type="button" className="secondary" onClick={() => onChange(template.venue())}>
            {template.label}
          </button>
        ))}
      </p>
      <ShapeFields label="Stage" shape={venue.stage} fallback={{ x: 0, y: 0, width: 20, depth: 6 }} onChange={(stage) => onChange({ ...venue, stage })} />
      <ShapeFields label="Floor" shape={venue.floor} fallback={{ x: 0, y: 0, width: 40, depth: 50 }} onChange={(floor) => onChange({ ...venue, floor })} />
      {venue.sections.map((section, index) => (
        <SectionFields
          key={index}
          open={index === 0}
          section={section}
          reservedTiers={reservedTiers}
          onChange={(change) => setSection(index, change)}
          onRemove={() => onChange({ ...venue, sections: venue.sections.filter((_, at) => at !== index) })}
        />
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange({ ...venue, sections: [...venue.sections, newSection(nextName(venue.sections), venue.stage ? { shape: 'curved', angle: 0, offset: 14 } : {})] })}
      >
        Add a section
      </button>
    </fieldset>
  );
}

function nextName(sections: readonly SectionDraft[]): string {
  for (let code = 65; code < 91; code++) if (!sections.some((section) => section.name === String.fromCharCode(code))) return String.fromCharCode(code);
  return `Section ${sections.length + 1}`;
}

function ShapeFields({ label, shape, fallback, onChange }: { label: string; shape: ShapeDraft | null; fallback: ShapeDraft; onChange: (shape: ShapeDraft | null) => void }) {
  return (
    <div className="form-row shape-fields" role="group" aria-label={label}>
      <label className="check">
        <input type="checkbox" checked={shape !== null} onChange={(event) => onChange(event.target.checked ? fallback : null)} />
        {label}
      </label>
      {shape &&
        (['width', 'depth', 'x', 'y'] as const).map((field) => (
          <label key={field}>
            {field === 'x' ? 'Across' : field === 'y' ? 'Down' : field === 'width' ? 'Width' : 'Depth'}
            <input type="number" step={1} value={shape[field]} onChange={(event) => onChange({ ...shape, [field]: numberOf(event.target.value) })} />
          </label>
        ))}
    </div>
  );
}

const SHAPES: Record<SectionShape, string> = { curved: 'Curved around the stage', straight: 'Straight, facing the stage', 'side-by-side': 'Block, side by side' };

interface SectionFieldsProps {
  /** Open at first (the first section); the others are one click away, so the list stays short. */
  open: boolean;
  section: SectionDraft;
  reservedTiers: readonly string[];
  onChange: (change: Partial<SectionDraft>) => void;
  onRemove: () => void;
}

function SectionFields({ open, section, reservedTiers, onChange, onRemove }: SectionFieldsProps) {
  const seats = Array.from({ length: section.rows }, (_, row) => section.seatsPerRow + row * section.seatsAddedPerRow).reduce((sum, count) => sum + count, 0);
  return (
    <details className="section-editor" open={open} role="group" aria-label={`Section ${section.name}`}>
      <summary>
        Section {section.name || '?'} · {formatCount(section.rows)} rows · about {formatCount(seats)} seats
      </summary>
      <div className="form-row">
        <label>
          Section
          <input value={section.name} onChange={(event) => onChange({ name: event.target.value })} required />
        </label>
        <label>
          Rows
          <input type="number" min={1} max={200} value={section.rows} onChange={(event) => onChange({ rows: wholeOf(event.target.value) })} />
        </label>
        <label>
          Seats per row
          <input type="number" min={1} max={500} value={section.seatsPerRow} onChange={(event) => onChange({ seatsPerRow: wholeOf(event.target.value) })} />
        </label>
        <label>
          More seats each row back
          <input type="number" min={0} max={20} value={section.seatsAddedPerRow} onChange={(event) => onChange({ seatsAddedPerRow: wholeOf(event.target.value) })} />
        </label>
        <label>
          Row labels
          <select value={section.rowLabels} onChange={(event) => onChange({ rowLabels: event.target.value as RowLabelStyle })}>
            <option value="NUMBERS">1, 2, 3…</option>
            <option value="LETTERS">A, B, C…</option>
          </select>
        </label>
        <button type="button" className="secondary" onClick={onRemove}>
          Remove section
        </button>
      </div>
      <div className="form-row">
        <label>
          Placement
          <select value={section.shape} onChange={(event) => onChange({ shape: event.target.value as SectionShape })}>
            {Object.entries(SHAPES).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </label>
        {section.shape !== 'side-by-side' && (
          <>
            <label>
              Direction (°)
              <input type="number" step={5} value={section.angle} onChange={(event) => onChange({ angle: numberOf(event.target.value) })} />
            </label>
            <label>
              Distance to front row
              <input type="number" min={0} value={section.offset} onChange={(event) => onChange({ offset: numberOf(event.target.value) })} />
            </label>
          </>
        )}
        {section.shape === 'curved' && (
          <label>
            Curve (°)
            <input type="number" min={1} max={360} value={section.arc} onChange={(event) => onChange({ arc: numberOf(event.target.value) })} />
          </label>
        )}
        {section.shape === 'straight' && (
          <label>
            Slide sideways
            <input type="number" value={section.shift} onChange={(event) => onChange({ shift: numberOf(event.target.value) })} />
          </label>
        )}
        <label>
          Aisles after seats
          <input value={section.aisles} placeholder="e.g. 6, 12" onChange={(event) => onChange({ aisles: event.target.value })} />
        </label>
      </div>
      <TierRanges section={section} reservedTiers={reservedTiers} onChange={(ranges) => onChange({ ranges })} />
      <SeatKinds kinds={section.kinds} onChange={(kinds) => onChange({ kinds })} />
    </details>
  );
}

function TierRanges({ section, reservedTiers, onChange }: { section: SectionDraft; reservedTiers: readonly string[]; onChange: (ranges: RowRangeDraft[] | null) => void }) {
  const ranges = rangesOf(section, reservedTiers);
  const own = section.ranges !== null;
  const setRange = (index: number, change: Partial<RowRangeDraft>) => onChange(ranges.map((range, at) => (at === index ? { ...range, ...change } : range)));
  return (
    <div className="tier-ranges" role="group" aria-label={`Tiers of section ${section.name}`}>
      <label className="check">
        <input type="checkbox" checked={!own} onChange={(event) => onChange(event.target.checked ? null : ranges)} />
        Tiers by row range, front rows to the first tier
      </label>
      {ranges.map((range, index) => (
        <div className="form-row" key={index}>
          <label>
            From row
            <input type="number" min={1} value={range.fromRow} disabled={!own} onChange={(event) => setRange(index, { fromRow: wholeOf(event.target.value) })} />
          </label>
          <label>
            to row
            <input type="number" min={1} value={range.toRow} disabled={!own} onChange={(event) => setRange(index, { toRow: wholeOf(event.target.value) })} />
          </label>
          <label>
            Tier
            <select value={range.tier} disabled={!own} onChange={(event) => setRange(index, { tier: event.target.value })}>
              {reservedTiers.map((name) => (
                <option key={name} value={name}>{name}</option>
              ))}
            </select>
          </label>
          {own && (
            <button type="button" className="secondary" onClick={() => onChange(ranges.filter((_, at) => at !== index))}>
              Remove rows
            </button>
          )}
        </div>
      ))}
      {own && (
        <button type="button" className="secondary" onClick={() => onChange([...ranges, { fromRow: section.rows, toRow: section.rows, tier: reservedTiers.at(-1) ?? '' }])}>
          Add a row range
        </button>
      )}
    </div>
  );
}

const KINDS: readonly SeatKind[] = ['WHEELCHAIR', 'COMPANION', 'RESTRICTED_VIEW'];

function SeatKinds({ kinds, onChange }: { kinds: SeatKindRange[]; onChange: (kinds: SeatKindRange[]) => void }) {
  const setKind = (index: number, change: Partial<SeatKindRange>) => onChange(kinds.map((kind, at) => (at === index ? { ...kind, ...change } : kind)));
  return (
    <div className="seat-kinds" role="group" aria-label="Accessible and restricted places">
      {kinds.map((kind, index) => (
        <div className="form-row" key={index}>
          <label>
            Kind
            <select value={kind.kind} onChange={(event) => setKind(index, { kind: event.target.value as SeatKind })}>
              {KINDS.map((value) => (
                <option key={value} value={value}>{KIND_WORDS[value]}</option>
              ))}
            </select>
          </label>
          <label>
            Row
            <input type="number" min={1} value={kind.row} onChange={(event) => setKind(index, { row: wholeOf(event.target.value) })} />
          </label>
          <label>
            Seats
            <input type="number" min={1} value={kind.fromSeat} onChange={(event) => setKind(index, { fromSeat: wholeOf(event.target.value) })} />
          </label>
          <label>
            to
            <input type="number" min={1} value={kind.toSeat} onChange={(event) => setKind(index, { toSeat: wholeOf(event.target.value) })} />
          </label>
          <button type="button" className="secondary" onClick={() => onChange(kinds.filter((_, at) => at !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...kinds, { kind: 'WHEELCHAIR', row: 1, fromSeat: 1, toSeat: 1 }, { kind: 'COMPANION', row: 1, fromSeat: 2, toSeat: 2 }])}
      >
        Add a wheelchair space with a companion seat
      </button>{' '}
      <button type="button" className="secondary" onClick={() => onChange([...kinds, { kind: 'RESTRICTED_VIEW', row: 1, fromSeat: 1, toSeat: 1 }])}>
        Add restricted-view seats
      </button>
    </div>
  );
}
