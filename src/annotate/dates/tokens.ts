/**
 * One pass over a passage that cuts it into words, numbers and marks, each word that could be
 * a date word folded and looked up once: the date grammar then works on tokens, never on
 * characters.
 */
import { fold } from '../../search/analyzer.js';
import { isSpaceUnit, isWordUnit } from '../../util/unicode-classes.js';

export const WORD = 1;
export const NUMBER = 2;
/** One character that is neither letter, digit nor space. */
export const MARK = 3;
/** A web address, kept whole so that the numbers in it are not read. */
export const OPAQUE = 4;

export interface Token<Info> {
  kind: typeof WORD | typeof NUMBER | typeof MARK | typeof OPAQUE;
  start: number;
  end: number;
  /** Words: the folded form ('' when it cannot be a date word); marks: the character; else ''. */
  key: string;
  /** Numbers: the value, or -1 when too long to be a day or a year. */
  value: number;
  /** Numbers: how many digits. */
  digits: number;
  /** White space comes before the token. */
  spaced: boolean;
  /** Words: the first letter is a capital. */
  upper: boolean;
  /** Parentheses and brackets open at the token (in this passage). */
  depth: number;
  /** The token is inside quotation marks. */
  quoted: boolean;
  /** What the vocabulary says of the word. */
  info: Info | undefined;
  /** What the vocabulary says of the word with the period that follows it (`г.`, `Sept.`). */
  dotted: Info | undefined;
}

/** What the tokenizer asks of the vocabulary. */
export interface WordTable<Info> {
  lookup(key: string): Info | undefined;
  /**
   * Some key of this length begins with these three lower-case code units (0 past the end of a
   * short key): other words are not looked up.
   */
  mayBe(first: number, second: number, third: number, length: number): boolean;
}

/** Words longer than this are never date words, so they are neither folded nor looked up. */
const LONGEST_WORD = 16;
const PERIOD = 0x2e;
const COLON = 0x3a;
const OPEN_PARENTHESIS = 0x28;
const CLOSE_PARENTHESIS = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

// Classes of code units, worked out once each and kept: every character of every passage is classed.
const SPACE = 1;
const DIGIT = 2;
/** a–z, а–я: letters that are their own folded form. */
const LOWER = 3;
/** A–Z, А–Я: letters whose folded form is their lower case. */
const UPPER = 4;
/** Other letters, marks and digits of words (ё, ş, combining accents): folded by `fold`. */
const OTHER_LETTER = 5;
const SURROGATE = 6;
const OTHER = 7;
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let found = classes[code]!;
  if (found === 0) {
    found = isSpaceUnit(code)
      ? SPACE
      : code >= 0x30 && code <= 0x39
        ? DIGIT
        : (code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f)
          ? LOWER
          : (code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f)
            ? UPPER
            : code >= 0xd800 && code <= 0xdfff
              ? SURROGATE
              : code >= 0x80 && isWordUnit(code)
                ? OTHER_LETTER
                : OTHER;
    classes[code] = found;
  }
  return found;
}

/** The lower case of a plain letter: both alphabets keep their cases 32 apart. */
function plainLower(code: number): number {
  return classOf(code) === UPPER ? code + 32 : code;
}

const NOT_A_QUOTE = 0;
const OPENS = 1;
const CLOSES = 2;
/** `"`, and `“ ”`, which Russian and English use the other way round: they open or close by where they stand. */
const EITHER = 3;
/** What may stand right before an opening quotation mark. */
const QUOTE_OPENERS = new Set(['(', '[', '«', '„', ':', '—', '–', '-', '/']);

function quoteKind(code: number): number {
  switch (code) {
    case 0xab: // «
    case 0x201e: // „
      return OPENS;
    case 0xbb: // »
      return CLOSES;
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
      return EITHER;
    default:
      return NOT_A_QUOTE;
  }
}

const WEB_PREFIXES = new Set(['http', 'https', 'ftp', 'www']);

