/**
 * The one analyzer behind indexing, querying and highlighting, so that a word is
 * reduced to the same term wherever it appears.
 *
 * A token is a run of letters, marks and digits; hyphens split words into their parts
 * (`Энвер-паши` → энвер, паш) and apostrophe forms keep their base (`Kemal's`,
 * `Terakki'den`). Words are folded (lowercase, ё → е, Latin diacritics removed) and
 * stemmed by script — Cyrillic with the Russian Snowball stemmer, Latin with the
 * English one — whatever the language of the passage, so a query needs no language.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { detached } from '../util/detached.js';
import { APOSTROPHES, isApostropheUnit, isMarkUnit, isWordUnit } from '../util/unicode-classes.js';

/**
 * Bump whenever a change here changes the terms of any text: stores rebuild their index
 * when it differs from the version they were built with, so old and new terms never mix.
 */
export const ANALYZER_VERSION = 1;

export interface Token {
  /** The stem: what the index holds and plain query words are compared with. */
  term: string;
  /** The folded word before stemming: what prefix queries are compared with. */
  form: string;
  /** The word's span in the analyzed text. */
  start: number;
  end: number;
}

/** Apostrophes that join a word to a suffix (`Kemal's`, `Terakki'den`, `peopleʹs`). */
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'u');

const ASTRAL_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Length in code units of the word character at `i`, or 0 if there is none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return isWordUnit(code) && !isApostropheUnit(code) ? 1 : 0;
  const point = text.codePointAt(i)!;
  return point > 0xffff && ASTRAL_WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Latin letters that carry no combining mark to strip, spelled as their base letters. */
const LATIN_SPECIAL: Record<string, string> = {
  ı: 'i', ł: 'l', đ: 'd', ð: 'd', ø: 'o', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};
const LATIN_SPECIAL_PATTERN = new RegExp(`[${Object.keys(LATIN_SPECIAL).join('')}]`, 'gu');
/** Text that needs no folding beyond lowercase: ASCII and the basic Cyrillic alphabet (ё excluded). */
const PLAIN = /^[\u0000-\u007f\u0430-\u044f]*$/;
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /\p{Script=Latin}/u;

/** Lowercase, ё → е, Latin diacritics removed (ş → s, ı → i, ł → l); Cyrillic й keeps its breve. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower
    .replaceAll('ё', 'е')
    .normalize('NFKD')
    .replace(LATIN_MARKS, '$1')
    .replace(LATIN_SPECIAL_PATTERN, (ch) => LATIN_SPECIAL[ch]!)
    .normalize('NFC');
}

/** A name as it is looked up: folded, with white space and dots collapsed (`Г.Чичерин` = `г. чичерин`). */
export function foldName(name: string): string {
  return fold(name).replace(/[\s.]+/gu, ' ').trim();
}

/** Stems a folded word with the stemmer of its script; other scripts and numbers stay as they are. */
function stemFolded(form: string): string {
  if (CYRILLIC.test(form)) return stemRussian(form);
  if (LATIN.test(form)) return stemEnglish(form);
  return form;
}

/**
 * The base of an apostrophe form: `kemal's` → kemal, `terakki'den` → terakki; after a
 * one-letter part the apostrophe is elided instead (`O'Brien` → obrien, `d'Annunzio`).
 */
function withoutApostrophe(word: string): string {
  const at = word.search(APOSTROPHE);
  if (at < 0) return word;
  if (at === 1) return word.replace(new RegExp(`[${APOSTROPHES}]`, 'gu'), '');
  return word.slice(0, at);
}

interface Reduced {
  term: string;
  form: string;
}

/** Words recur endlessly in a corpus; reducing each distinct spelling once is most of the analyzer's speed. */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, Reduced>();

function reduce(word: string): Reduced {
  const cached = cache.get(word);
  if (cached) return cached;
  const form = fold(withoutApostrophe(word));
  const reduced = { term: stemFolded(form), form };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  // The cache must hold words, not the texts they were sliced from.
  cache.set(detached(word), reduced);
  return reduced;
}

/** Stands for a word that was not reduced because its stem cannot begin with a letter asked for. */
const UNREDUCED: Reduced = { term: '', form: '' };

const initials = new Map<number, string>();

/**
 * The first letter of the stem of a word that begins with the code unit `code`: its first letter
 * folded, as folding keeps a word's letters in place and both stemmers change only endings.
 */
function initialOf(code: number): string {
  let initial = initials.get(code);
  if (initial === undefined) {
    initial = fold(String.fromCharCode(code)).charAt(0);
    initials.set(code, initial);
  }
  return initial;
}

/** Whether the word at `start` begins with a surrogate pair, or with a letter and a mark that folding may compose into another letter (и + ◌̆ → й). */
function startsWithCombination(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  return (code >= 0xd800 && code <= 0xdfff) || (start + 1 < text.length && isMarkUnit(text.charCodeAt(start + 1)));
}

/**
 * Calls `visit` for each word of `text` with its reduced forms and span: the one tokenizer
 * behind both exports. A word is a run of word characters; an apostrophe between two of
 * them joins (`Kemal's`). Given `wanted`, a word whose stem cannot begin with one of those
 * letters is visited unreduced (empty term and form), which spares most words' reduction when
 * only a few stems are looked for.
 */
function forEachWord(text: string, visit: (reduced: Reduced, start: number, end: number) => void, wanted?: ReadonlySet<string>): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = wordCharAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    let end = i + first;
    while (end < length) {
      const step = wordCharAt(text, end);
      if (step > 0) end += step;
      else if (isApostropheUnit(text.charCodeAt(end)) && end + 1 < length && wordCharAt(text, end + 1) > 0) end += 1;
      else break;
    }
    if (wanted !== undefined && !wanted.has(initialOf(text.charCodeAt(i))) && !startsWithCombination(text, i)) {
      visit(UNREDUCED, i, end);
    } else {
      const reduced = reduce(text.slice(i, end));
      if (reduced.term.length > 0) visit(reduced, i, end);
    }
    i = end;
  }
}

/**
 * The words of `text` with their stems and spans. Given `initials`, only words whose stem may
 * begin with one of those letters are reduced; the others keep their place with an empty term.
 */
export function analyze(text: string, initials?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, ({ term, form }, start, end) => tokens.push({ term, form, start, end }), initials);
  return tokens;
}

/** The stems of a text's words, space-separated, as the index stores them; no tokens are built, which matters at ingest. */
export function indexTerms(text: string): string {
  const terms: string[] = [];
  forEachWord(text, ({ term }) => terms.push(term));
  return terms.join(' ');
}
