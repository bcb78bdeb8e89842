/**
 * The date grammar: token patterns tried at each token that could begin a date, the longest
 * match kept. Every pattern looks a bounded number of tokens ahead, so a passage is read in
 * linear time whatever it holds. What is read is the date as written (`Expression`); years
 * left to context are filled in later, by `anchors.ts`.
 */
import type { Calendar } from '../../model.js';
import type { Part, Season, TimeUnit } from '../../lang/dates.js';
import { daysInMonth, toGregorian } from './calendars.js';
import { MARK, NUMBER, WORD, type Token } from './tokens.js';
import { COUNT, UNIT, type Phrase, type Vocabulary, type WordInfo } from './vocabulary.js';

export type DateToken = Token<WordInfo>;

/** A date as written: what the text leaves out is left out here. */
export interface Point {
  year?: number;
  /** The year is the context's year moved by this many (`того же года`: 0, `следующего года`: 1). */
  yearShift?: number;
  month?: number;
  day?: number;
  season?: Season;
}

export type Expression =
  | { kind: 'point'; point: Point; calendar: Calendar; part?: Part; approximate?: boolean }
  | { kind: 'range'; from: Point; to: Point; calendar: Calendar }
  | { kind: 'decade'; firstYear: number; centuryKnown: boolean; part?: Part }
  /** Centuries by number; 0 for `the century` the text is in. */
  | { kind: 'century'; from: number; to: number; part?: Part }
  | { kind: 'relative'; unit: TimeUnit; shift: number }
  | { kind: 'following'; month?: number; season?: Season; same: boolean }
  /** A day no calendar has (`31 июня`): its words are used up, and no date is made of them. */
  | { kind: 'impossible' };

export interface Found {
  /** Indices of the first and last token. */
  first: number;
  last: number;
  expression: Expression;
  /** Only a number says it is a year: no marker (`г.`), no month, no preposition before it. */
  bareYear: boolean;
}

/** What the grammar asks of Russian morphology, once it is loaded. */
export interface Morphology {
  lemma(word: string): string;
  /** The word is a noun in the form a number counts it in (`1921 винтовок`). */
  isCountedNoun(count: number, word: string): boolean;
}

const DASHES = new Set(['-', '–', '—', '‒', '−']);
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const NUMBER_JOINERS = new Set(['.', ',', ':', '/', '-', '–']);
const NUMBER_SIGNS = new Set(['№', '#', '§', '$', '£', '€', '₽', '¥', '+', '±', '~']);
const PER = new Set(['%', '‰']);
/** Years a bare number may be, and one after a preposition or inside a date construction. */
const BARE_YEARS = [1500, 2099] as const;
const CONTEXT_YEARS = [1000, 2099] as const;
const MARKED_YEARS = [100, 2099] as const;
/** A year in each century the Old Style was 10, 11, 12 and 13 days behind. */
const OLD_STYLE_CENTURIES = [1650, 1750, 1850, 1950];
const CALENDAR_YEARS: Readonly<Record<Calendar, readonly [number, number]>> = {
  gregorian: [100, 2099],
  julian: [100, 2099],
  rumi: [1200, 1345],
  hijri: [1, 1500],
};

interface MonthName {
  month: number;
  calendar: Calendar;
  /** A Turkish name, shared by the Rumi calendar. */
  ottoman: boolean;
  /** The language writes the day after the month (`March 16`). */
  beforeDay: boolean;
  /** A name the language capitalizes, written in lower case: a month only with its year (`august 1922`). */
  lowercase: boolean;
  last: number;
}

interface YearAfter {
  year?: number;
  yearShift?: number;
  last: number;
}

interface PhraseMatch {
  last: number;
  count: number;
  unit?: TimeUnit;
}

export function findDates(tokens: readonly DateToken[], text: string, vocabulary: Vocabulary, morphology?: Morphology): Found[] {
  return new Parser(tokens, text, vocabulary, morphology).findAll();
}

class Parser {
  constructor(
    private readonly tokens: readonly DateToken[],
    private readonly text: string,
    private readonly vocabulary: Vocabulary,
    private readonly morphology: Morphology | undefined,
  ) {}

