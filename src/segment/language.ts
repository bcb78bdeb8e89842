/**
 * Language of each paragraph, from script evidence first and franc's trigrams second:
 *  - Mostly Cyrillic letters: Russian, unless letters other Cyrillic alphabets own clearly say
 *    otherwise (Ukrainian є ї ґ і, Belarusian ў, Serbian ђ ј љ њ ћ џ, Bulgarian's frequent ъ
 *    without ы э). Pre-reform letters (ѣ ѳ ѵ) are Russian.
 *  - Mostly Latin letters: Turkish (ğ ş ı İ), Azerbaijani (ə) and Polish (ą ę ł ń ś ź ż ć) letters are
 *    strong evidence when they are a noticeable share of the letters (a Turkish place name in an
 *    English paragraph is not); otherwise English function words, then franc among Latin-script
 *    languages, on the paragraph's first thousand characters.
 *  - Short Latin paragraphs next to each other are judged together; what still cannot be told
 *    (`Dear comrade,`) takes the language its neighbours agree on, else the document's main
 *    language of the same script.
 * Mixed paragraphs, bibliography entries included (`Kireev N.G., 2007, История Турции, Москва.`),
 * take the script of the majority of their letters; links and e-mail addresses do not count.
 */
import { franc } from 'franc-min';
import type { Lang } from '../model.js';
import { isLetterUnit } from '../util/unicode-classes.js';

/** franc reads only the start of a paragraph: it costs about a millisecond per thousand characters. */
const FRANC_SAMPLE = 1000;
/** A run of short paragraphs is asked with less: it only has to tell a language, not outvote a quotation. */
const RUN_FRANC_SAMPLE = 400;
/**
 * Fewer Latin letters than this are too few for franc's trigram statistics on their own; shorter
 * paragraphs next to each other (a heading and its subtitle, a run of references) are asked together.
 */
const MIN_PARAGRAPH_FRANC_LETTERS = 200;
const MIN_RUN_FRANC_LETTERS = 60;
/** Share of a script's letters that language-specific letters must reach to decide alone. */
const STRONG_SHARE = 0.01;
/**
 * English prose is the commonest Latin-script text here and franc is costly (about a millisecond per
 * thousand characters), so English is recognized first by its function words, which make up about a
 * quarter of English running text and almost none of other languages'. franc decides the rest.
 */
const ENGLISH_FUNCTION_WORDS = /\b(?:the|of|and|to|in|is|was|were|that|for|with|as|by|on|from|at|which|it|be|had|has|not|are|this|his|their|an|a)\b/gi;
const FUNCTION_WORD_SAMPLE = 300;
const MIN_FUNCTION_WORD_SAMPLE = 12;
const ENGLISH_FUNCTION_SHARE = 0.2;

/**
 * Latin-script languages plausible in this kind of corpus (scholarship on Russia, Turkey, the Caucasus
 * and Europe), ISO 639-3 as franc names them; each one more costs franc a model comparison.
 */
const LATIN_CANDIDATES = ['eng', 'tur', 'pol', 'deu', 'fra', 'ita', 'spa', 'ces', 'azj'];

/** ISO 639-3 → 639-1 for the languages franc-min knows; codes without a 639-1 form stay as they are. */
const ISO_639_1: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr',
  ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs', run: 'rn',
  plt: 'mg', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', rus: 'ru', ukr: 'uk',
  bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne',
  cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my',
  pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
};

export type Script = 'cyrillic' | 'latin' | 'other' | 'none';

export interface LanguageGuess {
  lang: Lang;
  script: Script;
  /** False when the paragraph alone could not tell; `lang` is then 'und' until settled. */
  decided: boolean;
  /** Letters of the paragraph's main script (counted in its first SCRIPT_SAMPLE characters). */
  letters: number;
}

interface LetterCounts {
  cyrillic: number;
  latin: number;
  other: number;
  turkish: number;
  azerbaijani: number;
  polish: number;
  ukrainian: number;
  belarusian: number;
  serbian: number;
  hardSign: number;
  russianOnly: number;
  preReform: number;
}

const LETTER = /\p{L}/u;
const LINK = /\S*(?:https?:\/\/|www\.|@)\S*/g;


/** Script shares and letter evidence are stable long before the end of a long paragraph. */
const SCRIPT_SAMPLE = 2000;

