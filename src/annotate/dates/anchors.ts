/**
 * Context anchoring: what the text leaves out of a date, taken from what it said before.
 *
 * - The year of `18 августа`, `в июле`, `весной` is the anchor year: the last year the same
 *   section stated itself (a heading opens a section), or the year of the same day cited in
 *   the passage (`… 18 августа … (Телеграмма … 18.08.1921 // РГАСПИ)`). Bare numbers
 *   (`(Hirst 2013: 10)`, `М., 1999`) and dates in parentheses or quotation marks never set
 *   it: they date publications and quoted documents, not the narrative. With no anchor the
 *   year stays unknown (`XXXX-08-18`); a season or a calendar conversion, which cannot do
 *   without a year, is then no date at all.
 * - A decade or century without its century (`20-х годов`, `the century`) takes the last year
 *   stated anywhere before, sections or not.
 * - Relative phrases (`на следующий день`, `two weeks later`) count from the last date the
 *   narrative gave, in the same paragraph or the one before; with none, they are skipped.
 * - Footnotes see the narrative's anchors but do not move them.
 */
import type { Calendar, DateValue } from '../../model.js';
import type { Part, Season } from '../../lang/dates.js';
import { addDays, daysInMonth, gregorianMonthLength, rumiYearIsGregorian, toGregorian, yearBounds, type Day } from './calendars.js';
import { centuryEdtf, dayEdtf, decadeEdtf, gregorianDayEdtf, intervalEdtf, monthEdtf, seasonEdtf, yearEdtf } from './edtf.js';
import type { Expression, Found, Point } from './grammar.js';

/** Where a date stands. */
export interface Place {
  passage: number;
  /** Inside parentheses or quotation marks: a citation or a quoted document, which moves no anchor. */
  aside: boolean;
  /** Years of the full dates cited in parentheses in the passage, by `dayKey`. */
  cited?: ReadonlyMap<number, number>;
}

export function dayKey(month: number, day: number): number {
  return month * 32 + day;
}

/** The last date the narrative gave. */
interface Recent {
  year: number;
  month?: number;
  firstDay?: Day;
  lastDay?: Day;
  passage: number;
}

interface YearOf {
  value: number | undefined;
  inferred: boolean;
  /** The passage gives the year: stated with the date, or with the same day in a citation. */
  evidence: boolean;
}

/** A value, and what it tells later dates. */
interface Resolved {
  edtf: string;
  inferred: boolean;
  calendar?: Exclude<Calendar, 'gregorian'>;
  /** The Gregorian year the whole value lies in, if one. */
  year?: number;
  month?: number;
  firstDay?: Day;
  lastDay?: Day;
  /** The passage gives the year (see `YearOf`): it becomes the anchor. */
  statedYear: boolean;
}

/** An EDTF value with its extent in Gregorian days or months, for anchoring. */
interface Extent {
  first: string;
  last: string;
  firstYear: number | undefined;
  lastYear: number | undefined;
  month?: number;
  firstDay?: Day;
  lastDay?: Day;
}

const SEASON_START: Readonly<Record<Season, number>> = { 21: 3, 22: 6, 23: 9, 24: 12 };
/** Parts of a year, in months; of a month, in days (`end` = the month's last); of a decade and a century, in years. */
const YEAR_PARTS: Readonly<Record<Part, readonly [number, number]>> = {
  early: [1, 4], middle: [5, 8], late: [9, 12], firstHalf: [1, 6], secondHalf: [7, 12],
};
const MONTH_PARTS: Readonly<Record<Part, readonly [number, number | 'end']>> = {
  early: [1, 10], middle: [11, 20], late: [21, 'end'], firstHalf: [1, 15], secondHalf: [16, 'end'],
};
const DECADE_PARTS: Readonly<Record<Part, readonly [number, number]>> = {
  early: [0, 3], middle: [4, 6], late: [7, 9], firstHalf: [0, 4], secondHalf: [5, 9],
};
/** Of a century, in years from its first (1901 for the 20th): the parts of a century take it strictly, 1901–2000. */
const CENTURY_PARTS: Readonly<Record<Part, readonly [number, number]>> = {
  early: [0, 32], middle: [33, 65], late: [66, 99], firstHalf: [0, 49], secondHalf: [50, 99],
};
/** Which month of a season a part takes (winter, which straddles two years, is left whole). */
const SEASON_PARTS: Readonly<Partial<Record<Part, number>>> = { early: 0, middle: 1, late: 2 };

