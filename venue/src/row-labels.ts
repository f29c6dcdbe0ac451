import type { RowLabelStyle } from './venue-spec.ts';

/** Row letters as halls print them: no I or O, which read as 1 and 0. */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Row 1's label is `1` or `A`; after Z come AA, AB, ... (bijective base 24). */
export function rowLabel(row: number, style: RowLabelStyle | null | undefined): string {
  if (style !== 'LETTERS') return String(row);
  let rest = row;
  let label = '';
  while (rest > 0) {
    rest -= 1;
    label = LETTERS[rest % LETTERS.length] + label;
    rest = Math.floor(rest / LETTERS.length);
  }
  return label;
}
