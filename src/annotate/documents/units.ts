/**
 * The document recognizer's view of a stretch of text: words, numbers and punctuation, with
 * every name and date mention of the earlier recognizers folded into one unit, and for each
 * word what the rules ask of it (lemma, grammatical case, number). Built only around places
 * that may cite a document, so most of a corpus is never looked at this closely.
 */
import type { DateMention, Mention, NameMention } from '../../model.js';
import type { DocumentVocabulary } from '../../lang/documents.js';
import { documents as englishVocabulary } from '../../lang/en/documents.js';
import { titles as englishTitles } from '../../lang/en/names.js';
import { documents as russianVocabulary } from '../../lang/ru/documents.js';
import { titles as russianTitles } from '../../lang/ru/names.js';
import { analyses } from '../../lang/ru/morphology.js';
import { memoize } from '../../util/memoize.js';
import { spansWithin } from '../../util/spans.js';
import { tokenize, tokensWithin, type Token } from '../names/tokens.js';

/** Grammatical cases the rules tell apart, as bits: a word may have several readings. */
export const NOMINATIVE = 1;
export const GENITIVE = 2;
export const DATIVE = 4;
export const INSTRUMENTAL = 8;

const CASE_BITS: ReadonlyMap<string, number> = new Map([
  ['nomn', NOMINATIVE], ['gent', GENITIVE], ['gen2', GENITIVE], ['datv', DATIVE], ['ablt', INSTRUMENTAL],
]);

export interface Unit {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'number' | 'punct' | 'name' | 'date';
  /** Lower-case dictionary form (Russian: az's lemma; English: the word lower-cased). */
  lemma: string;
  /** Case bits of every reading (Russian words and names); 0 when unknown or indeclinable. */
  cases: number;
  plural: boolean;
  capitalized: boolean;
  /** A verb (Russian: by morphology; English: a listed sending verb). */
  verb: boolean;
  mention?: NameMention | DateMention;
}

export interface Language {
  code: 'ru' | 'en';
  vocabulary: DocumentVocabulary;
  /** Lemmas of job titles: a slot that names only a role starts with one. */
  titles: ReadonlySet<string>;
}

export const LANGUAGES: ReadonlyMap<string, Language> = new Map([
  ['ru', { code: 'ru', vocabulary: russianVocabulary, titles: new Set(russianTitles) }],
  ['en', { code: 'en', vocabulary: englishVocabulary, titles: new Set(englishTitles.map((title) => title.toLowerCase())) }],
]);

interface WordFacts {
  lemma: string;
  cases: number;
  plural: boolean;
  verb: boolean;
}

/** Remembered by the word as written, so that a unit costs no lower-cased copy: every word of a cited sentence is asked. */
const russianWord = memoize((written: string): WordFacts => {
  const word = written.toLowerCase();
  const readings = analyses(word);
  const cases = caseBits(readings);
  const best = readings[0];
  const pos = best?.pos ?? '';
  return {
    lemma: (best?.lemma ?? word).replaceAll('ё', 'е'),
    cases,
    plural: best ? best.grammemes.has('plur') && !readings.some((reading) => reading.grammemes.has('sing') && reading.pos === pos) : false,
    verb: ['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND'].includes(pos),
  };
});

/** An English word's facts with a vocabulary, remembered per word as written. */
const englishWords = memoizeByVocabulary((vocabulary) => memoize((word: string) => englishWord(word, vocabulary)));

function englishWord(word: string, vocabulary: DocumentVocabulary): WordFacts {
  const lower = word.toLowerCase();
  // Plural type nouns (`letters`, `treaties`) are read by their singular, and marked plural.
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  const known = lower !== singular && vocabulary.types.has(singular) && !vocabulary.types.has(lower);
  return { lemma: known ? singular : lower, cases: 0, plural: known, verb: vocabulary.sendingVerbs.has(lower) };
}

