/**
 * The date words of every language merged into one table, keyed by folded form: the grammar
 * looks each word up once, whatever the language of the passage (citations mix languages).
 * Multi-word phrases are kept under their first word, longest first.
 */
import type { Calendar } from '../../model.js';
import type { DateVocabulary, Part, RelativePhrase, Season, SeasonWords, TimeUnit } from '../../lang/dates.js';
import type { SentenceAbbreviations } from '../../lang/abbreviations.js';
import { abbreviations as enAbbreviations } from '../../lang/en/abbreviations.js';
import { abbreviations as plAbbreviations } from '../../lang/pl/abbreviations.js';
import { abbreviations as ruAbbreviations } from '../../lang/ru/abbreviations.js';
import { abbreviations as trAbbreviations } from '../../lang/tr/abbreviations.js';
import { dateVocabulary as en } from '../../lang/en/dates.js';
import { dateVocabulary as pl } from '../../lang/pl/dates.js';
import { dateVocabulary as ru } from '../../lang/ru/dates.js';
import { dateVocabulary as tr } from '../../lang/tr/dates.js';
import {
  articles,
  countWords as enCountWords,
  numberedNouns as enNumberedNouns,
  scaleAbbreviations as enScaleAbbreviations,
  scaleWords as enScaleWords,
} from '../../lang/en/numbers.js';
import { irregularPlurals } from '../../lang/en/units.js';
import {
  countWords as ruCountWords,
  numberedNouns as ruNumberedNouns,
  scaleAbbreviations as ruScaleAbbreviations,
  scaleNouns as ruScaleNouns,
} from '../../lang/ru/numbers.js';
import { fold } from '../../search/analyzer.js';
import { MARK, NUMBER, tokenize, WORD, type WordTable } from './tokens.js';

export type PhraseMeaning =
  | { kind: 'part'; part: Part }
  | { kind: 'monthDays'; part: Part }
  | { kind: 'dayDecade' }
  | { kind: 'night' }
  | { kind: 'yearReference'; shift: number }
  | { kind: 'following' }
  | { kind: 'same' }
  | { kind: 'relative'; unit?: TimeUnit; shift: number; endsInBeforeOrAfter: boolean }
  | { kind: 'calendarAfter'; calendar: Calendar }
  | { kind: 'calendarBefore'; calendar: 'rumi' | 'hijri' }
  | { kind: 'approximately' };

/** Placeholders in phrases. */
export const COUNT = '{n}';
export const UNIT = '{unit}';

export interface Phrase {
  /** Folded words and marks, or a placeholder. */
  keys: readonly string[];
  meaning: PhraseMeaning;
}

export interface WordInfo {
  month?: number;
  /** The month name must be capitalized (English, Turkish). */
  capitalMonth?: boolean;
  /** The language writes the day after the month (`March 16`). */
  monthBeforeDay?: boolean;
  /** A Turkish month name, which the Rumi calendar shares. */
  ottomanMonth?: boolean;
  monthAdjective?: number;
  daysNoun?: boolean;
  decadeWord?: number;
  rumiMonth?: number;
  hijriMonth?: number;
  season?: Season;
  seasonAdverb?: boolean;
  seasonAfterYear?: Season;
  seasonAdjective?: Season;
  monthsNoun?: boolean;
  monthNoun?: boolean;
  yearWord?: boolean;
  yearsWord?: boolean;
  centuryWord?: boolean;
  centuryOrdinal?: number;
  ordinalEnding?: boolean;
  decadeEnding?: boolean;
  temporal?: boolean;
  rangeOpener?: boolean;
  rangeCloser?: boolean;
  between?: boolean;
  and?: boolean;
  nightJoiner?: boolean;
  dayMonthJoiner?: boolean;
  determiner?: boolean;
  unit?: TimeUnit;
  count?: number;
  /** An abbreviation that leads into a page, volume or file number (`С.`, `Vol.`, `Д.`). */
  reference?: boolean;
  /** A noun whose number is a label (`статья 5`, `page 12`); Russian ones by lemma. */
  numberedNoun?: boolean;
  /** A multiplier after a number (`тыс.`, `million`, `тысяча` by lemma): the number is an amount. */
  scale?: boolean;
  /** An English plural no `-s` shows (`men`, `people`). */
  irregularPlural?: boolean;
  /** Phrases that begin with this word, longest first. */
  phrases?: Phrase[];
  /** The same phrases by the key of their second word (`''` for one-word phrases, or a placeholder). */
  phrasesByNext?: Map<string, Phrase[]>;
  /** A date may begin with this word. */
  starts?: boolean;
}

type Flag = {
  [K in keyof WordInfo]-?: NonNullable<WordInfo[K]> extends boolean ? K : never;
}[keyof WordInfo];

const LANGUAGES: readonly DateVocabulary[] = [ru, en, tr, pl];
const ABBREVIATIONS: readonly SentenceAbbreviations[] = [ruAbbreviations, enAbbreviations, trAbbreviations, plAbbreviations];
const SEASONS: ReadonlyArray<readonly [keyof SeasonWords, Season]> = [['spring', 21], ['summer', 22], ['autumn', 23], ['winter', 24]];

