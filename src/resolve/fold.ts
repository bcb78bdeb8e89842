/**
 * Spelling-blind keys for names, so that a name compares equal across scripts and
 * transcription schemes: `Чичерин`, `Chicherin`, `Čičerin` → `cicerin`; `Кязым`, `Kâzım`,
 * `Kazim` → `kazim`; `Юсуф`, `Yusuf`, `Iusuf` → `iusuf`; `Фуат`, `Fuad` → `fuat`.
 * What is left to tell apart (`Kemal`/`Kamal`) is measured by edit distance on the key.
 */
import { cyrillicLetters } from '../lang/ru/transliteration.js';
import { turkishLetters } from '../lang/tr/transliteration.js';
import { memoize } from '../util/memoize.js';

/** Lower-case characters in plain Latin letters: Cyrillic and Turkish letters spelled out, accents off, the rest dropped. */
const latinLetters = new Map<string, string>(Object.entries({ ...cyrillicLetters, ...turkishLetters }));

function latinOf(ch: string): string {
  let latin = latinLetters.get(ch);
  if (latin === undefined) {
    latin = ch.normalize('NFD').replace(/[^a-z]/g, '');
    latinLetters.set(ch, latin);
  }
  return latin;
}

/** Letter clusters by their first letter, longest first. */
const CLUSTERS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  s: [['shch', 's'], ['sch', 's'], ['sh', 's']],
  t: [['tsch', 'c'], ['ts', 'c'], ['tz', 'c'], ['th', 't']],
  d: [['dzh', 'c'], ['dj', 'c']],
  z: [['zh', 'z']],
  c: [['ch', 'c']],
  k: [['kh', 'h']],
  g: [['gh', 'h']],
  p: [['ph', 'f']],
  o: [['ou', 'u']],
};
const SINGLE: Readonly<Record<string, string>> = { g: 'h', q: 'k', w: 'v', y: 'i' };
const DEVOICED: Readonly<Record<string, string>> = { d: 't', b: 'p', g: 'k' };
const isVowel = (ch: string | undefined) => ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';

/**
 * Latin spellings that transcriptions disagree on, merged to one letter, in one pass (this
 * runs on every town of the gazetteer):
 * - `shch`, `sch`, `sh` (ш, ş) → `s`; `zh` (ж) → `z`;
 * - `ch` (ч, ç), `ts`, `tz` (ц), `tsch`, `dzh`, `dj`, `j` (дж, Turkish c) → `c`: `Чичерин` = `Chicherin`,
 *   `Джемаль` = `Cemal` = `Jemal`; but `j` closing a syllable is й (`Gusejnov`) → `i`;
 * - `kh`, `gh`, `g` → `h` (Russian г renders Turkic and Polish h: `Гасан` = `Hasan`, `Ганецкий` = `Hanecki`),
 *   and `x` opening a name (Azerbaijani: `Xəlil` = `Халил`; elsewhere x is `ks`);
 * - `ph` → `f`, `th` → `t`, `ou` → `u` (French transcription: `Mamoulia`), `q` → `k`, `w` → `v`, `y` → `i`,
 *   but `yo` after a consonant → `e` (ё, mostly printed е: `Fyodor` = `Федор`);
 * - a final `d`, `b`, `g` devoiced, as Turkish writes it (`Fuat`, `Mehmet`) and other spellings do not;
 * - doubled letters single.
 */
