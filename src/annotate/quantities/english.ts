/**
 * English for the quantity recognizer. The counted noun is the first known unit or plural
 * noun among the next few words (`327 heavy machine guns`, `1.2 million Christians`), the
 * words before it its modifiers; plurals are undone by suffix rules checked against the
 * English dictionary (`factories` → `factory`, `rubles` → `ruble`), or by the irregular list.
 */
import { lexiconFor, type Lexicon } from '../../lang/lexicon.js';
import { approximations, articles, countWords, numberedNouns, scaleAbbreviations, scaleWords } from '../../lang/en/numbers.js';
import { calendarNames, inGold, irregularPlurals, phraseBreakers, uncountedNouns, units } from '../../lang/en/units.js';
import { memoize } from '../../util/memoize.js';
import { abbreviatedScale, endNounPhrase, numberWordEnd, type CountedItem, type NumberWord, type NumberWordReading, type QuantityLanguage } from './language.js';
import type { NumberReading } from './number.js';
import { phraseTexts, type Token } from './tokens.js';

let lexicon: Lexicon | undefined;

/** Loads the English dictionary the plural rules check against. */
export async function prepareEnglish(): Promise<void> {
  lexicon ??= await lexiconFor('latin');
}

export const english: QuantityLanguage = {
  numberWordAt,
  approximations: approximations.map(phraseTexts),
  readItem,
  isNumberedNoun: (word) => numberedNouns.has(word.toLowerCase()),
  isTimeWord,
  decimalMark: '.',
  percentItem: 'percent',
};

const IN_GOLD = inGold.map(phraseTexts);
/** How far past the number the counted noun may stand (`147 000 artillery shells`, `327 heavy machine guns`). */
const MAX_MODIFIERS = 2;

function numberWordAt(tokens: readonly Token[], index: number): NumberWordReading | undefined {
  const token = tokens[index];
  if (token?.kind !== 'word') return undefined;
  const sense = senseOf(token.text);
  if (sense === 'and' || sense === 'of') {
    // Abbreviations are neither counts nor plural: never linked.
    const linked = tokens[index + 1]?.kind === 'word' ? senseOf(tokens[index + 1]!.text) : undefined;
    const fits = typeof linked === 'object' && (sense === 'and' ? linked.kind === 'count' : linked.kind === 'scale' && linked.plural);
    return fits ? { word: linked, next: index + 2, link: sense } : undefined;
  }
  if (sense === 'article') {
    const scale = tokens[index + 1]?.kind === 'word' ? scaleWords.has(tokens[index + 1]!.text.toLowerCase()) : false;
    return scale ? { word: { kind: 'count', value: 1, onlyBeforeScale: true }, next: index + 1 } : undefined;
  }
  return sense && { word: sense, next: numberWordEnd(tokens, index, sense) };
}

/** What `text` is to number reading, remembered: every word of a passage is asked about, and words recur. */
const senseOf = memoize((text: string): NumberWord | 'and' | 'of' | 'article' | undefined => {
  const word = text.toLowerCase();
  if (word === 'and' || word === 'of') return word;
  if (articles.includes(word)) return 'article';
  const abbreviation = scaleAbbreviations.get(word);
  return abbreviation !== undefined ? abbreviatedScale(abbreviation) : numberWord(word);
});

function numberWord(word: string): NumberWord | undefined {
  const count = countWords.get(word);
  if (count !== undefined) return { kind: 'count', value: count };
  // `twenty-five`
  const [tens, ones, ...rest] = word.split('-');
  const compound = rest.length === 0 && ones !== undefined ? [countWords.get(tens!), countWords.get(ones)] : [];
  if (compound[0] !== undefined && compound[1] !== undefined && compound[0] >= 20 && compound[0] % 10 === 0 && compound[1] < 10) {
    return { kind: 'count', value: compound[0] + compound[1] };
  }
  const scale = scaleWords.get(word);
  if (scale !== undefined) return { kind: 'scale', value: scale, plural: false, abbreviation: false };
  const pluralScale = word.endsWith('s') ? scaleWords.get(word.slice(0, -1)) : undefined;
  if (pluralScale !== undefined) return { kind: 'scale', value: pluralScale, plural: true, abbreviation: false };
  return undefined;
}

function readItem(tokens: readonly Token[], index: number, number: NumberReading): CountedItem | undefined {
  // `thousands of refugees`
  if (number.endsWithPluralScale && tokens[index]?.text.toLowerCase() === 'of') index += 1;
  const words: Token[] = [];
  for (let i = index; words.length <= MAX_MODIFIERS; i += 1) {
    const token = tokens[i];
    if (token?.kind !== 'word' || token.taken || token.gap === '' || phraseBreakers.has(token.text.toLowerCase())) break;
    words.push(token);
  }
  const singular = number.value === 1 && !number.endsWithScale;
  for (let head = 0; head < words.length; head += 1) {
    const text = words[head]!.text;
    const lemma = singularOf(text);
    const known = units.get((lemma ?? text).toLowerCase());
    if (isTimeWord(text)) return undefined;
    if (!known && (lemma === undefined || singular)) continue;

    const modifiers = words.slice(0, head).map((word) => word.text);
    const lowerModifiers = modifiers.map((modifier) => modifier.toLowerCase());
    const end = endNounPhrase(tokens, index + head + 1, known, lowerModifiers, IN_GOLD);
    const headForm = known ? (lemma ?? text).toLowerCase() : lemma!;
    const item = [...modifiers, headForm, ...end.completion].join(' ');
    return { item, ...(end.unit ? { unit: end.unit } : {}), next: end.next };
  }
  return undefined;
}

function isTimeWord(word: string): boolean {
  return calendarNames.has(word) || uncountedNouns.has((singularOf(word) ?? word).toLowerCase());
}

/** The singular of a plural noun, or undefined when `word` does not read as one. */
function singularOf(word: string): string | undefined {
  const irregular = irregularPlurals.get(word.toLowerCase());
  if (irregular !== undefined) return irregular;
  const lower = word.toLowerCase();
  if (!lower.endsWith('s') || lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is')) return undefined;
  const candidates = lower.endsWith('ies') ? [`${word.slice(0, -3)}y`, word.slice(0, -1)] : [word.slice(0, -1), word.slice(0, -2)];
  return candidates.find(isWord);
}

function isWord(word: string): boolean {
  if (!lexicon) throw new Error('the quantity recognizer was not prepared: call prepare() first');
  return units.has(word.toLowerCase()) || lexicon.isKnownWord(word);
}
