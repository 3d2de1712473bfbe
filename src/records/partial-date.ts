/**
 * The one definition of a partial date's ISO form: YYYY, YYYY-MM or YYYY-MM-DD, months 01–12 and
 * days 01–31. The parser writes it, the loader's validation checks it and the API's date bounds
 * (signedFrom, signedTo) take it.
 */

/** A partial ISO date, its parts captured. */
export const PARTIAL_ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** The parts of a partial ISO date, or null when `iso` is not one. */
export function partialIsoParts(iso: string): DateParts | null {
  const m = PARTIAL_ISO_DATE.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** Format a partial date as ISO 8601 with only its known parts. */
export function isoOf(year: number, month: number | null, day: number | null): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month == null) return String(year);
  if (day == null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