/** Evidence counters, and for each code point below 0x500 the counter it adds to (index + 1; 0: none). */
const EVIDENCE: Array<[string, keyof LetterCounts]> = [
  ['ğĞşŞıİ', 'turkish'],
  ['əƏ', 'azerbaijani'],
  ['ąĄęĘłŁńŃśŚźŹżŻćĆ', 'polish'],
  ['єЄїЇґҐіІ', 'ukrainian'],
  ['ўЎ', 'belarusian'],
  ['ђЂјЈљЉњЊћЋџЏ', 'serbian'],
  ['ъЪ', 'hardSign'],
  ['ыЫэЭ', 'russianOnly'],
  ['ѣѢѳѲѵѴ', 'preReform'],
];
const EVIDENCE_BY_CODE = new Uint8Array(0x500);
EVIDENCE.forEach(([letters], index) => {
  for (const letter of letters) EVIDENCE_BY_CODE[letter.charCodeAt(0)] = index + 1;
});

/**
 * The sample's UTF-16 code units are copied here and read as bytes: paragraphs are slices of the
 * document's text, and charCodeAt on a sliced string costs about twice as much.
 */
const SAMPLE_BYTES = Buffer.alloc(2 * SCRIPT_SAMPLE);

/** Letters by script, and the letters that tell languages apart, in a sample no longer than SCRIPT_SAMPLE. */
function countLetters(sample: string): LetterCounts {
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  const evidence = new Int32Array(EVIDENCE.length + 1);
  // With every argument given: optimized, the shorter `write(sample, 'utf16le')` allocated about 8 KB a call.
  const byteLength = SAMPLE_BYTES.write(sample, 0, SAMPLE_BYTES.length, 'utf16le');
  for (let i = 0; i < byteLength; i += 2) {
    const code = SAMPLE_BYTES[i]! | (SAMPLE_BYTES[i + 1]! << 8);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin++;
    } else if (code < 0x500) {
      if (code >= 0x400) cyrillic++;
      else if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) latin++;
      else if (isLetterUnit(code)) other++;
      const counter = EVIDENCE_BY_CODE[code]!;
      if (counter) evidence[counter]!++;
    } else if (code >= 0x1e00 && code <= 0x1eff) {
      latin++;
    } else if (isLetterUnit(code)) {
      other++;
    }
  }
  const counts: LetterCounts = {
    cyrillic, latin, other, turkish: 0, azerbaijani: 0, polish: 0,
    ukrainian: 0, belarusian: 0, serbian: 0, hardSign: 0, russianOnly: 0, preReform: 0,
  };
  EVIDENCE.forEach(([, counter], index) => {
    counts[counter] = evidence[index + 1]!;
  });
  return counts;
}

/** Whether `count` letters of `total` are clear evidence: a noticeable share, and more than a stray letter unless the text is tiny. */
function isStrong(count: number, total: number): boolean {
  return count >= (total < 30 ? 1 : 2) && count >= total * STRONG_SHARE;
}

function cyrillicLanguage(counts: LetterCounts): Lang {
  const total = counts.cyrillic;
  if (counts.preReform > 0) return 'ru';
  if (isStrong(counts.serbian, total)) return 'sr';
  if (isStrong(counts.belarusian, total)) return 'be';
  if (isStrong(counts.ukrainian, total) && counts.ukrainian > counts.russianOnly) return 'uk';
  if (isStrong(counts.hardSign, total) && counts.russianOnly * 10 < counts.hardSign) return 'bg';
  return 'ru';
}

function francLanguage(sample: string, only?: string[]): Lang {
  const code = franc(sample, only ? { only } : {});
  return code === 'und' ? 'und' : (ISO_639_1[code] ?? code);
}

function isEnglishByFunctionWords(text: string): boolean {
  const sample = text.slice(0, FUNCTION_WORD_SAMPLE);
  const words = countWords(sample);
  if (words < MIN_FUNCTION_WORD_SAMPLE) return false;
  const functionWords = sample.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  return functionWords >= words * ENGLISH_FUNCTION_SHARE;
}

/** Runs of letters (what `/\p{L}+/gu` finds), counted without matching `\p{L}` at every character. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let letter: boolean;
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      letter = LETTER.test(text.slice(index, index + 2));
      index++;
    } else {
      letter = isLetterUnit(code);
    }
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/** A Latin-script text without telling letters: English by its function words, else franc's choice. */
function latinTextLanguage(sample: string): Lang {
  return isEnglishByFunctionWords(sample) ? 'en' : francLanguage(sample, LATIN_CANDIDATES);
}

function latinLanguage(text: string, counts: LetterCounts): LanguageGuess {
  const total = counts.latin;
  const guess = (lang: Lang): LanguageGuess => ({ lang, script: 'latin', decided: lang !== 'und', letters: total });
  if (isStrong(counts.azerbaijani, total)) return guess('az');
  const turkish = isStrong(counts.turkish, total);
  const polish = isStrong(counts.polish, total);
  if (turkish || polish) return guess(turkish && (!polish || counts.turkish >= counts.polish) ? 'tr' : 'pl');
  if (total < MIN_PARAGRAPH_FRANC_LETTERS) return guess('und');
  return guess(latinTextLanguage(text.slice(0, FRANC_SAMPLE)));
}

