/**
 * The name tagger's tokens: runs of letters and digits (joined across an inner hyphen,
 * apostrophe, or a dot before a lower-case letter or digit: `Ростов-на-Дону`, `O'Neill`,
 * `Lenta.ru`, `19.58`) and single punctuation characters. Training and tagging must cut
 * text the same way, so both use this one function.
 */
import { isLetterUnit, isSpaceUnit, isWordUnit } from '../../../util/unicode-classes.js';

export interface TaggerTokens {
  starts: number[];
  ends: number[];
  /** True where a sentence begins: at the start, after `.`, `!`, `?`, `…` or a line break, past any opening quotes or brackets. */
  sentenceStarts: boolean[];
  /** True where the token sits between an opening quote and its closing one (how organisation names are often written). */
  quoted: boolean[];
}

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const DOT = 0x2e;
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['«', '"', '“', '„', '(', '[', '—', '–', '-', "'"]);
const OPENING_QUOTES = new Set(['«', '“', '„']);
/** `“` closes `„…“` and opens `“…”`: while a quotation is open it is read as closing. */
const CLOSING_QUOTES = new Set(['»', '”', '“', '"']);
/** A quotation longer than this is speech, not a name. */
const MAX_QUOTED_TOKENS = 12;

function isLowerOrDigit(code: number): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  if (!isLetterUnit(code)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase();
}

/** Where a word that starts at `start` ends. */
function wordEnd(text: string, start: number, end: number): number {
  let i = start + 1;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isWordUnit(code)) {
      i++;
      continue;
    }
    if (i + 1 >= end) break;
    const next = text.charCodeAt(i + 1);
    const joins = HYPHENS.has(code) || APOSTROPHES.has(code) ? isWordUnit(next) : code === DOT && isLowerOrDigit(next);
    if (!joins) break;
    i += 2;
  }
  return i;
}

/** A period after one letter (`Г.`) or a short lower-case abbreviation (`г.`, `им.`, `ул.`) does not end a sentence. */
function endsSentence(text: string, starts: readonly number[], ends: readonly number[], index: number): boolean {
  const mark = text.slice(starts[index]!, ends[index]!);
  if (!SENTENCE_ENDS.has(mark)) return false;
  if (mark !== '.' || index === 0 || ends[index - 1] !== starts[index]) return true;
  const before = text.slice(starts[index - 1]!, ends[index - 1]!);
  if (before.length === 1) return false;
  return !(before.length <= 3 && before === before.toLowerCase() && before !== before.toUpperCase());
}

export function tokenize(text: string, start = 0, end = text.length): TaggerTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentenceStarts: boolean[] = [];
  let atSentenceStart = true;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceUnit(code)) {
      if (code === 0x0a) atSentenceStart = true;
      i++;
      continue;
    }
    const tokenEnd = isWordUnit(code) ? wordEnd(text, i, end) : i + 1;
    const index = starts.length;
    starts.push(i);
    ends.push(tokenEnd);
    sentenceStarts.push(atSentenceStart);
    if (endsSentence(text, starts, ends, index)) atSentenceStart = true;
    else if (!OPENERS.has(text[i]!)) atSentenceStart = false;
    i = tokenEnd;
  }
  return { starts, ends, sentenceStarts, quoted: quotedTokens(text, starts, ends) };
}

/** Marks the tokens inside each short «…» (or "…") quotation. */
function quotedTokens(text: string, starts: readonly number[], ends: readonly number[]): boolean[] {
  const quoted = new Array<boolean>(starts.length).fill(false);
  let open = -1;
  for (let index = 0; index < starts.length; index++) {
    const ch = ends[index]! - starts[index]! === 1 ? text[starts[index]!]! : '';
    if (open >= 0 && CLOSING_QUOTES.has(ch)) {
      if (index - open - 1 <= MAX_QUOTED_TOKENS) quoted.fill(true, open + 1, index);
      open = -1;
    } else if (OPENING_QUOTES.has(ch) || (ch === '"' && index + 1 < starts.length && ends[index] === starts[index + 1])) {
      // A straight quote opens when it is written against the next word.
      open = index;
    } else if (open >= 0 && index - open > MAX_QUOTED_TOKENS) {
      open = -1;
    }
  }
  return quoted;
}