function caseBits(readings: ReturnType<typeof analyses>): number {
  let cases = 0;
  for (const reading of readings) for (const grammeme of reading.grammemes) cases |= CASE_BITS.get(grammeme) ?? 0;
  return cases;
}

const cyrillicWords = (name: string) => name.split(/[\s.]+/).filter((word) => /\p{Script=Cyrillic}{2,}/u.test(word));

/**
 * The case bits of a name: persons decline in their last word, organisations in their first.
 * Only readings of the word as the name's own dictionary form count (`паше` as `паша`, not
 * as the name `Паша`); a name written as its dictionary form is a nominative, unless it does
 * not decline at all (`Орджоникидзе`).
 */
/** Remembered per name as written (`kind`, text and lemma joined by NUL): names recur, and their cases cost dictionary look-ups. */
const russianNameCases = memoize((key: string) => {
  const [kind, text, lemma] = key.split('\u0000') as [NameMention['kind'], string, string];
  return nameCases({ kind, text, lemma });
});

function nameCases(mention: { kind: NameMention['kind']; text: string; lemma: string }): number {
  const words = cyrillicWords(mention.text);
  const lemmas = cyrillicWords(mention.lemma);
  const pick = <T>(list: readonly T[]) => (mention.kind === 'org' ? list[0] : list[list.length - 1]);
  const word = pick(words);
  if (!word) return 0;
  // `Фуат-паше` declines in its last part; `Кемаль-бея` too.
  const part = word.split('-').pop()!;
  if (mention.kind === 'org' && part === part.toUpperCase()) return 0;
  const lemma = pick(lemmas)?.split('-').pop()?.toLowerCase().replaceAll('ё', 'е');
  const written = part.toLowerCase().replaceAll('ё', 'е');
  const readings = analyses(written);
  const own = readings.filter((reading) => reading.lemma.replaceAll('ё', 'е') === lemma);
  const cases = caseBits(own.length ? own : readings);
  if (lemma === written) {
    const indeclinable = readings.some((reading) => reading.grammemes.has('Fixd')) || (cases & (GENITIVE | DATIVE)) === (GENITIVE | DATIVE) && (cases & NOMINATIVE) !== 0 && own.length > 0 && own.every((reading) => reading.grammemes.has('Fixd'));
    return indeclinable ? 0 : NOMINATIVE;
  }
  // Written otherwise than its dictionary form, a name is no nominative; where the dictionary knows no
  // reading of its own (names it predicts: `паше`), the ending tells the case.
  const declined = cases & ~NOMINATIVE;
  return own.length && declined ? declined : lemma ? endingCase(written, lemma) || declined : declined;
}

/** The case a declined name's ending shows against its dictionary form: `Мустафе`/`Мустафа`, `Ленину`/`Ленин`. */
function endingCase(written: string, lemma: string): number {
  const stemOfA = /[ая]$/.test(lemma) ? lemma.slice(0, -1) : undefined;
  if (stemOfA !== undefined && written.startsWith(stemOfA)) {
    const ending = written.slice(stemOfA.length);
    return ending === 'е' ? DATIVE : ending === 'ы' || ending === 'и' ? GENITIVE : ending === 'ой' || ending === 'ей' ? INSTRUMENTAL : 0;
  }
  const stem = /[йь]$/.test(lemma) ? lemma.slice(0, -1) : lemma;
  if (!written.startsWith(stem)) return 0;
  const ending = written.slice(stem.length);
  return ending === 'у' || ending === 'ю' ? DATIVE : ending === 'а' || ending === 'я' ? GENITIVE : ending === 'ом' || ending === 'ем' ? INSTRUMENTAL : 0;
}

/**
 * Units of `text[start, end)`: mentions (names, dates) lying wholly inside become one unit each.
 * `around`: the tokens of a stretch holding this one (its passage's), reused where they fit.
 */