export class DateContext {
  private year: number | undefined;
  /** The last year stated anywhere before, sections or not: enough to place a decade or a century (`20-х годов`). */
  private era: number | undefined;
  private recent: Recent | undefined;
  private saved: { year: number | undefined; era: number | undefined; recent: Recent | undefined } | undefined;

  /** A heading begins a section: what came before no longer dates what follows. */
  newSection(): void {
    this.year = undefined;
    this.recent = undefined;
  }

  enterAside(): void {
    this.saved ??= { year: this.year, era: this.era, recent: this.recent };
  }

  leaveAside(): void {
    if (!this.saved) return;
    ({ year: this.year, era: this.era, recent: this.recent } = this.saved);
    this.saved = undefined;
  }

  resolve(found: Found, place: Place): DateValue | undefined {
    const resolved = this.valueOf(found.expression, place);
    if (!resolved) return undefined;
    if (!place.aside) this.observe(found, resolved, place);
    const { edtf, inferred, calendar } = resolved;
    return calendar ? { edtf, inferred, calendar } : { edtf, inferred };
  }

  private observe(found: Found, resolved: Resolved, place: Place): void {
    if (resolved.year === undefined || found.bareYear) return;
    if (resolved.statedYear) this.year = this.era = resolved.year;
    const { year, month, firstDay, lastDay } = resolved;
    this.recent = { year, month, firstDay, lastDay, passage: place.passage };
  }

  private valueOf(expression: Expression, place: Place): Resolved | undefined {
    switch (expression.kind) {
      case 'point': {
        const year = this.yearOf(expression.point, expression.calendar, place);
        if (!year) return undefined;
        const extent = pointExtent(expression.point, year.value, expression.calendar, expression.part);
        if (!extent) return undefined;
        const edtf = intervalEdtf(extent.first, extent.last) + (expression.approximate ? '~' : '');
        return resolved(edtf, year.inferred, expression.calendar, extent, year.evidence);
      }
      case 'range': {
        const from = this.yearOf(expression.from, expression.calendar, place);
        const to = this.yearOf(expression.to, expression.calendar, place);
        if (!from || !to) return undefined;
        const first = pointExtent(expression.from, from.value, expression.calendar);
        const last = pointExtent(expression.to, to.value, expression.calendar);
        if (!first || !last) return undefined;
        const extent: Extent = {
          first: first.first,
          last: last.last,
          firstYear: first.firstYear,
          lastYear: last.lastYear,
          month: first.month === last.month ? first.month : undefined,
          firstDay: first.firstDay,
          lastDay: last.lastDay,
        };
        const evidence = from.evidence && to.evidence;
        return resolved(intervalEdtf(extent.first, extent.last), from.inferred || to.inferred, expression.calendar, extent, evidence);
      }
      case 'decade': {
        const century = expression.centuryKnown ? 0 : this.era === undefined ? undefined : this.era - (this.era % 100);
        if (century === undefined) return undefined;
        const firstYear = century + expression.firstYear;
        const edtf = expression.part
          ? intervalEdtf(yearEdtf(firstYear + DECADE_PARTS[expression.part][0]), yearEdtf(firstYear + DECADE_PARTS[expression.part][1]))
          : decadeEdtf(firstYear);
        return { edtf, inferred: !expression.centuryKnown, statedYear: false };
      }
      case 'century': {
        const { part } = expression;
        const contextual = expression.from === 0;
        const from = contextual && this.era !== undefined ? Math.floor((this.era - 1) / 100) + 1 : expression.from;
        const to = contextual ? from : expression.to;
        if (from === 0) return undefined;
        if (part) {
          const base = (from - 1) * 100 + 1;
          const [low, high] = CENTURY_PARTS[part];
          return { edtf: intervalEdtf(yearEdtf(base + low), yearEdtf(base + high)), inferred: contextual, statedYear: false };
        }
        return { edtf: intervalEdtf(centuryEdtf(from), centuryEdtf(to)), inferred: contextual, statedYear: false };
      }
      case 'relative':
        return this.relative(expression.unit, expression.shift, place);
      case 'following':
        return this.following(expression, place);
      case 'impossible':
        return undefined;
    }
  }

