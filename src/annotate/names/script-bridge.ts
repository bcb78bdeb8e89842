/**
 * Crossing between Cyrillic and Latin spellings of a name, to ask a resource in the other
 * script: Cyrillic → a loose Latin key, matched against Latin gazetteers (`Кютахья` and
 * `Kütahya` share the key `kutaha`); Latin → a Russian spelling, asked of az's dictionary,
 * which knows thousands of given names, surnames and places (`Mustafa` → `Мустафа`, Name).
 */
import iuliia from 'iuliia';
import { memoize } from '../../util/memoize.js';

const LATIN_FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd' };

/**
 * A spelling-insensitive key for a Latin or Cyrillic name: transliterated, diacritics off, then
 * the spellings transcriptions disagree on merged (`kh`/`h`, `sh`/`ş`, `y`, `j`, doubled letters,
 * a final vowel: `Batum` and `Batumi` share a key).
 */
export const nameKey = memoize((name: string): string => {
  const latin = /[\u0400-\u04ff]/.test(name) ? iuliia.translate(name, iuliia.WIKIPEDIA) : name;
  const folded = latin
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøßæœđ]/g, (ch) => LATIN_FOLD[ch]!);
  return folded
    .replace(/kh|gh/g, 'h')
    .replace(/sh|sch/g, 's')
    .replace(/ch|tch/g, 'c')
    .replace(/zh/g, 'j')
    .replace(/ts|tz/g, 'c')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[yj'ʹ’`]/g, '')
    .replace(/[^a-z ]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=[^aeiou ])[aeiou]$/, '')
    .trim();
});

/** Latin letters and pairs in their usual Russian spelling; Turkish letters included. */
const TO_CYRILLIC: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['sch', 'ш'], ['kh', 'х'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['ts', 'ц'], ['ya', 'я'], ['yu', 'ю'],
  ['yo', 'е'], ['ye', 'е'], ['ia', 'ия'], ['iu', 'ию'], ['ph', 'ф'], ['th', 'т'], ['ck', 'к'], ['oo', 'у'], ['ee', 'и'],
  ['a', 'а'], ['b', 'б'], ['c', 'дж'], ['ç', 'ч'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['ğ', ''], ['h', 'х'],
  ['i', 'и'], ['ı', 'ы'], ['j', 'дж'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['ö', 'е'], ['p', 'п'],
  ['q', 'к'], ['r', 'р'], ['s', 'с'], ['ş', 'ш'], ['t', 'т'], ['u', 'у'], ['ü', 'ю'], ['v', 'в'], ['w', 'в'], ['x', 'кс'],
  ['y', 'й'], ['z', 'з'], ['â', 'я'], ['î', 'и'], ['û', 'у'], ['é', 'е'], ['è', 'е'], ['ë', 'е'], ['á', 'а'], ['ó', 'о'],
];

/**
 * Russian spellings of a Latin name, likeliest first: the letter-by-letter one, with `Э` for an
 * initial `E` and a soft sign after a final `l` (`Kemal` → `Кемаль`, `Enver` → `Энвер`).
 */
export function cyrillicSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const pair = TO_CYRILLIC.find(([latin]) => lower.startsWith(latin, i));
    if (!pair) return [];
    out += pair[1];
    i += pair[0].length;
  }
  if (!out) return [];
  const spelled = (out[0] === 'е' ? 'э' + out.slice(1) : out).replace(/^./, (ch) => ch.toUpperCase());
  return spelled.endsWith('л') ? [spelled, spelled + 'ь'] : [spelled];
}