export class Vocabulary implements WordTable<WordInfo> {
  private readonly words = new Map<string, WordInfo>();
  /**
   * A one-hash Bloom filter of the shapes (first three code units and length) of every word and
   * phrase word: one array read tells most words of a passage that they are not date words.
   */
  private readonly shapes = new Uint8Array(SHAPE_BITS / 8);
  private readonly countBeginnings = new Set<number>();
  /** Phrases that begin with a count or a unit (`через {n} {unit}`, `{n} {unit} later`). */
  readonly countPhrases: Phrase[] = [];
  readonly unitPhrases: Phrase[] = [];

  constructor() {
    for (const language of LANGUAGES) this.add(language);
    for (const abbreviations of ABBREVIATIONS) {
      for (const word of abbreviations.numbered) this.entry(`${word}.`).reference = true;
    }
    for (const [word, value] of [...enCountWords, ...ruCountWords]) {
      this.entry(word).count = value;
      this.countBeginnings.add(beginning(word));
    }
    for (const article of articles) this.entry(article).count = 1;
    for (const noun of [...enNumberedNouns, ...[...enNumberedNouns].map((noun) => `${noun}s`), ...ruNumberedNouns]) this.entry(noun).numberedNoun = true;
    const scales = [...ruScaleAbbreviations.keys(), ...enScaleAbbreviations.keys(), ...ruScaleNouns.keys(), ...enScaleWords.keys()];
    for (const scale of [...scales, ...[...enScaleWords.keys()].map((word) => `${word}s`)]) this.entry(scale).scale = true;
    for (const plural of irregularPlurals.keys()) this.entry(plural).irregularPlural = true;
    for (const info of this.words.values()) {
      info.phrases?.sort((a, b) => b.keys.length - a.keys.length);
      info.phrasesByNext = info.phrases && groupBy(info.phrases, (phrase) => phrase.keys[1] ?? '');
      info.starts = this.startsDates(info);
    }
    for (const key of this.words.keys()) this.begins(key);
    for (const phrase of [...this.countPhrases, ...this.unitPhrases, ...[...this.words.values()].flatMap((info) => info.phrases ?? [])]) {
      for (const key of phrase.keys) this.begins(key);
    }
    this.countPhrases.sort((a, b) => b.keys.length - a.keys.length);
    this.unitPhrases.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** What the table says of a folded word (`сентября`) or an abbreviation with its period (`г.`). */
  lookup(key: string): WordInfo | undefined {
    return this.words.get(key);
  }

  /** A number word in some form, by the first two letters its forms keep (`двух`, `трёх`: ask the morphology for the lemma). */
  mayCount(key: string): boolean {
    return key.length > 1 && this.countBeginnings.has(beginning(key));
  }

  mayBe(first: number, second: number, third: number, length: number): boolean {
    const bit = shapeBit(first, second, third, length);
    return (this.shapes[bit >>> 3]! & (1 << (bit & 7))) !== 0 || this.countBeginnings.has(first * 0x10000 + second);
  }

  private startsDates(info: WordInfo): boolean {
    return !!(
      info.month || info.rumiMonth || info.hijriMonth || info.monthAdjective || info.season || info.seasonAdjective ||
      info.decadeWord || info.yearsWord || info.centuryOrdinal || info.phrases || info.rangeOpener || info.between ||
      (info.unit && this.unitPhrases.length) || (info.count !== undefined && this.countPhrases.length)
    );
  }

  private begins(key: string): void {
    const word = key.endsWith('.') && key.length > 1 ? key.slice(0, -1) : key;
    if (word === COUNT || word === UNIT || word.length === 0) return;
    const bit = shapeBit(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0, word.length > 2 ? word.charCodeAt(2) : 0, word.length);
    this.shapes[bit >>> 3]! |= 1 << (bit & 7);
  }

  private add(language: DateVocabulary): void {
    language.months.forEach((forms, index) => {
      for (const form of forms) {
        const info = this.entry(form);
        info.month = index + 1;
        if (language.capitalizedMonths) info.capitalMonth = true;
        if (language.monthBeforeDay) info.monthBeforeDay = true;
        if (language.rumiNames) info.ottomanMonth = true;
      }
    });
    language.monthAdjectives?.stems.forEach((stem, index) => {
      for (const ending of language.monthAdjectives!.endings) this.entry(stem + ending).monthAdjective = index + 1;
    });
    this.flag(language.daysNouns ?? [], 'daysNoun');
    for (const [decade, forms] of language.decadeWords ?? []) for (const form of forms) this.entry(form).decadeWord = decade;
    for (const [month, forms] of language.rumiMonths ?? []) for (const form of forms) this.entry(form).rumiMonth = month;
    language.hijriMonths?.forEach((forms, index) => {
      for (const form of forms) {
        const info = this.entry(form);
        info.hijriMonth = index + 1;
        if (language.monthBeforeDay) info.monthBeforeDay = true;
      }
    });
    for (const [name, season] of SEASONS) {
      for (const form of language.seasons[name]) this.entry(form).season = season;
      for (const form of language.seasonAdjectives?.[name] ?? []) this.entry(form).seasonAdjective = season;
      for (const form of language.seasonsAfterYear?.[name] ?? []) this.entry(form).seasonAfterYear = season;
    }
    for (const form of language.seasonAdverbs) this.entry(form).seasonAdverb = true;
    this.flag(language.monthsNouns, 'monthsNoun');
    this.flag(language.monthNouns, 'monthNoun');
    this.flag(language.yearWords, 'yearWord');
    this.flag(language.yearsWords, 'yearsWord');
    this.flag(language.centuryWords, 'centuryWord');
    this.flag(language.ordinalEndings, 'ordinalEnding');
    this.flag(language.decadeEndings, 'decadeEnding');
    this.flag(language.temporalPrepositions, 'temporal');
    this.flag(language.rangeOpeners, 'rangeOpener');
    this.flag(language.rangeClosers, 'rangeCloser');
    this.flag(language.betweenWords, 'between');
    this.flag(language.andWords, 'and');
    this.flag(language.nightJoiners ?? [], 'nightJoiner');
    this.flag(language.dayMonthJoiners ?? [], 'dayMonthJoiner');
    this.flag(language.determiners ?? [], 'determiner');
    for (const [value, word] of language.centuryOrdinals ?? []) this.entry(word).centuryOrdinal = value;
    for (const [unit, forms] of language.units) for (const form of forms) this.entry(form).unit = unit;

    for (const phrase of language.nightPhrases) this.phrase(phrase, { kind: 'night' });
    for (const [part, phrases] of Object.entries(language.parts) as Array<[Part, readonly string[]]>) {
      for (const phrase of phrases) this.phrase(phrase, { kind: 'part', part });
    }
    for (const [part, phrases] of Object.entries(language.monthDayParts ?? {}) as Array<[Part, readonly string[]]>) {
      for (const phrase of phrases) this.phrase(phrase, { kind: 'monthDays', part });
    }
    for (const phrase of language.dayDecades ?? []) this.phrase(phrase, { kind: 'dayDecade' });
    for (const [phrase, shift] of language.yearReferences) this.phrase(phrase, { kind: 'yearReference', shift });
    for (const phrase of language.followingPhrases) this.phrase(phrase, { kind: 'following' });
    for (const phrase of language.samePhrases) this.phrase(phrase, { kind: 'same' });
    const relative = (endsInBeforeOrAfter: boolean) => (entry: RelativePhrase) =>
      this.phrase(entry.phrase, { kind: 'relative', unit: entry.unit, shift: entry.shift, endsInBeforeOrAfter });
    language.relative.forEach(relative(false));
    language.relativeBeforeAfter?.forEach(relative(true));
    for (const [phrase, calendar] of language.calendarsAfter) this.phrase(phrase, { kind: 'calendarAfter', calendar });
    for (const [phrase, calendar] of language.calendarsBefore ?? []) this.phrase(phrase, { kind: 'calendarBefore', calendar });
    for (const phrase of language.approximations ?? []) this.phrase(phrase, { kind: 'approximately' });
  }

  private entry(form: string): WordInfo {
    const key = keyOf(form);
    let info = this.words.get(key);
    if (!info) this.words.set(key, (info = {}));
    return info;
  }

  private flag(forms: readonly string[], field: Flag): void {
    for (const form of forms) this.entry(form)[field] = true;
  }

  private phrase(text: string, meaning: PhraseMeaning): void {
    const keys = phraseKeys(text);
    const phrase: Phrase = { keys, meaning };
    const first = keys[0]!;
    if (first === COUNT) this.countPhrases.push(phrase);
    else if (first === UNIT) this.unitPhrases.push(phrase);
    else (this.entry(first).phrases ??= []).push(phrase);
  }
}

/** The first two code units of a word as one number (the second 0 for a one-letter word). */
function beginning(word: string): number {
  return word.charCodeAt(0) * 0x10000 + (word.length > 1 ? word.charCodeAt(1) : 0);
}

const SHAPE_BITS = 1 << 18;

function shapeBit(first: number, second: number, third: number, length: number): number {
  return (Math.imul(Math.imul(Math.imul(first, 31) + second, 31) + third, 31) + length) & (SHAPE_BITS - 1);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Tokenizes phrases with every word keyed. */
const EVERY_WORD: WordTable<never> = { lookup: () => undefined, mayBe: () => true };

/** `г.` → `г.` (abbreviations keep their period in the key), `Mayıs` → `mayis`. */
function keyOf(form: string): string {
  return form.endsWith('.') && form.length > 1 ? `${fold(form.slice(0, -1))}.` : fold(form);
}

function phraseKeys(text: string): string[] {
  return text.split(/ |(\{n\}|\{unit\})/).flatMap((part) => {
    if (!part) return [];
    if (part === COUNT || part === UNIT) return [part];
    return tokenize(part, 0, part.length, EVERY_WORD).map((token) =>
      token.kind === WORD || token.kind === MARK ? token.key : token.kind === NUMBER ? part.slice(token.start, token.end) : '',
    );
  });
}