  /**
   * The year of a point: stated; or that of the same day cited in the passage; or the anchor's
   * (moved by a year reference); or unknown.
   */
  private yearOf(point: Point, calendar: Calendar, place: Place): YearOf | undefined {
    if (point.year !== undefined) return { value: point.year, inferred: false, evidence: true };
    const cited = point.day !== undefined && point.yearShift === undefined && calendar === 'gregorian' ? place.cited?.get(dayKey(point.month!, point.day)) : undefined;
    if (cited !== undefined) return { value: cited, inferred: true, evidence: true };
    // The anchor is a Gregorian year: only Gregorian and Old Style dates (same year number) take it.
    const takesAnchor = calendar === 'gregorian' || calendar === 'julian';
    if (this.year === undefined || !takesAnchor) {
      // An unknown year is written XXXX; a season or a conversion cannot do without one.
      return point.season !== undefined || !takesAnchor ? undefined : { value: undefined, inferred: false, evidence: false };
    }
    return { value: this.year + (point.yearShift ?? 0), inferred: true, evidence: false };
  }

  /** The last date of this paragraph or the one before: what a relative phrase counts from. */
  private inScope(place: Place): Recent | undefined {
    const recent = this.recent;
    return recent && place.passage - recent.passage <= 1 ? recent : undefined;
  }

  private relative(unit: 'day' | 'week' | 'month' | 'year', shift: number, place: Place): Resolved | undefined {
    const recent = this.inScope(place);
    if (!recent) return undefined;
    if (unit === 'year') return { edtf: yearEdtf(recent.year + shift), inferred: true, year: recent.year + shift, statedYear: false };
    if (unit === 'month') {
      if (recent.month === undefined) return undefined;
      const index = recent.year * 12 + recent.month - 1 + shift;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return { edtf: monthEdtf(year, month), inferred: true, year, month, statedYear: false };
    }
    const base = shift > 0 ? recent.lastDay : shift < 0 ? recent.firstDay : sameDay(recent.firstDay, recent.lastDay);
    if (!base) return undefined;
    const day = addDays(base, shift * (unit === 'week' ? 7 : 1));
    return { edtf: gregorianDayEdtf(day), inferred: true, year: day.year, month: day.month, firstDay: day, lastDay: day, statedYear: false };
  }

  /** `the following January`, `that summer`: the next such month or season after the date in context, or the one of its year. */
  private following(expression: Expression & { kind: 'following' }, place: Place): Resolved | undefined {
    const recent = this.inScope(place);
    const anchor = recent ?? (this.year === undefined ? undefined : { year: this.year, month: undefined });
    if (!anchor) return undefined;
    const startMonth = expression.month ?? SEASON_START[expression.season!];
    const later = anchor.month !== undefined && startMonth > anchor.month;
    const year = expression.same || later ? anchor.year : anchor.year + 1;
    if (expression.month !== undefined) return { edtf: monthEdtf(year, expression.month), inferred: true, year, month: expression.month, statedYear: false };
    return { edtf: seasonEdtf(year, expression.season!), inferred: true, year, statedYear: false };
  }
}

function resolved(edtf: string, inferred: boolean, calendar: Calendar, extent: Extent, statedYear: boolean): Resolved {
  const oneYear = extent.firstYear !== undefined && extent.firstYear === extent.lastYear ? extent.firstYear : undefined;
  return {
    edtf,
    inferred,
    ...(calendar === 'gregorian' ? {} : { calendar }),
    year: oneYear,
    month: oneYear === undefined ? undefined : extent.month,
    firstDay: extent.firstDay,
    lastDay: extent.lastDay,
    statedYear,
  };
}