export function unitsOf(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  language: Language,
  around?: { start: number; end: number; tokens: readonly Token[] },
): Unit[] {
  const tokens = (around && tokensWithin(around, start, end)) ?? tokenize(text, start, end, []);
  // Mentions come sorted by start: the stretch's own are found by bisection, not by reading the whole source's.
  const inside = spansWithin(mentions, start, end).filter(
    (mention): mention is NameMention | DateMention => mention.kind === 'date' || mention.kind === 'person' || mention.kind === 'place' || mention.kind === 'org',
  );
  const units: Unit[] = [];
  let next = 0;
  for (const token of tokens) {
    while (next < inside.length && inside[next]!.end <= token.start) next += 1;
    const mention = inside[next];
    if (mention && mention.start < token.end && token.start < mention.end) {
      const last = units[units.length - 1];
      if (last?.mention === mention) continue;
      units.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        kind: mention.kind === 'date' ? 'date' : 'name',
        lemma: mention.kind === 'date' ? mention.value.edtf : mention.value.lemma,
        cases: mention.kind === 'date' ? 0 : language.code === 'ru' ? russianNameCases(`${mention.kind}\u0000${mention.text}\u0000${mention.value.lemma}`) : 0,
        plural: false,
        capitalized: true,
        verb: false,
        mention,
      });
      continue;
    }
    if (token.kind === 'word' || token.kind === 'initial') {
      const facts = language.code === 'ru' && token.script === 'cyrillic' ? russianWord(token.text) : englishWords(language.vocabulary)(token.text);
      units.push({ start: token.start, end: token.end, text: token.text, kind: 'word', ...facts, capitalized: token.shape === 'title' || token.shape === 'caps' });
      continue;
    }
    units.push({
      start: token.start, end: token.end, text: token.text, kind: token.kind === 'number' ? 'number' : 'punct',
      lemma: token.text, cases: 0, plural: false, capitalized: false, verb: false,
    });
  }
  return units;
}

/**
 * Whether a word may name a kind of document, cheaply, before any morphology: an English word by
 * its singular; a Russian one by the first four letters of a kind noun, or three for a noun of
 * four letters or less, whose last letter declines (`ноту` for `нота`).
 */
export function mayNameKind(word: string, language: Language): boolean {
  const { vocabulary } = language;
  if (language.code === 'en') {
    const { lemma } = englishWords(vocabulary)(word);
    return vocabulary.types.has(lemma) || phraseOpeners(vocabulary).has(lemma);
  }
  const lower = word.toLowerCase();
  const stems = russianStems(vocabulary);
  return stems.has(lower.slice(0, LONG_STEM)) || stems.has(lower.slice(0, SHORT_STEM));
}

const LONG_STEM = 4;
const SHORT_STEM = 3;

const phraseOpeners = memoizeByVocabulary((vocabulary) => new Set(vocabulary.phrases.map(([phrase]) => phrase[0]!)));

const russianStems = memoizeByVocabulary((vocabulary) => {
  const stems = new Set<string>();
  for (const word of [...vocabulary.types.keys(), ...phraseOpeners(vocabulary)]) stems.add(word.slice(0, word.length > LONG_STEM ? LONG_STEM : SHORT_STEM));
  return stems;
});

function memoizeByVocabulary<T>(make: (vocabulary: DocumentVocabulary) => T): (vocabulary: DocumentVocabulary) => T {
  const made = new WeakMap<DocumentVocabulary, T>();
  return (vocabulary) => {
    let value = made.get(vocabulary);
    if (value === undefined) made.set(vocabulary, (value = make(vocabulary)));
    return value;
  };
}

export function isName(unit: Unit | undefined, ...kinds: Array<NameMention['kind']>): boolean {
  return unit?.kind === 'name' && (kinds.length === 0 || kinds.includes((unit.mention as NameMention).kind));
}

export function isPunct(unit: Unit | undefined, ...marks: string[]): boolean {
  return unit?.kind === 'punct' && (marks.length === 0 || marks.includes(unit.text));
}
