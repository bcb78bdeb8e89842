/**
 * Russian for the quantity recognizer. Number words are known by their lemma in every case
 * (az); the counted noun is the one that agrees with the number: genitive singular after
 * 2–4 (`два миноносца`), genitive plural after 5+ and multipliers (`327 пулеметов`,
 * `39 тыс. винтовок`), or the plural of the construction's case (`3,5 млн золотыми рублями`),
 * with the adjectives before it (`турецких лир` → `турецкая лира`).
 */
import Az from 'az';
import { analyses, type Analysis } from '../../lang/ru/morphology.js';
import { approximations, countWords, numberedNouns, scaleAbbreviations, scaleNouns } from '../../lang/ru/numbers.js';
import { inGold, pluralNames, uncountedNouns, units } from '../../lang/ru/units.js';
import { memoize } from '../../util/memoize.js';
import { abbreviatedScale, endNounPhrase, numberWordEnd, type CountedItem, type NumberWord, type NumberWordReading, type QuantityLanguage } from './language.js';
import type { NumberReading } from './number.js';
import { isGlued, phraseTexts, type Token } from './tokens.js';

export const russian: QuantityLanguage = {
  numberWordAt,
  approximations: approximations.map(phraseTexts),
  readItem,
  isNumberedNoun: (word) => analyses(word.toLowerCase()).some((reading) => reading.pos === 'NOUN' && numberedNouns.has(reading.lemma)),
  isTimeWord,
  decimalMark: ',',
  percentItem: 'процент',
};

const IN_GOLD = inGold.map(phraseTexts);
/**
 * Every case form of a numeral or multiplier keeps the first two letters of its lemma (`двух`,
 * `сорока`, `полутора`, `тысячами`): words that start otherwise are not looked up.
 */
const NUMBER_BEGINNINGS = new Set([...countWords.keys(), ...scaleNouns.keys()].map((lemma) => lemma.slice(0, 2)));

function numberWordAt(tokens: readonly Token[], index: number): NumberWordReading | undefined {
  const token = tokens[index];
  if (token?.kind !== 'word') return undefined;
  const word = numberWordOf(token.text);
  return word && { word, next: numberWordEnd(tokens, index, word) };
}

/** The number word `text` reads as, remembered: every word of a passage is asked about, and words recur. */
const numberWordOf = memoize((text: string): NumberWord | undefined => {
  const word = text.toLowerCase();
  const abbreviation = scaleAbbreviations.get(word);
  if (abbreviation !== undefined) return abbreviatedScale(abbreviation);
  if (!NUMBER_BEGINNINGS.has(word.slice(0, 2))) return undefined;
  const readings = analyses(word);
  // Numerals before nouns: `сорока` is also a magpie.
  for (const reading of readings) {
    const value = reading.pos === 'NUMR' || reading.pos === 'ADJF' ? countWords.get(reading.lemma) : undefined;
    if (value !== undefined) return { kind: 'count', value };
  }
  for (const reading of readings) {
    const value = reading.pos === 'NOUN' ? scaleNouns.get(reading.lemma) : undefined;
    if (value === undefined) continue;
    const plural = readings.some((other) => other.lemma === reading.lemma && other.grammemes.has('plur'));
    return { kind: 'scale', value, plural, abbreviation: false };
  }
  return undefined;
});

/** The form a number asks of its noun. */
type Agreement = 'one' | 'few' | 'many' | 'fraction';

function agreementOf(number: NumberReading): Agreement {
  const count = number.lastCount;
  if (number.endsWithScale || count === undefined) return 'many';
  if (!Number.isInteger(count)) return 'fraction';
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 19) return 'many';
  if (last === 1) return 'one';
  if (last >= 2 && last <= 4) return 'few';
  return 'many';
}

const OBLIQUE = ['gent', 'datv', 'ablt', 'loct'];

function agrees(noun: Analysis, agreement: Agreement): boolean {
  const grammemes = noun.grammemes;
  const oblique = OBLIQUE.some((grammeme) => grammemes.has(grammeme));
  switch (agreement) {
    case 'one':
      return grammemes.has('sing');
    case 'fraction':
      return grammemes.has('sing') && grammemes.has('gent');
    case 'few':
      return (grammemes.has('sing') && grammemes.has('gent')) || (grammemes.has('plur') && oblique);
    case 'many':
      return grammemes.has('plur') && oblique;
  }
}

/** The reading of `word` as the counted noun, or undefined (dates and durations are never counted). */
function nounReading(word: string, agreement: Agreement): Analysis | undefined {
  // One letter is a preposition or conjunction (`с`, `в`, `к`) that az also reads as a shortened noun (село, век).
  if (word.length < 2 || isTimeWord(word)) return undefined;
  return analyses(word).find(
    (reading) => reading.pos === 'NOUN' && reading.known && !uncountedNouns.has(plain(reading.lemma)) && agrees(reading, agreement),
  );
}

