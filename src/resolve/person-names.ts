/**
 * A person's name as the resolver compares it: words and initials in folded form, the
 * honorifics apart (`Энвер-паша` and `Enver` are one name; `паша` only breaks ties), given
 * names of one origin written alike (`Włodzimierz` = `Vladimir`), and the Turkish surnames
 * of 1934 joined to the names they replaced (`Ататюрк` = `Mustafa Kemal Atatürk`).
 */
import { honorifics as latinHonorifics } from '../lang/en/names.js';
import { honorifics as russianHonorifics } from '../lang/ru/names.js';
import { honorifics as turkishHonorifics } from '../lang/tr/names.js';
import { hasCyrillic, russianStem } from '../lang/ru/transliteration.js';
import { memoize } from '../util/memoize.js';
import { adoptedSurnames } from './data/adopted-surnames.js';
import { givenNameGroups } from './data/given-names.js';
import type { NameScheme } from './coreference.js';
import { foldWord, foldWords, similarKeys } from './fold.js';

export interface NameToken {
  /** Folded word; for an initial, its folded first letter. */
  key: string;
  initial: boolean;
  /** A given name of the table: two different ones never match by spelling (`Cemal` is not `Kemal`). */
  given?: boolean;
  /** A Cyrillic word's key without its case ending, should the recognizer leave one (`Кемалем` = `Кемаль`). */
  stem?: string;
}

export interface PersonName {
  /** Initials first, then words in their order; honorifics left out. */
  tokens: readonly NameToken[];
  /** The tokens as one string: equal keys, equal names. */
  key: string;
  /** Keys and stems of the words: what the name is filed under. */
  filed: readonly string[];
  /** Folded honorifics (`pasa`, `bei`). */
  honorifics: readonly string[];
  /** The specificity of the name as written, before an adopted surname completes it. */
  written: number;
}

const HONORIFICS = new Set([...russianHonorifics, ...latinHonorifics, ...turkishHonorifics, 'гази', 'Gazi', 'Ghazi'].map(foldWord));

const canonicalGivenName: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of givenNameGroups) {
    const canonical = foldWord(group[0]!);
    for (const form of group) map.set(foldWord(form), canonical);
  }
  return map;
})();

function word(text: string): NameToken {
  const key = foldWord(text);
  const given = canonicalGivenName.get(key);
  const token: NameToken = given ? { key: given, initial: false, given: true } : { key, initial: false };
  if (hasCyrillic(text)) token.stem = foldWord(russianStem(text.toLowerCase()));
  return token;
}

/** An initial's key: the first letter its word's key would start with (`Г.` → `h`, as `Georgy` → `heorhi`). */
function initial(letters: string): NameToken {
  return { key: foldWord(`${letters}t`)[0] ?? '', initial: true };
}

const INITIAL = /^(\p{Lu}\p{Ll}{0,2})\.\s*/u;

/** Parses a name as the recognizer gives it (nominative, in the text's script). */
export const parsePersonName: (lemma: string) => PersonName = memoize((lemma: string): PersonName => {
  const initials: NameToken[] = [];
  const words: NameToken[] = [];
  const honorifics: string[] = [];
  // `Юсуф Кемаль (Тенгиршенк)`, `Mustafa Kemal (Ataturk)`: a bracketed word is another name of the same person
  const bracketed = [...lemma.matchAll(/\(([^()]*)\)/g)].flatMap((match) => foldWords(match[1]!).length <= 2 ? [match[1]!] : []);
  const pieces = lemma.replace(/\([^()]*\)/g, ' ').split(/\s+/).concat(bracketed.flatMap((text) => text.split(/\s+/)));
  for (let piece of pieces) {
    for (let match = INITIAL.exec(piece); match; match = INITIAL.exec(piece)) {
      initials.push(initial(match[1]!));
      piece = piece.slice(match[0].length);
    }
    const parts = piece.split(/[-‐‑]/);
    const last = parts.length > 1 ? foldWord(parts[parts.length - 1]!) : '';
    if (HONORIFICS.has(last)) {
      honorifics.push(last);
      piece = parts.slice(0, -1).join('-');
    }
    const key = foldWord(piece);
    if (!key) continue;
    if (HONORIFICS.has(key)) honorifics.push(key);
    else words.push(word(piece));
  }
  if (words.length === 0 && initials.length === 0 && honorifics.length > 0) words.push({ key: honorifics.pop()!, initial: false });
  const written = [...initials, ...words];
  const tokens = withAdoptedSurname(written, honorifics.length > 0);
  return {
    tokens,
    key: tokens.map((token) => (token.initial ? `${token.key}.` : token.key)).join(' '),
    filed: [...new Set(tokens.flatMap((token) => (token.initial ? [] : [token.key, token.stem ?? token.key])))],
    honorifics,
    written: specificity(written),
  };
});

