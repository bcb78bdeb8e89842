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
  const season = seasonBounds(value);
  if (season) return season;
  try {
    const parsed = edtf(value) as { min: number; max: number };
    if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return undefined;
    return { min: isoDay(parsed.min), max: isoDay(parsed.max) };
  } catch {
    return undefined;
  }
});

/**
 * The seasons of EDTF (21 spring, 22 summer, 23 autumn, 24 winter) as the months a historian means:
 * March–May, June–August, September–November, December to February of the next year. The edtf
 * library reads them as the quarters of the year (summer 1921 as April–June).
 */
const SEASON_MONTHS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['21', [3, 5]], ['22', [6, 8]], ['23', [9, 11]], ['24', [12, 14]],
]);

function seasonBounds(value: string): DayBounds | undefined {
  const match = /^(\d{4})-(2[1-4])$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const [first, last] = SEASON_MONTHS.get(match[2]!)!;
  // Day 0 of the month after the last is the last day of the last month.
  return { min: isoDay(Date.UTC(year, first - 1, 1)), max: isoDay(Date.UTC(year, last, 0)) };
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const PLAIN_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A year, a month or a day in ISO 8601 (`1921`, `1921-08`, `1921-08-18`): no season, interval or qualifier. */
export function isPlainDate(value: string): boolean {
  return PLAIN_DATE.test(value);
}