function sameDay(a: Day | undefined, b: Day | undefined): Day | undefined {
  return a && b && a.year === b.year && a.month === b.month && a.day === b.day ? a : undefined;
}

/** The Gregorian extent of a point in its calendar, with a part taken if asked. */
function pointExtent(point: Point, year: number | undefined, calendar: Calendar, part?: Part): Extent | undefined {
  const { month, day, season } = point;
  if (calendar !== 'gregorian' && year !== undefined) return convertedExtent(point, year, calendar, part);
  if (day !== undefined && month !== undefined) {
    if (year !== undefined && day > gregorianMonthLength(year, month)) return undefined;
    const edtf = dayEdtf(year, month, day);
    const known = year === undefined ? undefined : { year, month, day };
    return { first: edtf, last: edtf, firstYear: year, lastYear: year, month, firstDay: known, lastDay: known };
  }
  if (month !== undefined) {
    if (!part) return { first: monthEdtf(year, month), last: monthEdtf(year, month), firstYear: year, lastYear: year, month };
    const [low, high] = MONTH_PARTS[part];
    const end = high === 'end' ? gregorianMonthLength(year ?? 2001, month) : high;
    const days = (d: number) => (year === undefined ? undefined : { year, month, day: d });
    return { first: dayEdtf(year, month, low), last: dayEdtf(year, month, end), firstYear: year, lastYear: year, month, firstDay: days(low), lastDay: days(end) };
  }
  if (year === undefined) return undefined;
  if (season !== undefined) {
    const offset = part === undefined || season === 24 ? undefined : SEASON_PARTS[part];
    if (offset === undefined) return { first: seasonEdtf(year, season), last: seasonEdtf(year, season), firstYear: year, lastYear: year };
    const seasonMonth = SEASON_START[season] + offset;
    return { first: monthEdtf(year, seasonMonth), last: monthEdtf(year, seasonMonth), firstYear: year, lastYear: year, month: seasonMonth };
  }
  if (part) {
    const [low, high] = YEAR_PARTS[part];
    return { first: monthEdtf(year, low), last: monthEdtf(year, high), firstYear: year, lastYear: year };
  }
  return { first: yearEdtf(year), last: yearEdtf(year), firstYear: year, lastYear: year };
}

/**
 * A point in the Julian, Rumi or Hijri calendar, as Gregorian days. An Old Style year or
 * season is kept as it is (the year number is the same but for a few days).
 */
function convertedExtent(point: Point, year: number, calendar: Calendar, part?: Part): Extent | undefined {
  const { month, day, season } = point;
  let first: Day;
  let last: Day;
  if (month !== undefined) {
    const length = daysInMonth(calendar, year, month);
    const [low, high] = day !== undefined ? [day, day] : part ? MONTH_PARTS[part] : [1, 'end' as const];
    if (day !== undefined && day > length) return undefined;
    first = toGregorian(calendar, { year, month, day: low });
    last = toGregorian(calendar, { year, month, day: high === 'end' ? length : high });
  } else if (calendar === 'julian') {
    return pointExtent(point, year, 'gregorian', part);
  } else if (season !== undefined || part) {
    return undefined;
  } else {
    const gregorianYear = calendar === 'rumi' ? rumiYearIsGregorian(year) : undefined;
    if (gregorianYear !== undefined) return pointExtent({ year: gregorianYear }, gregorianYear, 'gregorian');
    const [start, end] = yearBounds(calendar, year);
    first = toGregorian(calendar, start);
    last = toGregorian(calendar, end);
  }
  return {
    first: gregorianDayEdtf(first),
    last: gregorianDayEdtf(last),
    firstYear: first.year,
    lastYear: last.year,
    month: first.month === last.month && first.year === last.year ? first.month : undefined,
    firstDay: first,
    lastDay: last,
  };
}
