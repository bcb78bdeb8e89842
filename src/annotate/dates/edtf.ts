/**
 * EDTF strings (Library of Congress Extended Date/Time Format) for the values the grammar
 * reads: days, months, seasons (21–24), years, decades (`192X`), centuries (`19XX`) and
 * intervals of them (`1921-08-01/1921-08-10`). An unknown year is `XXXX`.
 */
import type { Day } from './calendars.js';

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function yearEdtf(year: number | undefined): string {
  return year === undefined ? 'XXXX' : String(year).padStart(4, '0');
}

export function monthEdtf(year: number | undefined, month: number): string {
  return `${yearEdtf(year)}-${two(month)}`;
}

export function dayEdtf(year: number | undefined, month: number, day: number): string {
  return `${yearEdtf(year)}-${two(month)}-${two(day)}`;
}

export function gregorianDayEdtf(day: Day): string {
  return dayEdtf(day.year, day.month, day.day);
}

export function seasonEdtf(year: number, season: number): string {
  return `${yearEdtf(year)}-${season}`;
}

/** `192X` for the decade that begins in 1920. */
export function decadeEdtf(firstYear: number): string {
  return `${String(firstYear / 10).padStart(3, '0')}X`;
}

/** `19XX` for the 20th century (EDTF counts centuries by their first two digits). */
export function centuryEdtf(century: number): string {
  return `${two(century - 1)}XX`;
}

export function intervalEdtf(from: string, to: string): string {
  return from === to ? from : `${from}/${to}`;
}
