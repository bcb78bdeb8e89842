/** English words from the Hunspell dictionary of `dictionary-en`, checked with `nspell`. */
import nspell from 'nspell';
import { memoized, type Lexicon } from '../lexicon.js';

export async function loadEnglishLexicon(): Promise<Lexicon> {
  const { default: dictionary } = await import('dictionary-en');
  const spell = nspell(dictionary);
  return memoized((word) => spell.correct(word));
}
