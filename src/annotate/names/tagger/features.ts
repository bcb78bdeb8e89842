/**
 * What the tagger knows about a token, as feature keys. Most depend on one word, listed per
 * role the word can play around the token being tagged (itself, its neighbours), so a word's
 * features — and the weights they add up to — are worked out once per distinct word, however
 * often it recurs; a few read a word together with its neighbour (pair features). Training
 * and tagging share this one definition (`tokenFeatureKeys`).
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { analyses, lemmaOf } from '../../../lang/ru/morphology.js';

/**
 * Roles of a word relative to the token being tagged: the token itself (plain, at a sentence
 * start, inside quotes), and the words one and two before and after it.
 */
export const ROLES = ['self', 'sentenceStart', 'quoted', 'previous', 'next', 'beforePrevious', 'afterNext'] as const;
export const ROLE_COUNT = ROLES.length;
export const SELF = 0;
export const SENTENCE_START = 1;
export const QUOTED = 2;
export const PREVIOUS = 3;
export const NEXT = 4;
export const BEFORE_PREVIOUS = 5;
export const AFTER_NEXT = 6;

/** Grammemes that tell names apart (OpenCorpora: surname, first name, patronymic, place, organisation, abbreviation, initial, traditional name). */
const NAME_GRAMMEMES = ['Surn', 'Name', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init', 'Trad'] as const;

/** Lemmas of the words of country names in Russian: single-word names, and words of longer ones. */
export interface Gazetteer {
  countries: ReadonlySet<string>;
  countryWords: ReadonlySet<string>;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;

/** `Москва` → `Xxx`, `СССР` → `XX`, `Г` → `X`, `т.е` → `x.x`, `1921` → `dd`: one mark per run of one (X) or more (XX). */
export function shapeOf(word: string): string {
  let shape = '';
  let previous = '';
  let run = 0;
  for (const ch of word) {
    const mark = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (mark === previous) {
      if (++run === 2) shape += mark;
      continue;
    }
    shape += mark;
    previous = mark;
    run = 1;
  }
  return shape;
}

function scriptOf(word: string): string {
  const cyrillic = CYRILLIC.test(word);
  const latin = LATIN.test(word);
  if (cyrillic && latin) return 'mixed';
  if (cyrillic) return 'cyr';
  if (latin) return 'lat';
  return DIGIT.test(word) ? 'num' : 'other';
}

function lengthClass(length: number): string {
  return length <= 3 ? String(length) : length <= 6 ? '4-6' : '7+';
}

interface Morphology {
  lemma: string;
  pos: string;
  grammemes: string[];
  caseName: string;
  known: boolean;
}

const CASES = new Set(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2']);

function morphologyOf(word: string): Morphology | undefined {
  if (!CYRILLIC.test(word)) return undefined;
  const found = analyses(word);
  const best = found[0];
  if (!best) return undefined;
  const grammemes = NAME_GRAMMEMES.filter((grammeme) => found.some((analysis) => analysis.grammemes.has(grammeme)));
  let caseName = '';
  for (const grammeme of best.grammemes) if (CASES.has(grammeme)) caseName = grammeme;
  return { lemma: best.lemma, pos: best.pos, grammemes, caseName, known: best.known };
}

/** What pair features read of a word; the lemma is also what names are keyed by across a text. */
export interface WordTraits {
  lower: string;
  shape: string;
  lemma: string;
  caseName: string;
}

/** The traits of "no word here", before the first token or after the last one. */
export const EDGE_TRAITS: WordTraits = { lower: '<edge>', shape: '<edge>', lemma: '<edge>', caseName: '' };

/** Role indices of the features of a token and its left neighbour, and of a token and its right neighbour. */
export const LEFT_PAIR = ROLE_COUNT;
export const RIGHT_PAIR = ROLE_COUNT + 1;

/** Every role a feature key can name: a model is only good for the roles it was trained with. */
export const FEATURE_ROLES: readonly string[] = [...ROLES, 'leftPair', 'rightPair'];

/** All that `leftPairFeatures` reads of its right word: pairs with equal signatures have equal features. */
export function rightSignature(right: WordTraits): string {
  return `${right.shape}|${right.caseName}`;
}

/** All that `rightPairFeatures` reads of its left word. */
export function leftSignature(left: WordTraits): string {
  return left.shape;
}

/** Features of the token `right` seen with its left neighbour `left` (role LEFT_PAIR). */
export function leftPairFeatures(left: WordTraits, right: WordTraits): string[] {
  return [`w|sh=${left.lower}|${right.shape}`, `sh|sh=${left.shape}|${right.shape}`, `l|case=${left.lemma}|${right.caseName}`];
}

/** Features of the token `left` seen with its right neighbour `right` (role RIGHT_PAIR). */
export function rightPairFeatures(left: WordTraits, right: WordTraits): string[] {
  return [`sh|w=${left.shape}|${right.lower}`, `sh|sh=${left.shape}|${right.shape}`];
}

/** What the tagger knows of a word: its feature keys for each role (indexed like ROLES), and its traits for pair features. */
export interface WordDescription {
  features: string[][];
  traits: WordTraits;
}

export function describeWord(word: string, gazetteer: Gazetteer): WordDescription {
  const lower = word.toLowerCase();
  const shape = shapeOf(word);
  const morphology = morphologyOf(word);
  const lemma = morphology?.lemma ?? lower;
  const grammemes = morphology?.grammemes ?? [];
  const self = [
    'bias',
    `w=${lower}`,
    `sh=${shape}`,
    `sc=${scriptOf(word)}`,
    `len=${lengthClass(word.length)}`,
    `sh+len=${shape}|${lengthClass(word.length)}`,
  ];
  for (let k = 1; k <= 4 && k < lower.length; k++) self.push(`p${k}=${lower.slice(0, k)}`, `s${k}=${lower.slice(-k)}`);
  if (word.includes('-')) self.push('hyphen');
  const context = [`w=${lower}`, `sh=${shape}`];
  if (morphology) {
    self.push(`l=${lemma}`, `pos=${morphology.pos}`, `case=${morphology.caseName}`, `pos+case=${morphology.pos}|${morphology.caseName}`);
    if (!morphology.known) self.push(`unknown|sh=${shape}`);
    context.push(`l=${lemma}`, `pos=${morphology.pos}`, `case=${morphology.caseName}`);
    for (const grammeme of grammemes) {
      self.push(`g=${grammeme}`, `g+sh=${grammeme}|${shape}`);
      context.push(`g=${grammeme}`);
    }
  }
  if (gazetteer.countries.has(lemma)) {
    self.push('country');
    context.push('country');
  } else if (gazetteer.countryWords.has(lemma)) {
    self.push('countryWord');
    context.push('countryWord');
  }
  const sentenceStart = [`sh=${shape}`, `w=${lower}`, ...grammemes.map((grammeme) => `g=${grammeme}`)];
  if (morphology) sentenceStart.push(`known=${morphology.known}`, `pos=${morphology.pos}`);
  const quoted = [`sh=${shape}`, `pos=${morphology?.pos ?? 'none'}`];
  const distant = [`w=${lower}`, `sh=${shape}`];
  if (morphology) distant.push(`pos=${morphology.pos}`);
  return {
    features: [self, sentenceStart, quoted, context, context, distant, distant],
    traits: { lower, shape, lemma, caseName: morphology?.caseName ?? '' },
  };
}

/** A model feature's key: the role's index and the feature, so one table holds every role. */
export function roleKey(role: number, feature: string): string {
  return `${role}:${feature}`;
}

/**
 * Every feature key that bears on each token of a sequence: the definition of what the
 * tagger sees. Training uses it as is; tagging adds up the same weights faster, from each
 * distinct word's cached role vectors.
 */
export function tokenFeatureKeys(
  words: readonly string[],
  sentenceStarts: readonly boolean[],
  quoted: readonly boolean[],
  gazetteer: Gazetteer,
): string[][] {
  const length = words.length;
  const described = words.map((word) => describeWord(word, gazetteer));
  const traits = described.map((description) => description.traits);
  const edge = edgeFeatures();
  const at = (j: number) => (j >= 0 && j < length ? described[j]!.features : edge);
  return words.map((_, i) => {
    const keys: string[] = [];
    const add = (role: number, features: readonly string[]) => {
      for (const feature of features) keys.push(roleKey(role, feature));
    };
    add(SELF, at(i)[SELF]!);
    if (sentenceStarts[i]) add(SENTENCE_START, at(i)[SENTENCE_START]!);
    if (quoted[i]) add(QUOTED, at(i)[QUOTED]!);
    add(PREVIOUS, at(i - 1)[PREVIOUS]!);
    add(NEXT, at(i + 1)[NEXT]!);
    add(BEFORE_PREVIOUS, at(i - 2)[BEFORE_PREVIOUS]!);
    add(AFTER_NEXT, at(i + 2)[AFTER_NEXT]!);
    add(LEFT_PAIR, leftPairFeatures(traits[i - 1] ?? EDGE_TRAITS, traits[i]!));
    add(RIGHT_PAIR, rightPairFeatures(traits[i]!, traits[i + 1] ?? EDGE_TRAITS));
    return keys;
  });
}

/** Keys standing for "no word here", before the first token or after the last one. */
export function edgeFeatures(): string[][] {
  return ROLES.map(() => ['edge']);
}

/** Builds the country gazetteer from the Russian names in `world-countries`, lemmatized as the tagger will see them (morphology must be loaded). */
export function loadGazetteer(): Gazetteer {
  const countryList = createRequire(import.meta.url)('world-countries') as Country[];
  const countries = new Set<string>();
  const countryWords = new Set<string>();
  for (const country of countryList) {
    const russian = country.translations['rus'];
    if (!russian) continue;
    for (const name of [russian.common, russian.official]) {
      const words = name.split(/[\s-]+/).filter((word) => word.length > 1);
      if (words.length === 1) countries.add(lemmaOf(words[0]!));
      else for (const word of words) if (word[0] !== word[0]!.toLowerCase()) countryWords.add(lemmaOf(word));
    }
  }
  for (const word of countries) countryWords.delete(word);
  return { countries, countryWords };
}
