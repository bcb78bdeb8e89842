/**
 * Tells a word broken across a line end (`пред-` / `ставитель`, `Alli-` / `ance`) from
 * a compound that happens to end a line at its hyphen (`Энвер-` / `паши`,
 * `военно-` / `технической`, `anti-` / `Western`). Decided in this order:
 *   1. the hyphenated form is a dictionary word → keep the hyphen;
 *   2. the joined form is a dictionary word → join;
 *   3. the text itself writes the word elsewhere, unbroken, with or without the hyphen
 *      (`Кемаль-паше`, which no dictionary has) → as it does there;
 *   4. either part is a word of its own (`Энвер`, `паши`, `советских`) → a compound, keep;
 *   5. otherwise (an unknown name cut in the middle) → join.
 * A capitalized continuation (`Афьонкарахисар-` / `Кютахья`) always keeps the hyphen,
 * without asking a dictionary. Lexicons load only when a break needs them.
 */
import { lexiconFor, scriptOf, type Lexicon, type Script } from '../lang/lexicon.js';
import { memoize } from '../util/memoize.js';

/** A word broken at a hyphen: the word before it (it may hold hyphens itself) and the letters after. */
export interface HyphenBreak {
  left: string;
  right: string;
}

export interface Dehyphenator {
  keepsHyphen(left: string, right: string): boolean;
}

/** Loads the lexicons the given breaks need (none for most texts); `text` is searched for other spellings. */
export async function loadDehyphenator(breaks: readonly HyphenBreak[], text: string): Promise<Dehyphenator> {
  const scripts = new Set<Script>();
  for (const { left, right } of breaks) {
    const script = scriptNeeded(left, right);
    if (script) scripts.add(script);
  }
  const lexicons = new Map<Script, Lexicon>();
  await Promise.all([...scripts].map(async (script) => lexicons.set(script, await lexiconFor(script))));
  const written = memoizedSearch(text);
  return {
    keepsHyphen(left, right) {
      const script = scriptNeeded(left, right);
      const lexicon = script && lexicons.get(script);
      if (!lexicon) return true;
      const hyphenated = `${left}-${right}`;
      const joined = left + right;
      if (lexicon.isKnownWord(hyphenated)) return true;
      if (lexicon.isKnownWord(joined)) return false;
      if (written(hyphenated)) return true;
      if (written(joined)) return false;
      const lastPart = left.slice(left.lastIndexOf('-') + 1);
      return (lastPart.length >= 2 && lexicon.isKnownWord(lastPart)) || (right.length >= 2 && lexicon.isKnownWord(right));
    },
  };
}

/** Whether a word stands in the text as a whole word; answers are remembered. */
function memoizedSearch(text: string): (word: string) => boolean {
  return memoize((word) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
    }
    return false;
  });
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && (char === '-' || /\p{L}/u.test(char));
}

/** The script whose lexicon must decide, or undefined when the hyphen is kept without asking. */
function scriptNeeded(left: string, right: string): Script | undefined {
  if (!/\p{L}$/u.test(left) || !/^\p{Ll}/u.test(right)) return undefined;
  return scriptOf(left + right);
}

