/**
 * What a language tells the date recognizer. Words are written as they appear in text; the
 * recognizer folds case and diacritics, so `Kânunuevvel` also matches `kanunuevvel`.
 * A word written with a final period (`янв.`, `Sept.`) is an abbreviation and is only taken
 * with its period. Phrases are words separated by spaces; `{n}` stands for a count (a number,
 * or a number word of the language's `numbers.ts`) and `{unit}` for a unit of time (`день`, `weeks`).
 */

export type Part = 'early' | 'middle' | 'late' | 'firstHalf' | 'secondHalf';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** Spring, summer, autumn, winter, as EDTF numbers them (21–24). */
export type Season = 21 | 22 | 23 | 24;

export interface SeasonWords {
  spring: readonly string[];
  summer: readonly string[];
  autumn: readonly string[];
  winter: readonly string[];
}

/** A phrase that moves from the date the text is talking about: `на следующий день` is one day after it. */
export interface RelativePhrase {
  phrase: string;
  unit?: TimeUnit;
  /** Units moved (times `{n}` when the phrase has one); 0 for `в тот же день`. */
  shift: number;
}

export interface DateVocabulary {
  /** Forms of each month name (every case the language declines it to), January first. */
  months: ReadonlyArray<readonly string[]>;
  /** Month names are capitalized proper nouns (English, Turkish): lower-case `may` or `ocak` is not a month. */
  capitalizedMonths: boolean;
  /** The day may follow the month (`March 16, 1921`). */
  monthBeforeDay?: boolean;
  /** The Ottoman fiscal (Rumi) calendar names its months so too: with a Rumi year (before 1346) they date by it. */
  rumiNames?: boolean;
  /** Months of the Ottoman fiscal (Rumi) calendar that the Gregorian calendar does not name, by Julian month number. */
  rumiMonths?: ReadonlyArray<readonly [month: number, forms: readonly string[]]>;
  /** Months of the Islamic calendar, Muharram first. */
  hijriMonths?: ReadonlyArray<readonly string[]>;
  /** Adjectives of months (`апрельских переговоров 1921 года`), as stems and the endings they take, January first. */
  monthAdjectives?: { stems: readonly string[]; endings: readonly string[] };
  /** The plural noun "days" after a month adjective (`сентябрьские дни`). */
  daysNouns?: readonly string[];
  /** Decades by their ordinal word, which a years word goes with (`двадцатые годы`, `latach dwudziestych`). */
  decadeWords?: ReadonlyArray<readonly [decade: number, forms: readonly string[]]>;
  /** Season nouns in every case. */
  seasons: SeasonWords;
  /** Season forms that mean "in that season" on their own (`летом`, `latem`). */
  seasonAdverbs: readonly string[];
  /** Season forms that follow a year (`1921 yazında`). */
  seasonsAfterYear?: SeasonWords;
  /** Season adjectives that make a season with `monthsNouns` (`летние месяцы`). */
  seasonAdjectives?: SeasonWords;
  /** The plural noun "months", after a season adjective or season. */
  monthsNouns: readonly string[];
  /** The noun "month" after a month name (`мая месяца`). */
  monthNouns: readonly string[];
  /** Words after a year that mark it as one (`г.`, `года`, `roku`, `yılında`). */
  yearWords: readonly string[];
  /** Words after a span of years or a decade (`гг.`, `годы`, `годах`). */
  yearsWords: readonly string[];
  /** Words after a century number (`век`, `в.`, `century`, `yüzyıl`). */
  centuryWords: readonly string[];
  /** Ordinal words that number a century (`twentieth`), by value. */
  centuryOrdinals?: ReadonlyArray<readonly [value: number, word: string]>;
  /** Endings after a number that make it an ordinal day or century (`th`, `го`). */
  ordinalEndings: readonly string[];
  /** Endings after a decade's first year (`1920-х`, `1920s`, `1920'ler`). */
  decadeEndings: readonly string[];
  /** Prepositions before which a month, season or number is a time (`в`, `in`, `since`). */
  temporalPrepositions: readonly string[];
  /** Words that may stand between a day and its month (`the 16th of March`). */
  dayMonthJoiners?: readonly string[];
  /** Determiners before a number that make it a modifier, so a year (`the 1921 elections`), not a count. */
  determiners?: readonly string[];
  /** Words before a year that make it approximate (`c. 1921`). */
  approximations?: readonly string[];
  /** Words that open a span of dates (`с`, `from`) and close it (`по`, `to`). */
  rangeOpeners: readonly string[];
  rangeClosers: readonly string[];
  /** `между … и`, `between … and`. */
  betweenWords: readonly string[];
  andWords: readonly string[];
  /** Joins two consecutive days of one night: `с 16 на 17`. */
  nightJoiners?: readonly string[];
  /** Phrases that open a night (`в ночь`, `the night of`). */
  nightPhrases: readonly string[];
  /** Phrases that take a part of what follows (`в начале`, `the end of`, `early`). */
  parts: Readonly<Record<Part, readonly string[]>>;
  /** Phrases that take the first or last days of a month (`в первых числах`). */
  monthDayParts?: Readonly<Partial<Record<Part, readonly string[]>>>;
  /** Phrases that take ten days of a month from the `{n}`th (`в {n}-х числах`). */
  dayDecades?: readonly string[];
  /** Phrases in place of a year, relative to the year the text is talking about (`того же года`: 0). */
  yearReferences: ReadonlyArray<readonly [phrase: string, shift: number]>;
  /** Phrases before a month or season: the next one after the date in context, or the one of its year. */
  followingPhrases: readonly string[];
  samePhrases: readonly string[];
  relative: readonly RelativePhrase[];
  /** Relative phrases ending in "before"/"after", which only count when nothing that could be an event follows. */
  relativeBeforeAfter?: readonly RelativePhrase[];
  /** Units of time in every form, for `{unit}`. */
  units: ReadonlyArray<readonly [unit: TimeUnit, forms: readonly string[]]>;
  /** Calendar notes after a date (`ст. ст.`, `O.S.`, `R.`) or before a year (`H.`). */
  calendarsAfter: ReadonlyArray<readonly [phrase: string, calendar: 'julian' | 'gregorian' | 'rumi' | 'hijri']>;
  calendarsBefore?: ReadonlyArray<readonly [phrase: string, calendar: 'rumi' | 'hijri']>;
}