interface AdoptedName {
  surname: string;
  full: readonly NameToken[];
  before: ReadonlyArray<readonly NameToken[]>;
}

const adoptedNames: readonly AdoptedName[] = adoptedSurnames.map(({ before, surname }) => {
  const earlier = before.map((name) => name.split(' ').map(word));
  return { surname: foldWord(surname), full: [...earlier[0]!, word(surname)], before: earlier };
});

/**
 * The full name of a Turkish statesman when the tokens are one of his names: the adopted
 * surname with nothing contradicting it (`Ататюрк`, `Kemal Atatürk`), or exactly a name he
 * bore before 1934 (`Мустафа Кемаль`; a one-word name only with an honorific: `Halil Pasha`).
 */
function withAdoptedSurname(tokens: NameToken[], hasHonorific: boolean): NameToken[] {
  for (const adopted of adoptedNames) {
    const named = tokens.some((token) => !token.initial && similarKeys(token.key, adopted.surname));
    if (named && covers(adopted.full, tokens)) return [...adopted.full];
    const earlierName = adopted.before.some(
      (before) => (before.length > 1 || hasHonorific) && sameTokens(before, tokens),
    );
    if (earlierName) return [...adopted.full];
  }
  return tokens;
}

function sameStem(a: NameToken, b: NameToken): boolean {
  const stem = a.stem ?? a.key;
  return stem.length >= 4 && stem === (b.stem ?? b.key);
}

function fits(short: NameToken, long: NameToken): boolean {
  if (short.initial) return long.key.startsWith(short.key);
  if (long.initial) return false;
  if ((short.stem !== undefined || long.stem !== undefined) && sameStem(short, long)) return true;
  if (short.given && long.given) return short.key === long.key;
  return similarKeys(short.key, long.key);
}

/**
 * True when `short` could be a way of writing `long`: its tokens found in `long` in order,
 * words as similar words, initials as initials or first letters (`М.Кемаль` in
 * `Мустафа Кемаль`, `Kemal` in `Mustafa Kemal Atatürk`), and a patronymic's initial where
 * `long` gives none (`S.I. Aralov` in `Semen Aralov`). Not `Юсуф Кемаль` in `Мустафа Кемаль`.
 */
function covers(long: readonly NameToken[], short: readonly NameToken[]): boolean {
  const alignFrom = (i: number, j: number): boolean => {
    if (i === short.length) return true;
    for (let k = j; k < long.length; k++) {
      if (fits(short[i]!, long[k]!) && alignFrom(i + 1, k + 1)) return true;
    }
    const nothingThere = i > 0 && short[i]!.initial && i + 1 < short.length && j < long.length && fits(short[i + 1]!, long[j]!);
    return nothingThere && alignFrom(i + 2, j + 1);
  };
  return short.length > 0 && alignFrom(0, 0);
}

/** The same tokens up to spelling: `Mustafa Kamal` and `Мустафа Кемаль`. */
function sameTokens(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  return a.length === b.length && a.every((token, i) => token.initial === b[i]!.initial && fits(token, b[i]!));
}

/** How much a name says: a word counts two, an initial one. */
function specificity(tokens: readonly NameToken[]): number {
  return tokens.reduce((sum, token) => sum + (token.initial ? 1 : 2), 0);
}

export const personScheme: NameScheme<PersonName> = {
  key: (name) => name.key,
  covers: (long, short) => covers(long.tokens, short.tokens),
  same: (a, b) => sameTokens(a.tokens, b.tokens),
  specificity: (name) => specificity(name.tokens),
  tokenCount: (name) => name.tokens.length,
  wordCount: (name) => name.tokens.filter((token) => !token.initial).length,
  indexKeys: (name) => name.filed,
  probeKeys: (name) => {
    const first = name.tokens.find((token) => !token.initial);
    return first ? [first.stem ?? first.key] : [];
  },
  marks: (name) => name.honorifics,
};
