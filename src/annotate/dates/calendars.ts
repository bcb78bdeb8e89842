/**
 * Calendar arithmetic through the Julian day number (JDN, days since 1 January 4713 BC,
 * Julian): every calendar converts to and from it, so any date converts to Gregorian.
 *
 * - Julian: the Russian Old Style, 13 days behind the Gregorian in 1900–2099, 12 in the 19th century.
 * - Rumi: the Ottoman fiscal calendar. Until Şubat 1332 its days are Julian and its year begins
 *   on 1 Mart, so Mart–Kânunuevvel of year R fall in Julian year R + 584, Kânunusani–Şubat in
 *   R + 585. In 1917 the days became Gregorian (16 Şubat 1332 was followed by 1 Mart 1333 =
 *   1 March 1917) and from 1334 the year begins on 1 Kânunusani: R + 584 all year round.
 * - Hijri: the tabular (arithmetic) Islamic calendar, civil epoch; a real month may begin a day
 *   earlier or later, as the crescent was seen.
 */
import type { Calendar } from '../../model.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The first Rumi year counted with Gregorian days. */
const RUMI_GREGORIAN_DAYS = 1333;
/** The first Rumi year that begins in January. */
const RUMI_JANUARY_YEAR = 1334;
const RUMI_OFFSET = 584;

const JULIAN_MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function gregorianToJdn({ year, month, day }: Day): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function jdnToGregorian(jdn: number): Day {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

function julianToJdn({ year, month, day }: Day): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

/** JDN of 1 Muharram 1 AH (Friday, 16 July 622 Julian), less one. */
const HIJRI_EPOCH = 1948439;

function hijriToJdn({ year, month, day }: Day): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + HIJRI_EPOCH;
}

function isGregorianLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Rumi months are named by the Julian/Gregorian month they run with (Mart = 3). */
function rumiToJdn({ year, month, day }: Day): number {
  const calendarYear = year + RUMI_OFFSET + (year < RUMI_JANUARY_YEAR && month < 3 ? 1 : 0);
  return year < RUMI_GREGORIAN_DAYS
    ? julianToJdn({ year: calendarYear, month, day })
    : gregorianToJdn({ year: calendarYear, month, day });
}

/** Days in a month of the calendar, for checking a date and finding a month's last day. */
export function daysInMonth(calendar: Calendar, year: number, month: number): number {
  switch (calendar) {
    case 'hijri':
      return month % 2 === 1 || (month === 12 && (11 * year + 14) % 30 < 11) ? 30 : 29;
    case 'rumi': {
      const calendarYear = year + RUMI_OFFSET + (year < RUMI_JANUARY_YEAR && month < 3 ? 1 : 0);
      return year < RUMI_GREGORIAN_DAYS ? julianMonthLength(calendarYear, month) : gregorianMonthLength(calendarYear, month);
    }
    case 'julian':
      return julianMonthLength(year, month);
    default:
      return gregorianMonthLength(year, month);
  }
}

export function gregorianMonthLength(year: number, month: number): number {
  return month === 2 && isGregorianLeap(year) ? 29 : JULIAN_MONTH_LENGTHS[month - 1]!;
}

function julianMonthLength(year: number, month: number): number {
  return month === 2 && year % 4 === 0 ? 29 : JULIAN_MONTH_LENGTHS[month - 1]!;
}

/** The Gregorian day of a day in another calendar. */
export function toGregorian(calendar: Calendar, day: Day): Day {
  switch (calendar) {
    case 'julian':
      return jdnToGregorian(julianToJdn(day));
    case 'rumi':
      return jdnToGregorian(rumiToJdn(day));
    case 'hijri':
      return jdnToGregorian(hijriToJdn(day));
    default:
      return day;
  }
}

/** The first and last day of a year of the calendar: the Rumi year before 1334 runs from Mart to Şubat. */
export function yearBounds(calendar: Calendar, year: number): [first: Day, last: Day] {
  if (calendar === 'rumi' && year < RUMI_JANUARY_YEAR) {
    return [{ year, month: 3, day: 1 }, { year, month: 2, day: daysInMonth('rumi', year, 2) }];
  }
  return [{ year, month: 1, day: 1 }, { year, month: 12, day: daysInMonth(calendar, year, 12) }];
}

/** The Gregorian year a Rumi year from 1334 on coincides with (they began on 1 January). */
export function rumiYearIsGregorian(year: number): number | undefined {
  return year >= RUMI_JANUARY_YEAR ? year + RUMI_OFFSET : undefined;
}

export function addDays(day: Day, days: number): Day {
  return jdnToGregorian(gregorianToJdn(day) + days);
}
