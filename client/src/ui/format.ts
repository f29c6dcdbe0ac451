/**
 * Prices, counts and times for people, in the browser's own locale (`Intl`): "€75.50" or
 * "75,50 €", "20,000" or "20.000". Formatters are built once per kind.
 */
const moneyFormats = new Map<string, { whole: Intl.NumberFormat; exact: Intl.NumberFormat }>();
let locale: string | undefined;

/** Tests and the screenshots pin a locale; the app uses the browser's. */
export function setFormattingLocale(next: string | undefined): void {
  locale = next;
  moneyFormats.clear();
  counts = null;
  twoDigits = null;
  dates = null;
  clockTimes = null;
}

/** Minor units to a price: 8500 EUR -> "€85", 7550 EUR -> "€75.50" (never "€75.5"). */
export function formatMoney(cents: number, currency: string): string {
  let formats = moneyFormats.get(currency);
  if (!formats) {
    const exact = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const digits = exact.resolvedOptions().maximumFractionDigits ?? 2;
    formats = { exact, whole: new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }) };
    moneyFormats.set(currency, formats);
    if (digits === 0) formats.exact = formats.whole;
  }
  const amount = cents / 100;
  return Number.isInteger(amount) ? formats.whole.format(amount) : formats.exact.format(amount);
}

let counts: Intl.NumberFormat | null = null;

/** 5000 -> "5,000" (or "5.000", "5 000"): seats and tickets left. */
export function formatCount(count: number): string {
  counts ??= new Intl.NumberFormat(locale);
  return counts.format(count);
}

let twoDigits: Intl.NumberFormat | null = null;

/** 5 -> "05", in the locale's digits: the minutes after an hour ("3 h 05 min"). */
export function formatTwoDigits(value: number): string {
  twoDigits ??= new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return twoDigits.format(value);
}

let dates: Intl.DateTimeFormat | null = null;

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return dates.format(date);
}

let clockTimes: Intl.DateTimeFormat | null = null;

/** A time of day, "10:15" or "10:15 AM": when a hold ends (every second, in each countdown). */
export function formatClockTime(epochMs: number): string {
  clockTimes ??= new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  return clockTimes.format(new Date(epochMs));
}
