/** Russian words from the OpenCorpora dictionary that ships with the `az` package. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az from 'az';
import { memoized, type Lexicon } from '../lexicon.js';

/** Only the dictionary parser, exact spelling: az's other parsers guess at unknown words, which is what we must tell apart. */
const DICTIONARY_ONLY = { parsers: ['Dictionary'], typos: 0, stutter: 0 };

export async function loadRussianLexicon(): Promise<Lexicon> {
  const dicts = join(dirname(createRequire(import.meta.url).resolve('az')), '..', 'dicts');
  await new Promise<void>((resolve, reject) => {
    Az.Morph.init(dicts, (error) => (error ? reject(error) : resolve()));
  });
  return memoized((word) =>
    Az.Morph(word, DICTIONARY_ONLY).some((parse) => parse.stutterCnt === 0 && parse.typosCnt === 0),
  );
}
