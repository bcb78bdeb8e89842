/**
 * An organisation's name as the resolver compares it: content words by their stems (Russian
 * case endings off, so `Великого Национального Собрания` = `Великое Национальное Собрание`),
 * a place in it by the place (`НКИД России` = `НКИД РСФСР`), and abbreviations read against
 * the words they shorten: `ВНСТ` = `Великое Национальное Собрание Турции` (initials),
 * `Кавбюро` = `Кавказское бюро` (first syllables).
 */
import { hasCyrillic } from '../lang/ru/transliteration.js';
import { memoize } from '../util/memoize.js';
import { historicalOrganisations, type CuratedOrganisation } from './data/organisations.js';
import { findKnownPlace, placeStemKey } from './gazetteer.js';
import type { NameScheme } from './coreference.js';
import { similarKeys } from './fold.js';

export interface OrgToken {
  /** Folded stem, or `@` and the place id for a place. */
  key: string;
  /** The word's letters, lower case, in its own script: what an abbreviation is made of. */
  letters: string;
  /** A word that may precede the head (a Russian adjective; any word of an English name without `of`). */
  modifier: boolean;
}

export interface OrgName {
  tokens: readonly OrgToken[];
  /** The tokens' keys as one string: equal keys, equal names. */
  key: string;
  /** What the name is filed under: its tokens' keys and first letters. */
  indexKeys: readonly string[];
}

const STOP_WORDS = new Set([
  'и', 'в', 'во', 'на', 'по', 'для', 'при', 'с', 'со', 'о', 'об', 'от', 'к', 'из', 'of', 'the', 'and', 'for', 'in', 'on',
  'at', 'to', 'de', 'des', 'du', 'la', 'le', 've', 'und', 'der', 'die', 'das', 'i', 'w', 'na', 'dla',
]);

const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/;

export const parseOrgName: (lemma: string) => OrgName = memoize((lemma: string): OrgName => {
  const cleaned = lemma
    .replace(/\s*\(\s*(?:б|b)\s*\)/giu, '') // `РКП(б)`: the party's "(Bolsheviks)" tells nothing apart
    .replace(/["«»“”„']/g, ' ');
  const words = cleaned.split(/[\s/]+/).filter((word) => /\p{L}/u.test(word) && !STOP_WORDS.has(word.toLowerCase()));
  const englishWithoutOf = !hasCyrillic(cleaned) && !/\b(?:of|de|des|du)\b/i.test(cleaned);
  const tokens: OrgToken[] = [];
  for (let i = 0; i < words.length; ) {
    // A place after the head, in up to three words: `НКИД Грузии` = `НКИД Грузинской ССР`
    const place = i > 0 && /^\p{Lu}/u.test(words[i]!) ? placeAt(words, i) : undefined;
    const span = place ? place.words : 1;
    const letters = words[i]!.toLowerCase().replace(/[^\p{L}]/gu, '');
    tokens.push({
      key: place ? `@${place.id}` : placeStemKey(words[i]!),
      letters,
      modifier: hasCyrillic(words[i]!) ? RUSSIAN_ADJECTIVE.test(letters) : englishWithoutOf,
    });
    i += span;
  }
  const kept = tokens.filter((token) => token.key.length > 0);
  return {
    tokens: kept,
    key: kept.map((token) => token.key).join(' '),
    indexKeys: [...new Set(kept.flatMap((token) => [token.key, ...initials(token)]))],
  };
});

function placeAt(words: readonly string[], start: number): { id: string; words: number } | undefined {
  for (let length = Math.min(3, words.length - start); length >= 1; length--) {
    const place = findKnownPlace(words.slice(start, start + length).join(' '));
    if (place) return { id: place.id, words: length };
  }
  return undefined;
}

function sameWord(a: OrgToken, b: OrgToken): boolean {
  if (a.key === b.key) return true;
  return !a.key.startsWith('@') && !b.key.startsWith('@') && a.key.length >= 5 && similarKeys(a.key, b.key);
}

/** True when `abbreviation` is the words' beginnings run together: `внст`, `кавбюро`, `азревком`. */
function spells(abbreviation: string, words: readonly OrgToken[]): boolean {
  if (words.length === 0) return abbreviation.length === 0;
  const [first, ...rest] = words;
  for (let length = Math.min(abbreviation.length, first!.letters.length); length >= 1; length--) {
    if (first!.letters.startsWith(abbreviation.slice(0, length)) && spells(abbreviation.slice(length), rest)) return true;
  }
  return false;
}

/**
 * True when `short` may be `long` written shorter: its words in order, each the same word or
 * the abbreviation of a run of words, with nothing but modifiers dropped before the first
 * (`Великого Собрания` and `ВНСТ` in `Великое Национальное Собрание Турции`; `ЦК АКП` not in
 * `Бюро ЦК АКП`, whose head is another body).
 */
function orgCovers(long: OrgName, short: OrgName): boolean {
  const l = long.tokens;
  const s = short.tokens;
  const alignFrom = (i: number, j: number): boolean => {
    if (i === s.length) return true;
    for (let k = j; k < l.length; k++) {
      if (i === 0 && k > 0 && !l[k - 1]!.modifier) return false;
      if (sameWord(s[i]!, l[k]!) && alignFrom(i + 1, k + 1)) return true;
      if (s[i]!.letters.length < 2) continue;
      for (let end = k + 2; end <= l.length; end++) {
        if (spells(s[i]!.letters, l.slice(k, end)) && alignFrom(i + 1, end)) return true;
      }
    }
    return false;
  };
  return s.length > 0 && alignFrom(0, 0);
}

function sameOrg(a: OrgName, b: OrgName): boolean {
  return a.tokens.length === b.tokens.length && a.tokens.every((token, i) => sameWord(token, b.tokens[i]!));
}

/** First letters a name is filed and looked for under: of its letters (abbreviations) and of its key (other scripts). */
function initials(token: OrgToken): string[] {
  return [...new Set([`^${token.letters[0] ?? ''}`, `^${token.key[0] ?? ''}`])];
}

export const orgScheme: NameScheme<OrgName> = {
  key: (name) => name.key,
  covers: orgCovers,
  same: sameOrg,
  specificity: (name) => name.tokens.length,
  tokenCount: (name) => name.tokens.length,
  wordCount: (name) => name.tokens.length,
  indexKeys: (name) => name.indexKeys,
  probeKeys: (name) => (name.tokens[0] ? initials(name.tokens[0]) : []),
  marks: () => [],
};

let curated: { byKey: Map<string, CuratedOrganisation>; byInitials: Map<string, CuratedOrganisation> } | undefined;

/**
 * The curated organisation a name is, if any: one of its names up to case endings, or the
 * initials of one of them (`ВНСТ`).
 */
export function curatedOrganisation(name: OrgName): CuratedOrganisation | undefined {
  if (!curated) {
    curated = { byKey: new Map(), byInitials: new Map() };
    for (const organisation of historicalOrganisations) {
      for (const written of organisation.names) {
        const parsed = parseOrgName(written);
        curated.byKey.set(parsed.key, organisation);
        if (parsed.tokens.length > 1) curated.byInitials.set(parsed.tokens.map((token) => token.letters[0]).join(''), organisation);
      }
    }
  }
  const byKey = curated.byKey.get(name.key);
  if (byKey || name.tokens.length !== 1) return byKey;
  return curated.byInitials.get(name.tokens[0]!.letters);
}
