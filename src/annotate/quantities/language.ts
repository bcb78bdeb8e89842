/**
 * What the quantity recognizer needs from a language: its number words and multipliers,
 * the words that make a figure approximate, and how it reads the counted noun phrase
 * after a number. Figures (`39 000`, `3,5`, `1.2`) are read the same in every language.
 */
import type { NumberReading } from './number.js';
import { isGlued, phraseAt, type Token } from './tokens.js';

/** A number word or multiplier: `пять`, `twenty` (counts), `тыс.`, `million`, `сотни`, `dozen` (scales). */
export type NumberWord =
  | {
      kind: 'count';
      value: number;
      /** `a`/`an`: one, but only as in `a thousand`. */
      onlyBeforeScale?: boolean;
    }
  | {
      kind: 'scale';
      value: number;
      /** `тысячи`, `hundreds`: with no count before it, the figure is vague (no quantity). */
      plural: boolean;
      /** `тыс.`, `mln`: needs a count before it. */
      abbreviation: boolean;
    };

export interface NumberWordReading {
  word: NumberWord;
  /** Index of the token after the word (after its period, for abbreviations). */
  next: number;
  /** The word was reached over `and` (`two hundred and fifty`) or `of` (`hundreds of thousands`). */
  link?: 'and' | 'of';
}

export interface CountedItem {
  /** The counted noun phrase in its dictionary form: `винтовка`, `золотой рубль`, `heavy machine gun`. */
  item: string;
  /** Its kind in English, when known: `rifle`, `gold ruble`, `machine gun`. */
  unit?: string;
  /** Index of the token after the phrase. */
  next: number;
}

/** How a counted noun maps to an English unit, and the words that make the unit more specific. */
export interface UnitSense {
  unit: string;
  /** Modifiers before the noun (Russian adjective lemmas, English words) that name a narrower unit: `золотой рубль`. */
  modified?: Readonly<Record<string, string>>;
  /** Words right after the noun that complete its name and join the item: `фунт стерлингов`, `pound sterling`. */
  completed?: Readonly<Record<string, string>>;
  /** Money: `золотом`, `in gold` may follow it and join the quantity. */
  currency?: true;
  /** The unit when paid in gold (`рублей золотом`), if narrower. */
  goldUnit?: string;
}

export interface QuantityLanguage {
  /** The number word at `index`, if there is one (`and`/`of` links are read here too). */
  numberWordAt(tokens: readonly Token[], index: number): NumberWordReading | undefined;
  /** Phrases right before a number that make it approximate, as lower-case token texts: `['не', 'менее']`, `['ок', '.']`. */
  approximations: readonly (readonly string[])[];
  /** The counted noun phrase starting at `index`, when it agrees with the number. */
  readItem(tokens: readonly Token[], index: number, number: NumberReading): CountedItem | undefined;
  /** True for a noun a number right after labels (`статья 5`, `Table 3`): that number is no count. */
  isNumberedNoun(word: string): boolean;
  /** True for a noun of time after a number (`лет`, `марта`, `years`): a date, age or duration, never a quantity. */
  isTimeWord(word: string): boolean;
  /** The item for `%`. */
  percentItem: string;
  /** The decimal mark: `1,250 млн` is 1.25 million, `1,250 million` 1250 million. */
  decimalMark: ',' | '.';
}

/** An abbreviated multiplier (`тыс.`, `млн`, `mln`): it needs a count before it. */
export function abbreviatedScale(value: number): NumberWord {
  return { kind: 'scale', value, plural: false, abbreviation: true };
}

/** The index after the number word `word` at `index`: past the period of an abbreviation that has one (`тыс.`). */
export function numberWordEnd(tokens: readonly Token[], index: number, word: NumberWord): number {
  if (word.kind !== 'scale' || !word.abbreviation) return index + 1;
  const period = tokens[index + 1];
  return period?.text === '.' && isGlued(period) ? index + 2 : index + 1;
}

export interface NounPhraseEnd {
  /** Words that complete the noun's name and join the item: `стерлингов`, `sterling`. */
  completion: string[];
  unit?: string;
  /** Index of the token after the phrase. */
  next: number;
}

/**
 * Ends the counted noun phrase whose noun (with `sense`, if known) stops before `index`: takes a
 * completing word (`фунтов стерлингов`) and, after money, `золотом`/`in gold`, and names the unit
 * by the modifiers before the noun (`modifiers`, nearest last) or the gold.
 */
export function endNounPhrase(
  tokens: readonly Token[],
  index: number,
  sense: UnitSense | undefined,
  modifiers: readonly string[],
  inGold: readonly (readonly string[])[],
): NounPhraseEnd {
  if (!sense) return { completion: [], next: index };
  let next = index;
  const completing = tokens[next];
  const completedUnit = completing && !completing.taken ? sense.completed?.[completing.text.toLowerCase()] : undefined;
  if (completedUnit) next += 1;
  const gold = sense.currency ? inGold.find((phrase) => phraseAt(tokens, next, phrase)) : undefined;
  if (gold) next += gold.length;
  const narrower = [...modifiers].reverse().map((modifier) => sense.modified?.[modifier]).find(Boolean);
  const unit = completedUnit ?? narrower ?? (gold && sense.goldUnit) ?? sense.unit;
  return { completion: completedUnit ? [completing!.text.toLowerCase()] : [], unit, next };
}
