/**
 * Word lists behind decisions that need to know whether a string is a word of a
 * language (is `пред-ставитель` one word broken at a line end, or `Энвер-паши` a
 * compound?). Each language's lexicon lives in its own folder and is loaded only
 * when a decision asks for it: the dictionaries take a few hundred milliseconds to load.
 */

import { memoize } from '../util/memoize.js';

export interface Lexicon {
  /** True when the word, as written (case matters for proper names), is in the dictionary. */
  isKnownWord(word: string): boolean;
}

export type Script = 'cyrillic' | 'latin';

/** The script of a word's letters, or undefined when it mixes scripts or has none we have a lexicon for. */
export function scriptOf(word: string): Script | undefined {
  if (/^[\p{Script=Cyrillic}-]+$/u.test(word)) return 'cyrillic';
  if (/^[\p{Script=Latin}'’-]+$/u.test(word)) return 'latin';
  return undefined;
}

const loading = new Map<Script, Promise<Lexicon>>();

/** The lexicon for a script, loaded on first use and shared afterwards. */
export function lexiconFor(script: Script): Promise<Lexicon> {
  let lexicon = loading.get(script);
  if (!lexicon) {
    lexicon = script === 'cyrillic'
      ? import('./ru/lexicon.js').then((m) => m.loadRussianLexicon())
      : import('./en/lexicon.js').then((m) => m.loadEnglishLexicon());
    loading.set(script, lexicon);
  }
  return lexicon;
}

/** Remembers answers: the same fragments recur (a name broken at many line ends). */
export function memoized(isKnownWord: (word: string) => boolean): Lexicon {
  return { isKnownWord: memoize(isKnownWord) };
}
