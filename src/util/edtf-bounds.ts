/** The first and last day an EDTF value covers, for ordering and filtering dates. */
import edtf from 'edtf';
import { memoize } from './memoize.js';

export interface DayBounds {
  /** ISO `YYYY-MM-DD`. */
  readonly min: string;
  readonly max: string;
}

/**
 * Undefined for values that cover no definite span (an unknown year, `XXXX-08-18`) or are not EDTF.
 * Remembered per value: edtf's parser is slow, and a corpus dates things by the same few values.
 */
export const edtfBounds: (value: string) => DayBounds | undefined = memoize((value: string): DayBounds | undefined => {
  if (value.startsWith('XXXX')) return undefined;
  try {
    const parsed = edtf(value) as { min: number; max: number };
    if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return undefined;
    return { min: isoDay(parsed.min), max: isoDay(parsed.max) };
  } catch {
    return undefined;
  }
});

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const PLAIN_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A year, a month or a day in ISO 8601 (`1921`, `1921-08`, `1921-08-18`): no season, interval or qualifier. */
export function isPlainDate(value: string): boolean {
  return PLAIN_DATE.test(value);
}
