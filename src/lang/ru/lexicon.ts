/** Russian words from the OpenCorpora dictionary that ships with the `az` package. */
import Az from 'az';
import { memoized, type Lexicon } from '../lexicon.js';
import { loadMorphology } from './morphology.js';

/** Only the dictionary parser, exact spelling: az's other parsers guess at unknown words, which is what we must tell apart. */
const DICTIONARY_ONLY = { parsers: ['Dictionary'], typos: 0, stutter: 0 };

export async function loadRussianLexicon(): Promise<Lexicon> {
  await loadMorphology();
  return memoized((word) =>
    Az.Morph(word, DICTIONARY_ONLY).some((parse) => parse.stutterCnt === 0 && parse.typosCnt === 0),
  );
}