/** The language of one paragraph's text, as far as the paragraph alone tells. */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SCRIPT_SAMPLE);
  // Cheaper than matching LINK, and whenever LINK matches, one of these is there.
  const mayHoldLink = sample.includes('@') || sample.includes('www.') || sample.includes('://');
  const counts = countLetters(mayHoldLink ? sample.replace(LINK, ' ') : sample);
  const { cyrillic, latin, other } = counts;
  if (cyrillic === 0 && latin === 0 && other === 0) return { lang: 'und', script: 'none', decided: false, letters: 0 };
  if (cyrillic >= latin && cyrillic >= other) {
    return { lang: cyrillicLanguage(counts), script: 'cyrillic', decided: true, letters: cyrillic };
  }
  if (latin >= other) return latinLanguage(text, counts);
  const lang = francLanguage(text.slice(0, FRANC_SAMPLE));
  return { lang, script: 'other', decided: lang !== 'und', letters: other };
}

/** Languages of a document's paragraphs, in order: each paragraph's own evidence, then its context. */
export function paragraphLanguages(texts: readonly string[]): Lang[] {
  const guesses = decideShortLatinRuns(texts, texts.map(guessLanguage));
  return settleLanguages(guesses, texts.map((text) => text.length));
}

/** Decides each run of consecutive undecided Latin paragraphs together, when they have letters enough. */
function decideShortLatinRuns(texts: readonly string[], guesses: LanguageGuess[]): LanguageGuess[] {
  const isShortLatin = (guess: LanguageGuess | undefined) => guess?.script === 'latin' && !guess.decided;
  const settled = [...guesses];
  for (let start = 0; start < guesses.length; start++) {
    if (!isShortLatin(guesses[start])) continue;
    let end = start;
    let letters = 0;
    while (isShortLatin(guesses[end])) letters += guesses[end++]!.letters;
    if (letters >= MIN_RUN_FRANC_LETTERS) {
      const lang = latinTextLanguage(texts.slice(start, end).join(' ').slice(0, RUN_FRANC_SAMPLE));
      if (lang !== 'und') {
        for (let index = start; index < end; index++) settled[index] = { ...guesses[index]!, lang, decided: true };
      }
    }
    start = end - 1;
  }
  return settled;
}

/**
 * Final languages for a document's paragraphs. An undecided paragraph (a heading, `Dear comrade,`)
 * whose nearest decided neighbours on both sides share its script and agree on a language takes
 * that language; otherwise the language with most characters among the document's decided
 * paragraphs of its script (of any script when it has no letters); otherwise 'und'.
 */
function settleLanguages(guesses: readonly LanguageGuess[], lengths: readonly number[]): Lang[] {
  if (guesses.every((guess) => guess.decided)) return guesses.map((guess) => guess.lang);
  const byScript = new Map<Script, Map<Lang, number>>();
  const overall = new Map<Lang, number>();
  guesses.forEach((guess, index) => {
    if (!guess.decided) return;
    const length = lengths[index] ?? 0;
    const scriptTotals = byScript.get(guess.script) ?? new Map<Lang, number>();
    scriptTotals.set(guess.lang, (scriptTotals.get(guess.lang) ?? 0) + length);
    byScript.set(guess.script, scriptTotals);
    overall.set(guess.lang, (overall.get(guess.lang) ?? 0) + length);
  });
  const previous = nearestDecidedBefore(guesses);
  const next = nearestDecidedBefore([...guesses].reverse()).reverse();
  return guesses.map((guess, index) => {
    if (guess.decided) return guess.lang;
    const before = previous[index];
    const after = next[index];
    if (before && after && before.lang === after.lang && before.script === guess.script && after.script === guess.script) {
      return before.lang;
    }
    const totals = guess.script === 'none' ? overall : byScript.get(guess.script);
    return totals ? mostCharacters(totals)[0] ?? 'und' : 'und';
  });
}

/** For each paragraph, the nearest decided guess before it. */
function nearestDecidedBefore(guesses: readonly LanguageGuess[]): Array<LanguageGuess | undefined> {
  const nearest: Array<LanguageGuess | undefined> = [];
  let last: LanguageGuess | undefined;
  for (const guess of guesses) {
    nearest.push(last);
    if (guess.decided) last = guess;
  }
  return nearest;
}

/** Languages of a totals map, most characters first. */
export function mostCharacters(totals: ReadonlyMap<Lang, number>): Lang[] {
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lang]) => lang);
}