  findAll(): Found[] {
    const found: Found[] = [];
    const { tokens } = this;
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i]!;
      const candidate =
        token.kind === NUMBER ||
        token.info?.starts ||
        token.dotted?.starts ||
        (token.upper && romanValue(this.text, token) > 0) ||
        (this.morphology && this.vocabulary.mayCount(token.key));
      const match = candidate ? this.longestAt(i) : undefined;
      if (match) {
        found.push(match);
        i = match.last + 1;
      } else i++;
    }
    return found;
  }

  private longestAt(i: number): Found | undefined {
    let best: Found | undefined;
    const token = this.tokens[i]!;
    const info = token.info;
    const byNext = info?.phrasesByNext;
    if (byNext) {
      const next = this.tokens[i + 1];
      best = this.phrasesAt(i, byNext.get(''), best);
      if (next?.key) best = this.phrasesAt(i, byNext.get(next.key), best);
      if (this.countAt(i + 1) !== undefined) best = this.phrasesAt(i, byNext.get(COUNT), best);
      if (next?.info?.unit) best = this.phrasesAt(i, byNext.get(UNIT), best);
    }
    if (this.countAt(i) !== undefined) best = this.phrasesAt(i, this.vocabulary.countPhrases, best);
    if (info?.unit) best = this.phrasesAt(i, this.vocabulary.unitPhrases, best);
    if (info?.rangeOpener || info?.between) best = longer(best, this.openedRange(i));
    const core = this.core(i, false);
    best = longer(best, core);
    if (core) best = longer(best, this.dashRange(core));
    return best;
  }

  // ── phrases ────────────────────────────────────────────────────────────────

  private phrasesAt(i: number, phrases: readonly Phrase[] | undefined, best: Found | undefined): Found | undefined {
    for (const phrase of phrases ?? []) best = longer(best, this.afterPhrase(i, phrase));
    return best;
  }

  private matchPhrase(i: number, phrase: Phrase): PhraseMatch | undefined {
    let j = i;
    let count = 1;
    let unit: TimeUnit | undefined;
    for (const key of phrase.keys) {
      const token = this.tokens[j];
      if (!token) return undefined;
      if (key === COUNT) {
        const value = this.countAt(j);
        if (value === undefined) return undefined;
        count = value;
      } else if (key === UNIT) {
        unit = token.kind === WORD ? token.info?.unit : undefined;
        if (!unit) return undefined;
      } else if (token.key !== key || token.kind === NUMBER) return undefined;
      j++;
    }
    return { last: j - 1, count, unit };
  }

  private afterPhrase(i: number, phrase: Phrase): Found | undefined {
    const match = this.matchPhrase(i, phrase);
    if (!match) return undefined;
    const next = match.last + 1;
    const meaning = phrase.meaning;
    switch (meaning.kind) {
      case 'relative': {
        const unit = meaning.unit ?? match.unit;
        if (!unit || (meaning.endsInBeforeOrAfter && !this.endsClause(next))) return undefined;
        return { first: i, last: match.last, expression: { kind: 'relative', unit, shift: meaning.shift * match.count }, bareYear: false };
      }
      case 'part':
        return this.partOf(i, next, meaning.part);
      case 'monthDays':
        return this.monthDays(i, next, meaning.part);
      case 'dayDecade':
        return this.dayDecade(i, next, match.count);
      case 'night':
        return this.night(i, next);
      case 'following':
      case 'same':
        return this.followingOrSame(i, next, meaning.kind === 'same');
      case 'calendarBefore':
        return this.calendarYear(i, next, meaning.calendar);
      case 'approximately':
        return this.approximateYear(i, next);
      default:
        // Year references and calendar notes only ever follow a date.
        return undefined;
    }
  }

  /** Nothing after a "… before"/"… after" phrase that could be the event it is counted from. */
  private endsClause(j: number): boolean {
    const token = this.tokens[j];
    return !token || token.kind === MARK || (token.kind === WORD && !!token.info?.temporal);
  }

  private partOf(first: number, j: number, part: Part): Found | undefined {
    let k = j;
    if (this.isDash(k) && !this.tokens[k]!.spaced) k++; // mid-1920s
    if (this.tokens[k]?.info?.determiner) k++; // the end of the 1920s
    // `the first half of the century`: the century the text is in.
    const centuryWord = k > j ? this.wordAt(k, 'centuryWord') : undefined;
    if (centuryWord !== undefined) return { first, last: centuryWord, expression: { kind: 'century', from: 0, to: 0, part }, bareYear: false };
    const core = this.core(k, true);
    if (!core) return undefined;
    const expression = core.expression;
    if (expression.kind === 'point') {
      if (expression.part || expression.approximate || expression.point.day !== undefined) return undefined;
      return { first, last: core.last, expression: { ...expression, part }, bareYear: false };
    }
    if ((expression.kind === 'decade' || expression.kind === 'century') && !expression.part) {
      return { first, last: core.last, expression: { ...expression, part }, bareYear: false };
    }
    return undefined;
  }

  /** `в первых числах сентября`: a part of a month, never of a year. */
  private monthDays(first: number, j: number, part: Part): Found | undefined {
    const month = this.monthOnly(j);
    return month && { first, last: month.last, expression: { ...month.expression, part }, bareYear: false };
  }

  /** `в 20-х числах марта`: ten days from the 10th or the 20th. */
  private dayDecade(first: number, j: number, from: number): Found | undefined {
    if (from !== 10 && from !== 20) return undefined;
    const month = this.monthOnly(j);
    if (!month) return undefined;
    const { point, calendar } = month.expression;
    return {
      first,
      last: month.last,
      expression: { kind: 'range', from: { ...point, day: from }, to: { ...point, day: from + 9 }, calendar },
      bareYear: false,
    };
  }

  private monthOnly(j: number): (Found & { expression: { kind: 'point' } }) | undefined {
    const core = this.core(j, true);
    if (!core || core.expression.kind !== 'point') return undefined;
    const { point, part } = core.expression;
    if (part || point.month === undefined || point.day !== undefined) return undefined;
    return core as Found & { expression: { kind: 'point' } };
  }

  /** A night: `в ночь с 16 на 17 сентября`, `в ночь на 17 сентября`, `the night of 16/17 September`. */
  private night(first: number, j: number): Found | undefined {
    const token = this.tokens[j];
    if (!token) return undefined;
    if (token.info?.rangeOpener) {
      const range = this.openedRange(j);
      return range && range.expression.kind === 'range' ? { ...range, first } : undefined;
    }
    const joined = token.info?.nightJoiner;
    const core = this.core(joined ? j + 1 : j, true);
    if (!core) return undefined;
    const expression = core.expression;
    if (expression.kind === 'range' && expression.to.day !== undefined && !joined) return { ...core, first };
    if (expression.kind !== 'point' || expression.part || expression.point.day === undefined) return undefined;
    const { point, calendar } = expression;
    const day = point.day!;
    const from = joined ? { ...point, day: day - 1 } : point;
    const to = joined ? point : { ...point, day: day + 1 };
    if (from.day! < 1 || !this.valid(to, calendar)) return undefined;
    return { first, last: core.last, expression: { kind: 'range', from, to, calendar }, bareYear: false };
  }

  private followingOrSame(first: number, j: number, same: boolean): Found | undefined {
    const token = this.tokens[j];
    if (!token || token.kind !== WORD) return undefined;
    const month = this.monthAt(j);
    if (month && month.calendar === 'gregorian' && !month.lowercase && !this.startsDay(month.last + 1)) {
      return { first, last: month.last, expression: { kind: 'following', month: month.month, same }, bareYear: false };
    }
    const adjective = token.info?.monthAdjective;
    if (adjective && this.tokens[j + 1]?.info?.daysNoun) {
      return { first, last: j + 1, expression: { kind: 'following', month: adjective, same }, bareYear: false }; // в те же сентябрьские дни
    }
    const season = token.info?.season;
    if (season && !month) return { first, last: j, expression: { kind: 'following', season, same }, bareYear: false };
    return undefined;
  }

  private calendarYear(first: number, j: number, calendar: 'rumi' | 'hijri'): Found | undefined {
    const token = this.tokens[j];
    if (!token || token.kind !== NUMBER || token.digits < 3 || token.digits > 4 || !inRange(token.value, CALENDAR_YEARS[calendar])) return undefined;
    if (this.joinedToNumberAfter(j)) return undefined;
    return { first, last: j, expression: { kind: 'point', point: { year: token.value }, calendar }, bareYear: false };
  }

  private approximateYear(first: number, j: number): Found | undefined {
    const core = this.core(j, true);
    if (!core || core.expression.kind !== 'point' || core.expression.part) return undefined;
    return { first, last: core.last, expression: { ...core.expression, approximate: true }, bareYear: false };
  }

  // ── ranges ─────────────────────────────────────────────────────────────────

  /** `с 1920 по 1922 год`, `с 16 на 17 сентября`, `from 1919 to 1922`, `between 1919 and 1922`. */
  private openedRange(i: number): Found | undefined {
    const opener = this.tokens[i]!.info!;
    const start = this.rangeStart(i + 1);
    if (!start) return undefined;
    const closer = this.tokens[start.last + 1];
    const closing = closer?.kind === WORD ? closer.info : undefined;
    const night = !opener.between && !closing?.rangeCloser && !!closing?.nightJoiner;
    if (!(opener.between ? closing?.and : closing?.rangeCloser || night)) return undefined;
    const end = this.core(start.last + 2, true);
    if (!end || end.expression.kind !== 'point' || end.expression.part) return undefined;
    const range = this.mergeRange(start, end.expression.point, end.expression.calendar, night);
    return range && { first: i, last: end.last, expression: range, bareYear: false };
  }

  /** What a range may start with: a date, or a bare day or year that takes the rest from the range's end. */
  private rangeStart(j: number): { last: number; point?: Point; bare?: DateToken } | undefined {
    const core = this.core(j, true);
    if (core?.expression.kind === 'point' && !core.expression.part) return { last: core.last, point: core.expression.point };
    const token = this.tokens[j];
    if (token?.kind === NUMBER && (token.digits <= 2 || token.digits === 4) && !this.joinedToNumberAfter(j)) return { last: j, bare: token };
    return undefined;
  }

  /** `16 марта – 20 апреля 1921 г.`, `4–11 сентября`: a date, a dash, a date. */
  private dashRange(start: Found): Found | undefined {
    const expression = start.expression;
    if (expression.kind !== 'point' || expression.part || expression.approximate) return undefined;
    if (expression.point.month === undefined && expression.point.season === undefined) return undefined; // years: `yearLed`
    const dash = start.last + 1;
    if (!this.isDash(dash)) return undefined;
    const end = this.core(dash + 1, true);
    if (!end || end.expression.kind !== 'point' || end.expression.part) return undefined;
    const range = this.mergeRange({ point: expression.point }, end.expression.point, end.expression.calendar, false);
    return range && { first: start.first, last: end.last, expression: range, bareYear: false };
  }

  private mergeRange(start: { point?: Point; bare?: DateToken }, to: Point, calendar: Calendar, consecutiveDays: boolean): Expression | undefined {
    let from: Point;
    if (start.point) from = { ...start.point };
    else if (to.day !== undefined && start.bare!.digits <= 2) from = { day: start.bare!.value };
    else if (to.year !== undefined && to.month === undefined && to.season === undefined && start.bare!.digits === 4) from = { year: start.bare!.value };
    else return undefined;
    if (from.day !== undefined && from.month === undefined) from.month = to.month;
    const end: Point = { ...to };
    if (!hasYear(from) && hasYear(end)) Object.assign(from, { year: end.year, yearShift: end.yearShift });
    if (!hasYear(end) && hasYear(from) && end.month !== undefined) Object.assign(end, { year: from.year, yearShift: from.yearShift });
    if (precision(from) !== precision(end) || !this.valid(from, calendar) || compare(from, end) >= 0) return undefined;
    if (consecutiveDays && (from.month !== end.month || end.day !== from.day! + 1)) return undefined;
    return { kind: 'range', from, to: end, calendar };
  }

  // ── cores: one date ────────────────────────────────────────────────────────

  /** One date at `i`. `context` says a construction around it already makes it a time (`в начале`, `с … по`). */
  private core(i: number, context: boolean): Found | undefined {
    const token = this.tokens[i];
    if (!token) return undefined;
    if (token.kind === NUMBER) {
      if (this.joinedToNumberBefore(i)) return undefined;
      return (
        this.numericDate(i) ??
        this.isoDate(i) ??
        this.numericMonth(i) ??
        this.dayFirst(i) ??
        this.yearLed(i, context) ??
        this.shortDecade(i) ??
        this.ordinalCentury(i)
      );
    }
    if (token.kind !== WORD) return undefined;
    const month = this.monthAt(i);
    if (month) return this.monthFirst(i, month, context);
    const info = token.info;
    const next = this.tokens[i + 1]?.info;
    const decade = info?.decadeWord && next?.yearsWord ? info.decadeWord : info?.yearsWord ? next?.decadeWord : undefined;
    if (decade) return { first: i, last: i + 1, expression: { kind: 'decade', firstYear: decade, centuryKnown: false }, bareYear: false };
    if (info?.monthAdjective && !token.upper) return this.monthAdjective(i, info.monthAdjective);
    if (info?.season) return this.seasonFirst(i, info.season, context);
    if (info?.seasonAdjective && this.tokens[i + 1]?.info?.monthsNoun) return this.seasonFirst(i, info.seasonAdjective, true, i + 1);
    if (info?.centuryOrdinal) {
      const last = this.wordAt(i + 1, 'centuryWord');
      return last === undefined ? undefined : century(i, last, info.centuryOrdinal, info.centuryOrdinal);
    }
    return this.romanCentury(i);
  }

  /** `18.08.1921`, `14.IX.1921`. */
  private numericDate(i: number): Found | undefined {
    const day = this.tokens[i]!;
    if (day.digits > 2 || !this.glued(i + 1, '.')) return undefined;
    const monthToken = this.tokens[i + 2];
    if (!monthToken || monthToken.spaced) return undefined;
    const month = monthToken.kind === NUMBER && monthToken.digits <= 2 ? monthToken.value : monthToken.kind === WORD ? romanValue(this.text, monthToken) : 0;
    if (!this.glued(i + 3, '.')) return undefined;
    const year = this.tokens[i + 4];
    if (!year || year.spaced || year.kind !== NUMBER || year.digits !== 4 || this.joinedToNumberAfter(i + 4)) return undefined;
    return this.finish(i, this.afterYearWord(i + 5) ?? i + 4, { day: day.value, month, year: year.value }, 'gregorian', false);
  }

  /** `1921-08-18`. */
  private isoDate(i: number): Found | undefined {
    const year = this.tokens[i]!;
    const month = this.tokens[i + 2];
    const day = this.tokens[i + 4];
    if (year.digits !== 4 || !this.glued(i + 1, '-') || !this.glued(i + 3, '-')) return undefined;
    if (month?.kind !== NUMBER || month.spaced || month.digits !== 2 || day?.kind !== NUMBER || day.spaced || day.digits !== 2) return undefined;
    if (this.joinedToNumberAfter(i + 4)) return undefined;
    return this.finish(i, i + 4, { year: year.value, month: month.value, day: day.value }, 'gregorian', false);
  }

  /** `09.1921`, as archival citations write a month. */
  private numericMonth(i: number): Found | undefined {
    const month = this.tokens[i]!;
    const year = this.tokens[i + 2];
    if (month.digits !== 2 || !this.glued(i + 1, '.') || year?.kind !== NUMBER || year.spaced || year.digits !== 4) return undefined;
    if (!inRange(year.value, BARE_YEARS) || this.joinedToNumberAfter(i + 2)) return undefined;
    return this.finish(i, this.afterYearWord(i + 3) ?? i + 2, { month: month.value, year: year.value }, 'gregorian', false);
  }

  /** A day, then its month: `16 марта 1921 г.`, `4–11 сентября`, `5 (18) января 1918`, `16th of March`. */
  private dayFirst(i: number): Found | undefined {
    const dayToken = this.tokens[i]!;
    if (dayToken.digits > 2 || dayToken.value < 1 || dayToken.value > 31) return undefined;
    const day = dayToken.value;
    let j = this.afterOrdinal(i + 1);
    let second: number | undefined;
    let secondKind: 'new style' | 'range' | undefined;
    if (this.isMark(j, '(') && this.dayNumber(j + 1) !== undefined && this.isMark(j + 2, ')')) {
      second = this.dayNumber(j + 1);
      secondKind = 'new style';
      j += 3;
    } else if (this.glued(j, '/') && this.dayNumber(j + 1) !== undefined && !this.tokens[j + 1]!.spaced) {
      second = this.dayNumber(j + 1);
      secondKind = second === day + 1 ? 'range' : 'new style';
      j += 2;
    } else if (this.isDash(j) && (this.dayNumber(j + 1) ?? 0) > day) {
      second = this.dayNumber(j + 1);
      secondKind = 'range';
      j = this.afterOrdinal(j + 2);
    }
    if (this.tokens[j]?.info?.dayMonthJoiner) j++;
    const month = this.monthAt(j);
    if (!month) return undefined;
    // `25 октября (7 ноября) 1917 г.`: the New Style day and month in parentheses.
    const newStyle = secondKind ? undefined : this.newStyleInParentheses(month.last + 1);
    if (newStyle) {
      second = newStyle.day;
      secondKind = 'new style';
    }
    const year = this.yearAfter((newStyle?.last ?? month.last) + 1);
    if (month.lowercase && year?.year === undefined) return undefined;
    const point: Point = { day, month: month.month, year: year?.year, yearShift: year?.yearShift };
    const calendar = this.calendarOf(month, point.year);
    const last = year?.last ?? newStyle?.last ?? month.last;
    if (secondKind === 'range') {
      const to = { ...point, day: second };
      if (!this.valid(point, calendar) || !this.valid(to, calendar)) return impossible(i, last);
      return { first: i, last, expression: { kind: 'range', from: point, to, calendar }, bareYear: false };
    }
    if (secondKind === 'new style') {
      // Both styles given: the second date must be the first one converted (in some century of the Old Style, when the year is left to context).
      if (calendar !== 'gregorian' || !this.valid(point, 'julian')) return undefined;
      const years = point.year === undefined ? OLD_STYLE_CENTURIES : [point.year];
      const converts = years.some((year) => {
        const converted = toGregorian('julian', { year, month: point.month!, day });
        return converted.day === second && (!newStyle || converted.month === newStyle.month);
      });
      return converts ? this.finish(i, last, point, 'julian', false) : undefined;
    }
    return this.finish(i, last, point, calendar, false) ?? impossible(i, last);
  }

  private newStyleInParentheses(j: number): { day: number; month: number; last: number } | undefined {
    const day = this.isMark(j, '(') ? this.dayNumber(j + 1) : undefined;
    const month = day === undefined ? undefined : this.monthAt(j + 2);
    if (!month || month.calendar !== 'gregorian' || !this.isMark(month.last + 1, ')')) return undefined;
    return { day: day!, month: month.month, last: month.last + 1 };
  }

  /** A month, then its day or year: `March 16, 1921`, `September 4-11, 1919`, `марте 1921 г.`, `феврале-марте 1918 году`, `в июле`. */
  private monthFirst(i: number, month: MonthName, context: boolean): Found | undefined {
    const j = month.last + 1;
    const day = month.beforeDay ? this.dayNumber(j) : undefined;
    const ordinal = this.afterOrdinal(j + 1);
    const dayTo = day !== undefined && this.isDash(ordinal) && (this.dayNumber(ordinal + 1) ?? 0) > day ? this.dayNumber(ordinal + 1) : undefined;
    if (day !== undefined && (dayTo !== undefined || !this.joinedToNumberAfter(j))) {
      const k = dayTo === undefined ? ordinal : this.afterOrdinal(ordinal + 2);
      const year = this.yearAfter(k);
      if (month.lowercase && year?.year === undefined) return undefined;
      const point: Point = { day, month: month.month, year: year?.year, yearShift: year?.yearShift };
      const calendar = this.calendarOf(month, point.year);
      const last = year?.last ?? k - 1;
      if (dayTo === undefined) return this.finish(i, last, point, calendar, false);
      const to = { ...point, day: dayTo };
      if (!this.valid(point, calendar) || !this.valid(to, calendar)) return undefined;
      return { first: i, last, expression: { kind: 'range', from: point, to, calendar }, bareYear: false };
    }
    if (this.isDash(j)) {
      const second = this.monthAt(j + 1);
      const year = second && this.yearAfter(second.last + 1);
      if (month.lowercase && year?.year === undefined) return undefined;
      if (second && second.month > month.month && year && month.calendar === 'gregorian' && second.calendar === 'gregorian') {
        const calendar = this.calendarOf(month, year.year);
        const from = { month: month.month, year: year.year, yearShift: year.yearShift };
        return { first: i, last: year.last, expression: { kind: 'range', from, to: { ...from, month: second.month }, calendar }, bareYear: false };
      }
    }
    let k = j;
    if (this.tokens[k]?.info?.monthNoun) k++; // мая месяца
    const joiner = this.tokens[k]?.info?.dayMonthJoiner ? 1 : 0; // March of 1921
    const year = this.yearAfter(k + joiner);
    if (month.lowercase && year?.year === undefined) return undefined;
    if (year) {
      const point: Point = { month: month.month, year: year.year, yearShift: year.yearShift };
      return this.finish(i, year.last, point, this.calendarOf(month, year.year), false);
    }
    // A month alone takes its year from context: only where a preposition or construction says it is a time.
    if (month.calendar !== 'gregorian' || month.ottoman) return undefined;
    if (!context && !this.temporalBefore(i)) return undefined;
    return this.finish(i, k - 1, { month: month.month }, 'gregorian', false);
  }

  /**
   * `сентябрьские дни`, `апрельских переговоров 1921 года`: a month adjective with the days, or
   * with its noun and a year. Capitalized, it names an event (`Октябрьская революция`), not a month.
   */
  private monthAdjective(i: number, month: number): Found | undefined {
    const noun = this.tokens[i + 1];
    if (noun?.kind !== WORD || noun.upper) return undefined;
    const year = this.yearAfter(i + 2);
    if (year?.year !== undefined) return this.finish(i, year.last, { month, year: year.year }, 'gregorian', false);
    if (!noun.info?.daysNoun) return undefined;
    return this.finish(i, year?.last ?? i + 1, { month, yearShift: year?.yearShift }, 'gregorian', false);
  }

  /** `летом 1921 года`, `spring of 1921`, `летние месяцы 1921 года`, `весной`. */
  private seasonFirst(i: number, season: Season, context: boolean, last = i): Found | undefined {
    const token = this.tokens[i]!;
    if (token.upper && !this.temporalBefore(i) && !context && i > 0 && this.tokens[i - 1]!.kind === WORD) return undefined;
    let k = last + 1;
    if (this.tokens[k]?.info?.monthsNoun) k++;
    const joiner = this.tokens[k]?.info?.dayMonthJoiner ? 1 : 0;
    const year = this.yearAfter(k + joiner);
    if (year) return this.finish(i, year.last, { season, year: year.year, yearShift: year.yearShift }, 'gregorian', false);
    if (!context && !token.info?.seasonAdverb && !this.temporalBefore(i) && last === i) return undefined;
    return this.finish(i, k - 1, { season }, 'gregorian', false);
  }

  /** A year, or what starts with one: `1921 г.`, `1920-х`, `1920s`, `1920–1922 гг.`, `1919 to 1941`, `1921 yazında`, `1339 h.`. */
  private yearLed(i: number, context: boolean): Found | undefined {
    const token = this.tokens[i]!;
    if (token.digits !== 3 && token.digits !== 4) return undefined;
    const year = token.value;
    if (token.digits === 4 && year % 10 === 0) {
      const ending = this.decadeEnding(i + 1);
      if (ending !== undefined) {
        const last = this.wordAt(ending + 1, 'yearsWord') ?? ending;
        return { first: i, last, expression: { kind: 'decade', firstYear: year, centuryKnown: true }, bareYear: false };
      }
    }
    const range = this.yearRange(i);
    if (range) return range;
    const next = this.tokens[i + 1];
    const season = next?.kind === WORD ? next.info?.seasonAfterYear : undefined;
    if (season && token.digits === 4) return this.finish(i, i + 1, { year, season }, 'gregorian', false);
    // `1337 R.` is Rumi, `1337 r.` a Polish year: the Turkish note is written in capitals.
    const note = this.calendarNote(i + 1);
    const hijri = note?.calendar === 'hijri';
    if (note && (hijri || (note.calendar === 'rumi' && this.tokens[i + 1]!.upper)) && inRange(year, CALENDAR_YEARS[note.calendar])) {
      return this.finish(i, i, { year }, 'gregorian', false);
    }
    // `1921 г.`, `1921-м году`: a year word, perhaps after an ordinal ending.
    const ordinal = this.afterOrdinal(i + 1);
    const marker = this.wordAt(ordinal, 'yearWord') ?? this.wordAt(ordinal, 'yearsWord');
    if (marker !== undefined) return inRange(year, MARKED_YEARS) ? this.finish(i, marker, { year }, 'gregorian', false) : undefined;
    if (token.digits !== 4 || ordinal > i + 1) return undefined;
    const preposition = this.temporalBefore(i);
    if (!this.acceptBareYear(i, context || preposition)) return undefined;
    return this.finish(i, i, { year }, 'gregorian', !context && !preposition);
  }

  /** `1920–1922`, `1919-22`, `1920/21`, `1919 to 1941`, with `гг.` after. */
  private yearRange(i: number): Found | undefined {
    const from = this.tokens[i]!;
    const joiner = this.tokens[i + 1];
    const dash = this.isDash(i + 1) || this.glued(i + 1, '/');
    if (from.digits !== 4 || !(dash || (joiner?.kind === WORD && joiner.info?.rangeCloser))) return undefined;
    if (this.referenceBefore(i)) return undefined;
    const end = this.tokens[i + 2];
    if (end?.kind !== NUMBER || this.joinedToNumberAfter(i + 2)) return undefined;
    let to: number;
    if (end.digits === 4) to = end.value;
    else if (end.digits === 2 && dash && !joiner!.spaced && !end.spaced) to = from.value - (from.value % 100) + end.value;
    else return undefined;
    if (to <= from.value || to - from.value > 300 || !inRange(from.value, CONTEXT_YEARS) || !inRange(to, CONTEXT_YEARS)) return undefined;
    const last = this.wordAt(i + 3, 'yearsWord') ?? this.wordAt(i + 3, 'yearWord') ?? i + 2;
    return { first: i, last, expression: { kind: 'range', from: { year: from.value }, to: { year: to }, calendar: 'gregorian' }, bareYear: false };
  }

  /** `20-х годов`: a decade whose century the context gives. */
  private shortDecade(i: number): Found | undefined {
    const token = this.tokens[i]!;
    if (token.digits !== 2 || token.value % 10 !== 0) return undefined;
    const ending = this.decadeEnding(i + 1);
    const last = ending === undefined ? undefined : this.wordAt(ending + 1, 'yearsWord');
    if (last === undefined) return undefined;
    return { first: i, last, expression: { kind: 'decade', firstYear: token.value, centuryKnown: false }, bareYear: false };
  }

  /** `20th century`, `20. yüzyıl`. */
  private ordinalCentury(i: number): Found | undefined {
    const token = this.tokens[i]!;
    if (token.digits > 2 || token.value < 1 || token.value > 21) return undefined;
    const next = this.tokens[i + 1];
    if (!next || next.spaced) return undefined;
    const marked = (next.kind === WORD && next.info?.ordinalEnding) || (next.kind === MARK && next.key === '.');
    const last = marked ? this.wordAt(i + 2, 'centuryWord') : undefined;
    return last === undefined ? undefined : century(i, last, token.value, token.value);
  }

  /** `XX век`, `XIX–XX вв.`, `XX. yüzyıl`. */
  private romanCentury(i: number): Found | undefined {
    const from = romanValue(this.text, this.tokens[i]!);
    if (!from || from > 21) return undefined;
    let j = i + 1;
    let to = from;
    if (this.isDash(j)) {
      const second = this.tokens[j + 1] && romanValue(this.text, this.tokens[j + 1]!);
      if (second && second > from && second <= 21) {
        to = second;
        j += 2;
      }
    }
    if (this.glued(j, '.') && this.tokens[j + 1]?.spaced) j++;
    const last = this.wordAt(j, 'centuryWord');
    return last === undefined ? undefined : century(i, last, from, to);
  }

  // ── pieces ─────────────────────────────────────────────────────────────────

  /** Checks the date, then takes a calendar note after it (`ст. ст.`, `(O.S.)`, `R.`). */
  private finish(first: number, last: number, point: Point, calendar: Calendar, bareYear: boolean): Found | undefined {
    let end = last;
    const note = this.calendarNote(last + 1);
    if (note) {
      // A note confirms a calendar its month names already gave (`1 Ramazan 1339 h.`), or sets one.
      const fits =
        note.calendar === calendar ||
        (calendar === 'gregorian' &&
          (note.calendar === 'julian'
            ? point.month !== undefined || point.year !== undefined
            : note.calendar !== 'gregorian' && point.year !== undefined && point.season === undefined && inRange(point.year, CALENDAR_YEARS[note.calendar])));
      if (fits) {
        calendar = note.calendar;
        end = note.last;
      }
    }
    if (!this.valid(point, calendar)) return undefined;
    return { first, last: end, expression: { kind: 'point', point, calendar }, bareYear: bareYear && end === last };
  }

  private calendarNote(j: number): { calendar: Calendar; last: number } | undefined {
    const open = this.isMark(j, '(') ? 1 : 0;
    const token = this.tokens[j + open];
    for (const phrase of token?.kind === WORD ? (token.info?.phrases ?? []) : []) {
      if (phrase.meaning.kind !== 'calendarAfter') continue;
      const match = this.matchPhrase(j + open, phrase);
      if (!match) continue;
      if (open && !this.isMark(match.last + 1, ')')) continue;
      return { calendar: phrase.meaning.calendar, last: match.last + open };
    }
    return undefined;
  }

  /** Rumi by name or by year (a Turkish month with a year before 1346 is Rumi), Hijri by name. */
  private calendarOf(month: MonthName, year: number | undefined): Calendar {
    if (month.calendar !== 'gregorian') return month.calendar;
    return month.ottoman && year !== undefined && inRange(year, CALENDAR_YEARS.rumi) ? 'rumi' : 'gregorian';
  }

  private valid(point: Point, calendar: Calendar): boolean {
    const { year, month, day } = point;
    if (year !== undefined && !inRange(year, CALENDAR_YEARS[calendar])) return false;
    if (month !== undefined && (month < 1 || month > 12)) return false;
    if (day === undefined) return true;
    // Without a year, 29 February stands (a leap year is possible).
    return month !== undefined && day >= 1 && day <= daysInMonth(calendar, year ?? leapYearOf(calendar), month);
  }

  /** A year after a day or month: `, 1921`, `1921 г.`, or a year reference (`того же года`). */
  private yearAfter(j: number): YearAfter | undefined {
    const comma = this.isMark(j, ',') && this.tokens[j + 1]?.kind === NUMBER && this.tokens[j + 1]!.digits === 4 ? 1 : 0;
    const token = this.tokens[j + comma];
    if (token?.kind === NUMBER && (token.digits === 4 || token.digits === 3) && !this.joinedToNumberAfter(j + comma)) {
      const marker = this.wordAt(this.afterOrdinal(j + comma + 1), 'yearWord');
      if (token.digits === 3 && marker === undefined) return undefined;
      if (this.joinedToWordAfter(j + comma) && marker === undefined) return undefined;
      return { year: token.value, last: marker ?? j + comma };
    }
    const first = this.tokens[j];
    for (const phrase of first?.kind === WORD ? (first.info?.phrases ?? []) : []) {
      if (phrase.meaning.kind !== 'yearReference') continue;
      const match = this.matchPhrase(j, phrase);
      if (match) return { yearShift: phrase.meaning.shift, last: match.last };
    }
    return undefined;
  }

  private monthAt(j: number): MonthName | undefined {
    const token = this.tokens[j];
    if (!token || token.kind !== WORD) return undefined;
    const dotted = token.dotted && this.glued(j + 1, '.') ? token.dotted : undefined;
    const info = dotted && (dotted.month || dotted.rumiMonth || dotted.hijriMonth) ? dotted : token.info;
    if (!info) return undefined;
    const last = info === dotted ? j + 1 : j;
    const beforeDay = !!info.monthBeforeDay;
    const lowercase = !token.upper;
    if (info.month) return { month: info.month, calendar: 'gregorian', ottoman: !!info.ottomanMonth, beforeDay, lowercase: lowercase && !!info.capitalMonth, last };
    if (info.rumiMonth) return { month: info.rumiMonth, calendar: 'rumi', ottoman: true, beforeDay, lowercase, last };
    if (info.hijriMonth) return { month: info.hijriMonth, calendar: 'hijri', ottoman: false, beforeDay, lowercase, last };
    return undefined;
  }

  /** The last token of a word in the role at `j` (`г.` with its period), if it is one. */
  private wordAt(j: number, role: 'yearWord' | 'yearsWord' | 'centuryWord'): number | undefined {
    const token = this.tokens[j];
    if (!token || token.kind !== WORD) return undefined;
    if (token.dotted?.[role] && this.glued(j + 1, '.')) return j + 1;
    return token.info?.[role] ? j : undefined;
  }

  private afterYearWord(j: number): number | undefined {
    return this.wordAt(j, 'yearWord');
  }

  /** The last token of a decade ending after a year: `-х`, `-е`, `s`, `'ler`. */
  private decadeEnding(j: number): number | undefined {
    const token = this.tokens[j];
    if (!token || token.spaced) return undefined;
    if (token.kind === WORD) return token.info?.decadeEnding ? j : undefined;
    const next = this.tokens[j + 1];
    const joined = token.kind === MARK && (DASHES.has(token.key) || APOSTROPHES.has(token.key));
    return joined && next?.kind === WORD && !next.spaced && next.info?.decadeEnding ? j + 1 : undefined;
  }

  private afterOrdinal(j: number): number {
    const token = this.tokens[j];
    if (token?.kind === WORD && !token.spaced && token.info?.ordinalEnding) return j + 1;
    const next = this.tokens[j + 1];
    if (this.glued(j, '-') && next?.kind === WORD && !next.spaced && next.info?.ordinalEnding) return j + 2;
    return j;
  }

  private dayNumber(j: number): number | undefined {
    const token = this.tokens[j];
    return token?.kind === NUMBER && token.digits <= 2 && token.value >= 1 && token.value <= 31 ? token.value : undefined;
  }

  /** A count for `{n}`: a small number, or a number word (Russian ones in any case, through their lemma). */
  private countAt(j: number): number | undefined {
    const token = this.tokens[j];
    if (!token) return undefined;
    if (token.kind === NUMBER) return token.digits <= 3 && token.value > 0 ? token.value : undefined;
    if (token.kind !== WORD || !token.key) return undefined;
    if (token.info?.count !== undefined) return token.info.count;
    return this.morphology && this.vocabulary.mayCount(token.key) ? this.vocabulary.lookup(this.morphology.lemma(token.key))?.count : undefined;
  }

  private startsDay(j: number): boolean {
    return this.dayNumber(j) !== undefined;
  }

  private temporalBefore(i: number): boolean {
    const before = this.tokens[i - 1];
    return before?.kind === WORD && !!before.info?.temporal;
  }

  /**
   * A bare four-digit number is a year unless what surrounds it says otherwise: a page, volume
   * or file mark before it (`С. 1921`, `Д. 2140`), letters or digits glued to it (`Ту-1954`,
   * `A1921`, `1921,5`), a sign (`№`, `%`), digit groups (`1921 000`), or a counted noun after it
   * (`1921 винтовок`) when nothing before it makes it a time.
   */
  private acceptBareYear(i: number, context: boolean): boolean {
    const token = this.tokens[i]!;
    if (!inRange(token.value, context ? CONTEXT_YEARS : BARE_YEARS)) return false;
    if ((!context && (this.referenceBefore(i) || this.codeBefore(i))) || this.joinedToWordAfter(i) || this.joinedToNumberAfter(i)) return false;
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    if (before) {
      if (!token.spaced && before.kind === WORD) return false;
      if (before.kind === MARK && NUMBER_SIGNS.has(before.key)) return false;
      if (!token.spaced && DASHES.has(before.key) && this.tokens[i - 2]?.kind === WORD && !before.spaced) return false;
      if (before.kind === NUMBER && before.digits <= 3) return false;
    }
    if (after) {
      if (after.kind === MARK && !after.spaced && PER.has(after.key)) return false;
      if (after.kind === NUMBER && after.digits === 3) return false;
      if (after.kind === WORD && (after.info?.scale || after.dotted?.scale || this.hasLemma(after, 'scale'))) return false;
      if (!context && after.kind === WORD && !after.upper && this.countsWord(i)) return false;
    }
    return true;
  }

  /** An abbreviation in capitals before a number makes it a code: `SU 1921`, `FOUO 1982`. */
  private codeBefore(i: number): boolean {
    const before = this.tokens[i - 1];
    if (before?.kind !== WORD || before.end - before.start < 2 || romanValue(this.text, before) > 0) return false;
    const word = this.text.slice(before.start, before.end);
    return word === word.toUpperCase() && word !== word.toLowerCase();
  }

  /** The number at `i` counts the word after it (`1921 винтовок`, `sent 1921 rifles`). */
  private countsWord(i: number): boolean {
    const word = this.tokens[i + 1]!;
    if (word.info?.yearWord || word.info?.yearsWord) return false;
    const raw = this.text.slice(word.start, word.end);
    if (isCyrillic(raw.charCodeAt(0))) return this.morphology?.isCountedNoun(this.tokens[i]!.value, raw) ?? false;
    const before = this.tokens[i - 1];
    const plural = !!word.info?.irregularPlural || /^[a-z]+[^su]s$/.test(raw);
    return plural && before?.kind === WORD && !before.info?.temporal && !before.info?.determiner;
  }

  /** A page, volume, file or article number: `С. 1921`, `Д. 2140`, `№ 1921`, `статья 1921`, `page 1921`. */
  private referenceBefore(i: number): boolean {
    const before = this.tokens[i - 1];
    if (before?.kind === WORD) return !!before.info?.numberedNoun || this.hasLemma(before, 'numberedNoun');
    if (before?.kind !== MARK) return false;
    if (NUMBER_SIGNS.has(before.key)) return true;
    const word = this.tokens[i - 2];
    return before.key === '.' && !before.spaced && word?.kind === WORD && !!word.dotted?.reference;
  }

  /** A Russian word whose lemma has the role (`статьи` → `статья`), when the morphology is loaded. */
  private hasLemma(token: DateToken, role: 'numberedNoun' | 'scale'): boolean {
    if (!this.morphology || !isCyrillic(this.text.charCodeAt(token.start))) return false;
    return !!this.vocabulary.lookup(this.morphology.lemma(this.text.slice(token.start, token.end).toLowerCase()))?.[role];
  }

  /** Part of a longer figure before `i`: `20.000`, `0002-1481`, `3/82`, `A2`. */
  private joinedToNumberBefore(i: number): boolean {
    const token = this.tokens[i]!;
    if (token.spaced || i === 0) return false;
    const before = this.tokens[i - 1]!;
    if (before.kind === WORD || before.kind === NUMBER) return true;
    const earlier = this.tokens[i - 2];
    return before.kind === MARK && NUMBER_JOINERS.has(before.key) && !before.spaced && earlier?.kind === NUMBER;
  }

  /** Part of a longer figure after `j`: `1921,5`, `1921-0528`, `1921.12`. */
  private joinedToNumberAfter(j: number): boolean {
    const after = this.tokens[j + 1];
    const further = this.tokens[j + 2];
    if (after && !after.spaced && after.kind === NUMBER) return true;
    return !!after && !after.spaced && after.kind === MARK && NUMBER_JOINERS.has(after.key) && further?.kind === NUMBER && !further.spaced;
  }

  /** Letters glued after a number (`1921abc`), unless they are a year or decade ending. */
  private joinedToWordAfter(j: number): boolean {
    const after = this.tokens[j + 1];
    return !!after && !after.spaced && after.kind === WORD && !after.info?.yearWord && !after.info?.decadeEnding;
  }

  private isMark(j: number, key: string): boolean {
    const token = this.tokens[j];
    return token?.kind === MARK && token.key === key;
  }

  private glued(j: number, key: string): boolean {
    const token = this.tokens[j];
    return token?.kind === MARK && token.key === key && !token.spaced;
  }

  private isDash(j: number): boolean {
    const token = this.tokens[j];
    return token?.kind === MARK && DASHES.has(token.key);
  }
}