export function tokenize<Info>(text: string, start: number, end: number, words: WordTable<Info>): Array<Token<Info>> {
  const tokens: Array<Token<Info>> = [];
  let spaced = true;
  let depth = 0;
  let quotes = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const kind = classOf(code);
    if (kind === SPACE) {
      spaced = true;
      i++;
      continue;
    }
    const from = i;
    if (kind === DIGIT) {
      let value = 0;
      for (; i < end && classOf(text.charCodeAt(i)) === DIGIT; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
      const digits = i - from;
      tokens.push(token(NUMBER, from, i, '', digits > 9 ? -1 : value, digits, spaced, false, depth, quotes > 0));
    } else if (kind === LOWER || kind === UPPER || kind === OTHER_LETTER) {
      let plain = true;
      let lower = true;
      for (; i < end; i++) {
        const unit = classOf(text.charCodeAt(i));
        if (unit === UPPER) lower = false;
        else if (unit === OTHER_LETTER) plain = false;
        else if (unit !== LOWER) break;
      }
      const length = i - from;
      let key = '';
      // A word that begins with three plain letters (or is shorter) and has the shape of no date word
      // is neither folded nor looked up.
      const second = length > 1 ? text.charCodeAt(from + 1) : 0;
      const third = length > 2 ? text.charCodeAt(from + 2) : 0;
      const plainStart = kind !== OTHER_LETTER && (second === 0 || classOf(second) !== OTHER_LETTER) && (third === 0 || classOf(third) !== OTHER_LETTER);
      if (length <= LONGEST_WORD && (!plainStart || words.mayBe(plainLower(code), second && plainLower(second), third && plainLower(third), length))) {
        const raw = text.slice(from, i);
        key = plain && lower ? raw : plain ? raw.toLowerCase() : fold(raw);
      }
      const next = text.charCodeAt(i);
      if ((next === COLON || next === PERIOD) && length <= 5 && WEB_PREFIXES.has(text.slice(from, i).toLowerCase())) {
        while (i < end && classOf(text.charCodeAt(i)) !== SPACE) i++;
        tokens.push(token(OPAQUE, from, i, '', -1, 0, spaced, false, depth, quotes > 0));
      } else {
        const upper = kind === UPPER || (kind === OTHER_LETTER && text[from] !== text[from]!.toLowerCase());
        const word = token<Info>(WORD, from, i, key, -1, 0, spaced, upper, depth, quotes > 0);
        if (key) {
          word.info = words.lookup(key);
          if (next === PERIOD) word.dotted = words.lookup(`${key}.`);
        }
        tokens.push(word);
      }
    } else {
      // A surrogate pair is one mark; a lone surrogate is a mark of its own.
      i += kind === SURROGATE && code <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      if ((code === CLOSE_PARENTHESIS || code === CLOSE_BRACKET) && depth > 0) depth--;
      const quote = quoteKind(code);
      const opens = quote === OPENS || (quote === EITHER && opensQuote(text, from, start, i, end));
      if (quote !== NOT_A_QUOTE && !opens && quotes > 0) quotes--;
      tokens.push(token(MARK, from, i, text.slice(from, i), -1, 0, spaced, false, depth, quotes > 0));
      if (code === OPEN_PARENTHESIS || code === OPEN_BRACKET) depth++;
      if (opens) quotes++;
    }
    spaced = false;
  }
  return tokens;
}

function token<Info>(
  kind: Token<Info>['kind'],
  start: number,
  end: number,
  key: string,
  value: number,
  digits: number,
  spaced: boolean,
  upper: boolean,
  depth: number,
  quoted: boolean,
): Token<Info> {
  return { kind, start, end, key, value, digits, spaced, upper, depth, quoted, info: undefined, dotted: undefined };
}

/** A quotation mark that could go either way opens after a space or an opening mark and before a word. */
function opensQuote(text: string, at: number, start: number, after: number, end: number): boolean {
  const before = at > start ? text[at - 1]! : ' ';
  return (isSpaceUnit(before.charCodeAt(0)) || QUOTE_OPENERS.has(before)) && after < end && !isSpaceUnit(text.charCodeAt(after));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
