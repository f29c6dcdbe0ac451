import type { SectionDraft } from './event-draft.ts';

const numberOf = (value: string) => Math.max(0, Math.floor(Number(value) || 0));

/** The seat-map generator: sections of rows of seats, a tier per row range. */
export function SectionsEditor({ sections, tierNames, onChange }: { sections: SectionDraft[]; tierNames: string[]; onChange: (sections: SectionDraft[]) => void }) {
  const update = (index: number, change: Partial<SectionDraft>) => onChange(sections.map((section, at) => (at === index ? { ...section, ...change } : section)));
  return (
    <fieldset>
      <legend>Seat map</legend>
      {sections.map((section, index) => (
        <div className="section-editor" key={index} role="group" aria-label={`Section ${section.name}`}>
          <div className="form-row">
            <label>
              Section
              <input value={section.name} onChange={(event) => update(index, { name: event.target.value })} required />
            </label>
            <label>
              Rows
              <input type="number" min={1} max={200} value={section.rows} onChange={(event) => update(index, { rows: numberOf(event.target.value) })} />
            </label>
            <label>
              Seats per row
              <input type="number" min={1} max={200} value={section.seatsPerRow} onChange={(event) => update(index, { seatsPerRow: numberOf(event.target.value) })} />
            </label>
            <button type="button" className="secondary" onClick={() => onChange(sections.filter((_, at) => at !== index))}>
              Remove section
            </button>
          </div>
          {section.ranges.map((range, rangeIndex) => {
            const setRange = (change: Partial<typeof range>) =>
              update(index, { ranges: section.ranges.map((known, at) => (at === rangeIndex ? { ...known, ...change } : known)) });
            return (
              <div className="form-row" key={rangeIndex}>
                <label>
                  From row
                  <input type="number" min={1} value={range.fromRow} onChange={(event) => setRange({ fromRow: numberOf(event.target.value) })} />
                </label>
                <label>
                  to row
                  <input type="number" min={1} value={range.toRow} onChange={(event) => setRange({ toRow: numberOf(event.target.value) })} />
                </label>
                <label>
                  Tier
                  <select value={range.tier} onChange={(event) => setRange({ tier: event.target.value })}>
                    {tierNames.map((name) => (
                      <option key={name} value={name}>{name}</option>
                    ))}
                  </select>
                </label>
                <button type="button" className="secondary" onClick={() => update(index, { ranges: section.ranges.filter((_, at) => at !== rangeIndex) })}>
                  Remove rows
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="secondary"
            onClick={() => update(index, { ranges: [...section.ranges, { fromRow: section.rows, toRow: section.rows, tier: tierNames[0] ?? '' }] })}
          >
            Add a row range
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          onChange([...sections, { name: String.fromCharCode(65 + sections.length), rows: 10, seatsPerRow: 20, ranges: [{ fromRow: 1, toRow: 10, tier: tierNames[0] ?? '' }] }])
        }
      >
        Add a section
      </button>
    </fieldset>
  );
}