/** The longer of two matches; the earlier found on a tie. */
function longer(best: Found | undefined, candidate: Found | undefined): Found | undefined {
  return candidate && (!best || candidate.last > best.last) ? candidate : best;
}

function impossible(first: number, last: number): Found {
  return { first, last, expression: { kind: 'impossible' }, bareYear: false };
}

function century(first: number, last: number, from: number, to: number): Found {
  return { first, last, expression: { kind: 'century', from, to }, bareYear: false };
}

function inRange(value: number, [low, high]: readonly [number, number]): boolean {
  return value >= low && value <= high;
}

function hasYear(point: Point): boolean {
  return point.year !== undefined || point.yearShift !== undefined;
}

function precision(point: Point): 'day' | 'month' | 'season' | 'year' {
  return point.day !== undefined ? 'day' : point.month !== undefined ? 'month' : point.season !== undefined ? 'season' : 'year';
}

/** Order of two points of one precision; a missing year counts as the same year. */
function compare(a: Point, b: Point): number {
  const year = (p: Point) => p.year ?? p.yearShift ?? 0;
  return year(a) - year(b) || (a.month ?? a.season ?? 0) - (b.month ?? b.season ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** A leap year of the calendar, for checking 29 February when the year is unknown. */
function leapYearOf(calendar: Calendar): number {
  return calendar === 'hijri' ? 1340 : calendar === 'rumi' ? 1335 : 2000;
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

/** The value of a Roman digit in capitals (Cyrillic Х and І stand for X and I), 0 for any other character. */
function romanDigit(code: number): number {
  switch (code) {
    case 0x49: // I
    case 0x406: // І
      return 1;
    case 0x56: // V
      return 5;
    case 0x58: // X
    case 0x425: // Х
      return 10;
    case 0x4c: // L
      return 50;
    case 0x43: // C
      return 100;
    default:
      return 0;
  }
}

/** The value of a Roman numeral in capitals, 0 if the word is none (or not a well-formed one: `IIX`). */
function romanValue(text: string, token: DateToken): number {
  if (token.kind !== WORD || token.end - token.start > 7) return 0;
  let total = 0;
  let previous = 0;
  let written = '';
  for (let i = token.end - 1; i >= token.start; i--) {
    const value = romanDigit(text.charCodeAt(i));
    if (!value) return 0;
    written = (value === 1 ? 'I' : value === 5 ? 'V' : value === 10 ? 'X' : value === 50 ? 'L' : 'C') + written;
    if (value < previous) total -= value;
    else {
      total += value;
      previous = value;
    }
  }
  return toRoman(total) === written ? total : 0;
}

function toRoman(value: number): string {
  const numerals: ReadonlyArray<readonly [number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let written = '';
  for (const [size, numeral] of numerals) {
    while (value >= size) {
      written += numeral;
      value -= size;
    }
  }
  return written;
}