/** `лет`, `г.`, `марта`, `раза`: a noun of time (read as a noun first: `в` is a preposition before it is `век`). */
function isTimeWord(word: string): boolean {
  const readings = analyses(word.toLowerCase());
  return readings[0]?.pos === 'NOUN' && readings.some((reading) => reading.pos === 'NOUN' && uncountedNouns.has(plain(reading.lemma)));
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** The reading of `word` as an adjective agreeing with `noun` (`две пороховые фабрики`: plural adjective, genitive singular noun). */
function modifierReading(word: string, noun: Analysis, agreement: Agreement): Analysis | undefined {
  const nounCase = CASES.find((grammeme) => noun.grammemes.has(grammeme));
  const nounNumber = noun.grammemes.has('plur') ? 'plur' : 'sing';
  return analyses(word).find((reading) => {
    if (!isModifier(reading)) return false;
    const grammemes = reading.grammemes;
    if (nounCase && grammemes.has(nounCase) && grammemes.has(nounNumber)) return true;
    return agreement === 'few' && nounNumber === 'sing' && grammemes.has('plur') && ['nomn', 'accs', 'gent'].some((c) => grammemes.has(c));
  });
}

/** Adjectives and participles, also those az only predicts from their ending (`трехлинейных`): nouns must be known. */
function isModifier(reading: Analysis): boolean {
  return reading.pos === 'ADJF' || reading.pos === 'PRTF';
}

function readItem(tokens: readonly Token[], index: number, number: NumberReading): CountedItem | undefined {
  const agreement = agreementOf(number);
  const words: Token[] = [];
  for (let i = index; words.length < 4; i += 1) {
    const token = tokens[i];
    if (token?.kind !== 'word' || token.taken || token.gap === '' || !startsLowerCase(token.text)) break;
    words.push(token);
  }
  // The noun is the last word that agrees with the number after nothing but agreeing adjectives.
  let found: { head: number; noun: Analysis; modifiers: Analysis[] } | undefined;
  for (let head = 0; head < words.length; head += 1) {
    const text = words[head]!.text.toLowerCase();
    const noun = nounReading(text, agreement);
    if (noun) {
      const modifiers = words.slice(0, head).map((word) => modifierReading(word.text.toLowerCase(), noun, agreement));
      if (modifiers.every((modifier) => modifier !== undefined)) found = { head, noun, modifiers: modifiers as Analysis[] };
    }
    if (!analyses(text).some(isModifier)) break;
  }
  if (!found) return undefined;

  const { noun, modifiers } = found;
  let next = index + found.head + 1;
  if (noun.grammemes.has('Abbr') && tokens[next]?.text === '.' && isGlued(tokens[next])) next += 1;
  const pluralName = pluralNames.get(plain(noun.lemma));
  const lemma = pluralName ?? plain(noun.lemma);
  // Pronominal adjectives (`своих`, `этих`) belong to the phrase but not to the item.
  const described = modifiers.flatMap((modifier, i) => (modifier.grammemes.has('Apro') ? [] : [{ modifier, word: words[i]!.text }]));
  const modifierLemmas = described.map(({ modifier }) => plain(modifier.lemma));
  const end = endNounPhrase(tokens, next, units.get(lemma), modifierLemmas, IN_GOLD);
  const item = [
    ...described.map(({ modifier, word }) => agreeingForm(word, noun, pluralName !== undefined) ?? plain(modifier.lemma)),
    lemma,
    ...end.completion,
  ].join(' ');
  return { item, ...(end.unit ? { unit: end.unit } : {}), next: end.next };
}

/** The adjective in the dictionary form of the noun's gender: `турецких` with `лира` → `турецкая`. */
function agreeingForm(adjective: string, noun: Analysis, pluralName: boolean): string | undefined {
  const grammemes = pluralName || noun.grammemes.has('Pltm')
    ? ['nomn', 'plur']
    : ['nomn', 'sing', ['femn', 'neut'].find((gender) => noun.grammemes.has(gender)) ?? 'masc'];
  for (const parse of Az.Morph(adjective.toLowerCase(), { typos: 0, stutter: 0 })) {
    const pos = String(parse.tag.POS ?? '');
    if (pos !== 'ADJF' && pos !== 'PRTF') continue;
    const form = parse.inflect(grammemes);
    if (form) return plain(form.word);
  }
  return undefined;
}

/** Lemmas with `ё` written `е`, as most texts write them: `пулемёт` → `пулемет`. */
function plain(lemma: string): string {
  return lemma.replaceAll('ё', 'е');
}

function startsLowerCase(word: string): boolean {
  const first = word[0]!;
  return first !== first.toUpperCase();
}
