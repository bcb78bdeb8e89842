/**
 * The quantity recognizer: how much of what, in Russian and English passages. A quantity is
 * an optional approximation word, a number (figures, number words, multipliers), and the
 * counted noun phrase (`около 2 тыс. человек`, `3,5 млн золотыми рублями`, `nearly 400,000
 * Muslims`). Years, dates (taken by the date recognizer before this one), page and volume
 * numbers, ordinals, numbers inside codes and names, durations and bare small numbers are not.
 */
import type { Mention, QuantityMention, Recognizer, Span } from '../model.js';
import { loadMorphology } from '../lang/ru/morphology.js';
import { abbreviations as en } from '../lang/en/abbreviations.js';
import { abbreviations as pl } from '../lang/pl/abbreviations.js';
import { abbreviations as ru } from '../lang/ru/abbreviations.js';
import { abbreviations as tr } from '../lang/tr/abbreviations.js';
import { english, prepareEnglish } from './quantities/english.js';
import type { CountedItem, QuantityLanguage } from './quantities/language.js';
import { readNumber, type NumberReading } from './quantities/number.js';
import { russian } from './quantities/russian.js';
import { isGlued, phraseAt, tokenize, type Token } from './quantities/tokens.js';

const LANGUAGES: ReadonlyMap<string, QuantityLanguage> = new Map([
  ['ru', russian],
  ['en', english],
]);

/** Abbreviations that number a volume, page, sheet, file or article (`Т. 4`, `С. 176`, `Vol. 10`, `Л. 3`), in any language. */
const REFERENCE_ABBREVIATIONS = new Set([ru, en, tr, pl].flatMap((language) => language.numbered));
const DASHES = new Set(['-', '‐', '–', '—']);
/** Signs that number what follows: `№ 123`, `§ 5`. */
const NUMBER_SIGNS = new Set(['№', '#', '§']);
/** Currency signs written before a figure (`£5 million`), and their units. */
const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['£', 'pound sterling'], ['$', 'dollar'], ['€', 'euro'],
]);
/** Years are figures like these written alone; a year-like figure counts only with a known unit (`1500 винтовок`). */
const YEARS = { from: 1000, to: 2100 };

export const quantities: Recognizer = {
  name: 'quantities',
  kinds: ['quantity'],
  async prepare() {
    await Promise.all([loadMorphology(), prepareEnglish()]);
  },
  recognize(doc) {
    const isTaken = takenSpans(doc.mentions);
    const found: QuantityMention[] = [];
    for (const passage of doc.passages) {
      const language = LANGUAGES.get(passage.lang);
      if (!language) continue;
      const tokens = tokenize(doc.text, passage.start, passage.end, isTaken);
      for (let index = 0; index < tokens.length; ) {
        if (!mayBeginQuantity(tokens, index, language)) {
          index += 1;
          continue;
        }
        const reading = readQuantity(tokens, index, language);
        if (reading.mention) {
          const { start, end } = reading.mention;
          found.push({ ...reading.mention, text: doc.text.slice(start, end) });
        }
        index = Math.max(reading.next, index + 1);
      }
    }
    return found;
  },
};

interface QuantityReading {
  mention?: Omit<QuantityMention, 'text'>;
  /** Where to go on reading: past a number that was read, even when it was no quantity. */
  next: number;
}

