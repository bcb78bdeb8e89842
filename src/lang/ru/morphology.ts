/**
 * Russian morphology from az and its OpenCorpora dictionaries: the analyses of a word
 * (lemma, part of speech, grammemes), with az's suffix-based prediction for words the
 * dictionary lacks (unknown surnames decline like known ones).
 * Load once (`loadMorphology`) before the synchronous calls.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az from 'az';
import { memoize } from '../../util/memoize.js';

export interface Analysis {
  /** Dictionary form, lower case as az gives it. */
  lemma: string;
  /** Part of speech (`NOUN`, `ADJF`, `NUMR`, `PREP`…). */
  pos: string;
  /** Grammemes: case (`nomn`, `gent`, `datv`…), number, gender, `Surn`, `Name`, `Geox`, `Orgn`, `Fixd`… */
  grammemes: ReadonlySet<string>;
  /** az's estimate of this analysis's likelihood among the word's analyses. */
  score: number;
  /** True when the word is in the dictionary, false when its analysis is predicted from its ending. */
  known: boolean;
}

let loading: Promise<void> | undefined;

/** Loads the dictionaries (a few hundred milliseconds) once; later calls share the first. */
export function loadMorphology(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const dicts = join(dirname(createRequire(import.meta.url).resolve('az')), '..', 'dicts');
    Az.Morph.init(dicts, (error) => (error ? reject(error) : resolve()));
  });
  return loading;
}

const NO_TYPOS = { typos: 0, stutter: 0 };

/** Every analysis of a word, likeliest first. Requires `loadMorphology()` to have finished. */
export const analyses: (word: string) => readonly Analysis[] = memoize((word: string): readonly Analysis[] =>
  Az.Morph(word, NO_TYPOS).flatMap((parse) => {
    // az's predictors occasionally yield a form without a dictionary form (seen on long hyphenated words).
    const ending = parse.normalize()?.word;
    if (typeof ending !== 'string') return [];
    return [{
      // A reading of the word's ending (`Аралов` as `ара` + `лов`) normalizes the ending alone.
      lemma: (parse.prefix ?? '') + ending,
      pos: String(parse.tag.POS ?? ''),
      grammemes: new Set(String(parse.tag).split(/[ ,]/).filter(Boolean)),
      score: parse.score,
      known: parse.parser === 'Dictionary',
    }];
  }),
);

/** The likeliest dictionary form of a word, lower case; the word itself (lower-cased) when az has none. */
export function lemmaOf(word: string): string {
  return analyses(word)[0]?.lemma ?? word.toLowerCase();
}