function mergeSpellings(latin: string): string {
  const last = latin.length - 1;
  let out = '';
  for (let i = 0; i <= last; ) {
    const c = latin[i]!;
    let merged = i === last ? DEVOICED[c] ?? SINGLE[c] ?? c : SINGLE[c] ?? c;
    let step = 1;
    const clusters = CLUSTERS[c];
    if (clusters) {
      for (let k = 0; k < clusters.length; k++) {
        const from = clusters[k]![0];
        if (latin.startsWith(from, i)) {
          merged = clusters[k]![1];
          step = from.length;
          break;
        }
      }
    } else if (c === 'x') merged = i === 0 ? 'h' : 'ks';
    else if (c === 'y' && latin[i + 1] === 'o' && i > 0 && !isVowel(latin[i - 1])) {
      // ё after a consonant, which Russian print mostly writes е: `Fyodor`, `Pyotr` = `Федор`, `Петр`
      merged = 'e';
      step = 2;
    }
    else if (c === 'j') merged = isVowel(latin[i - 1]) && !isVowel(latin[i + 1]) ? 'i' : 'c';
    // doubled letters single
    if (merged === 'ks' && out[out.length - 1] === 'k') merged = 's';
    if (out[out.length - 1] !== merged) out += merged;
    i += step;
  }
  // я, ю, е after a consonant or a soft sign (`Кютахья` = `Kütahya`) and an initial е (`Ефрем` = `Yefrem`)
  // lose their i; an initial я, ю keeps it (`Яков` = `Iakov`), so that the initial `Я.` still matches
  let key = '';
  for (let i = 0; i < out.length; i++) {
    const next = out[i + 1];
    if (out[i] === 'i' && (i > 0 ? isVowel(next) && next !== 'i' : next === 'e')) continue;
    key += out[i];
  }
  return key;
}

/** The key of one word: Latin letters a–z only, every transcription of the same name alike. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  let latin = '';
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    latin += code >= 97 && code <= 122 ? lower[i] : latinOf(lower[i]!);
  }
  return mergeSpellings(latin);
}

/** Words of a name (split at white space, hyphens kept inside the word), folded; empty keys dropped. */
export function foldWords(name: string): string[] {
  return name
    .split(/[\s\u00a0]+/)
    .map(foldWord)
    .filter((key) => key.length > 0);
}

/** How many edits two keys this long may differ by and still be one name. */
function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` as soon
 * as it is known to exceed `max`.
 */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

const similarPairs = new Map<string, boolean>();

/** True when two word keys are one name: equal, or within the edits their length allows. */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return true;
  const max = allowedEdits(Math.min(a.length, b.length));
  if (max === 0 || Math.abs(a.length - b.length) > max) return false;
  const pair = a < b ? `${a} ${b}` : `${b} ${a}`;
  let similar = similarPairs.get(pair);
  if (similar === undefined) {
    similar = editDistance(a, b, max) <= max;
    similarPairs.set(pair, similar);
  }
  return similar;
}

/**
 * Keys within a few edits of each other, found without comparing every pair: each key is
 * filed under its deletion variants (two keys within `d` edits share a variant with at most
 * `d` deletions), and only keys that share one are measured.
 */
export class FuzzyIndex<T> {
  private readonly byVariant = new Map<string, Array<{ key: string; item: T }>>();
  /** Answers given since the last `add`: the same keys are asked again and again. */
  private readonly answers = new Map<string, T[]>();

  add(key: string, item: T): void {
    // Clearing makes a new table even when there is nothing to clear, as after the first key of a name filed under several.
    if (this.answers.size > 0) this.answers.clear();
    for (const variant of deletionVariants(key)) {
      const list = this.byVariant.get(variant);
      if (list) list.push({ key, item });
      else this.byVariant.set(variant, [{ key, item }]);
    }
  }

  /** Items filed under keys similar to `key` (`similarKeys`), each once. */
  find(key: string): T[] {
    const known = this.answers.get(key);
    if (known) return known;
    const found = new Set<T>();
    for (const variant of deletionVariants(key)) {
      for (const entry of this.byVariant.get(variant) ?? []) {
        if (!found.has(entry.item) && similarKeys(key, entry.key)) found.add(entry.item);
      }
    }
    const answer = [...found];
    this.answers.set(key, answer);
    return answer;
  }
}

/** The keys a key is filed under: itself and what is left after up to `depth` deletions. Keys recur; their variants are kept. */
const deletionVariants = memoize((key: string): readonly string[] => [...variantsOf(key, allowedEdits(key.length))]);

function variantsOf(key: string, depth: number): Set<string> {
  const variants = new Set([key]);
  let frontier = [key];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const word of frontier) {
      for (let i = 0; i < word.length; i++) {
        const shorter = word.slice(0, i) + word.slice(i + 1);
        if (!variants.has(shorter)) {
          variants.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return variants;
}