function readQuantity(tokens: readonly Token[], index: number, language: QuantityLanguage): QuantityReading {
  const sign = CURRENCY_SIGNS.get(tokens[index]!.text);
  const numberStart = sign && tokens[index + 1]?.kind === 'digits' && isGlued(tokens[index + 1]) ? index + 1 : index;
  if (numberStart === index && sign) return { next: index + 1 };
  if (numbersSomethingElse(tokens, numberStart, language)) return { next: numberStart + 1 };
  const number = readNumber(tokens, numberStart, language);
  if (!number) return { next: index + 1 };
  // `сотни тысяч`, `thousands of`: no figure that another source's claim could be compared with.
  if (number.vague) return { next: number.next };

  const after = tokens[number.next];
  if (after?.kind === 'word' && language.isTimeWord(after.text)) return { next: number.next };
  const item: CountedItem | undefined = sign
    ? { item: tokens[index]!.text, unit: sign, next: number.next }
    : percentAt(tokens, number.next, language) ?? language.readItem(tokens, number.next, number);
  if (!counts(number, item)) return { next: number.next };

  const approximation = language.approximations
    .filter((phrase) => phraseAt(tokens, index - phrase.length, phrase))
    .reduce((longest, phrase) => Math.max(longest, phrase.length), 0);
  const first = tokens[index - approximation]!;
  const last = tokens[(item?.next ?? number.next) - 1]!;
  const value = {
    value: number.value,
    ...(item ? { item: item.item } : {}),
    ...(item?.unit ? { unit: item.unit } : {}),
    approximate: approximation > 0,
  };
  const confidence = item?.unit ? 0.9 : item ? 0.75 : 0.6;
  return { mention: { kind: 'quantity', start: first.start, end: last.end, value, confidence }, next: item?.next ?? number.next };
}

/**
 * True unless the token at `index` is sure to begin no number: most tokens are neither figures,
 * currency signs nor number words, and are passed over before any reading is tried.
 */
function mayBeginQuantity(tokens: readonly Token[], index: number, language: QuantityLanguage): boolean {
  const token = tokens[index]!;
  if (token.kind === 'digits') return true;
  if (token.kind === 'mark') return CURRENCY_SIGNS.has(token.text);
  return !token.taken && language.numberWordAt(tokens, index) !== undefined;
}

/**
 * True when the figure at `index` labels a page, volume, document or article (`С. 176`, `№ 20`,
 * `Article 5`) rather than counting, or ends a range (`25 — 30 тыс.`), which is left unread rather than half read.
 */
function numbersSomethingElse(tokens: readonly Token[], index: number, language: QuantityLanguage): boolean {
  const before = tokens[index - 1];
  if (!before || tokens[index]?.kind !== 'digits') return false;
  if (NUMBER_SIGNS.has(before.text)) return true;
  if (before.kind === 'word') return language.isNumberedNoun(before.text);
  const earlier = tokens[index - 2];
  if (DASHES.has(before.text)) return earlier?.kind === 'digits';
  return before.text === '.' && isGlued(before) && earlier?.kind === 'word' && REFERENCE_ABBREVIATIONS.has(earlier.text.toLowerCase());
}

/** `25%`, `25 %`. */
function percentAt(tokens: readonly Token[], index: number, language: QuantityLanguage): CountedItem | undefined {
  const token = tokens[index];
  if (token?.text !== '%' || token.taken || token.gap.length > 1) return undefined;
  return { item: language.percentItem, unit: 'percent', next: index + 1 };
}

/**
 * Whether a number is a quantity. Words alone need a counted noun (`два миноносца`; not `в одном`,
 * `one of them`), and below a hundred with no multiplier a known unit: small numbers in words
 * are mostly narrative (`двух стран`, `two nations`). A lone year-like figure needs a known unit.
 * A figure with no noun counts only when large by its form (`10 млн`, `10 000 000`), never a
 * bare `27` (a footnote) or `2013: 10` (a page).
 */
function counts(number: NumberReading, item: CountedItem | undefined): boolean {
  if (!number.hasFigure) return item !== undefined && (item.unit !== undefined || number.endsWithScale || number.value >= 100);
  if (number.plainFigure && number.value >= YEARS.from && number.value <= YEARS.to) return item?.unit !== undefined;
  if (item) return true;
  return number.endsWithScale || (number.grouped && number.value >= 1000);
}

/** A test for whether a span overlaps a mention found before. */
function takenSpans(mentions: readonly Mention[]): (span: Span) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const starts = sorted.map((mention) => mention.start);
  const reach: number[] = [];
  for (const mention of sorted) reach.push(Math.max(mention.end, reach.at(-1) ?? -Infinity));
  return ({ start, end }) => {
    // The last mention starting before `end`; any mention up to it that reaches past `start` overlaps.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && reach[low - 1]! > start;
  };
}
