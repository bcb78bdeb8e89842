/**
 * The name recognizer's view of a passage: words, initials, numbers and punctuation, with
 * what the recognizer asks of each (script, capitalization, whether the position alone
 * explains a capital). A passage is tokenized once; every rule reads these tokens.
 */
import type { Sentence } from '../../model.js';
import { isApostropheUnit, isLetterUnit, isSpaceUnit, isUpperUnit, isWordUnit } from '../../util/unicode-classes.js';

export type Script = 'cyrillic' | 'latin' | 'other';

/** `title`: capital then not all capitals (`Батум`, `McMeekin`); `caps`: two or more capitals (`НКИД`, `РКП`); `lower`: starts lower-case. */
export type Shape = 'title' | 'caps' | 'lower' | 'none';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** `initial`: one capital (or a digraph such as `Дж`) and a period, `Г.`, `M.`; the period is part of it. */
  kind: 'word' | 'initial' | 'number' | 'punct';
  script: Script;
  shape: Shape;
  /**
   * First word of a sentence, or first after an opening bracket or quote, `//`, a colon or a dash:
   * there a capital says nothing about being a name.
   */
  opensClause: boolean;
  /** Characters of a suffix cut off after an apostrophe (`Kemal's`, `Atatürk'ün`): not part of the name. */
  suffix: string;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const OPENERS = new Set(['(', '[', '«', '"', '“', '„', '‘', ':', '—', '–', '/']);
/** Two-letter initials of Russian and English transcription (`Дж.Буниатзаде`, `Ch. Kemal`). */
const DIGRAPH_INITIALS = new Set(['Дж', 'Ch', 'Sh', 'Th', 'Zh', 'Yu', 'Ya', 'Kh']);
/** An apostrophe suffix is this short: `'s`, `'ün`, `'den`, `'nin`; longer tails are part of the name (`L'Harmattan`). */
const MAX_SUFFIX = 4;

function lastApostrophe(word: string): number {
  for (let i = word.length - 1; i > 0; i--) if (isApostropheUnit(word.charCodeAt(i))) return i;
  return -1;
}

function scriptOf(code: number): Script {
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return 'latin';
  return 'other';
}

function shapeOf(word: string): Shape {
  const first = word.charCodeAt(0);
  if (!isLetterUnit(first)) return 'none';
  if (!isUpperUnit(first)) return 'lower';
  let capitals = 0;
  let letters = 0;
  // Unit by unit: a surrogate is no letter here, as a code point outside the BMP is none to the table.
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isLetterUnit(code)) continue;
    letters += 1;
    if (isUpperUnit(code)) capitals += 1;
  }
  return letters >= 2 && capitals === letters ? 'caps' : 'title';
}

/** Letters of a word: letter runs joined by a hyphen or an apostrophe between letters. */
function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    while (i < end && isWordUnit(text.charCodeAt(i))) i += 1;
    const joiner = text[i];
    if (i + 1 < end && joiner !== undefined && (HYPHENS.has(joiner) || isApostropheUnit(joiner.charCodeAt(0))) && isLetterUnit(text.charCodeAt(i + 1))) {
      i += 1;
      continue;
    }
    return i;
  }
  return i;
}

/** Tokens of `text[start, end)`; `sentences` mark where a capital is owed to position. */
export function tokenize(text: string, start: number, end: number, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.start));
  let clauseOpen = true;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceUnit(code)) {
      i += 1;
      continue;
    }
    if (sentenceStarts.has(i)) clauseOpen = true;
    if (isLetterUnit(code)) {
      const stop = wordEnd(text, i, end);
      let word = text.slice(i, stop);
      let suffix = '';
      const apostrophe = lastApostrophe(word);
      if (apostrophe > 1 && word.length - apostrophe - 1 <= MAX_SUFFIX && !isUpperUnit(word.charCodeAt(apostrophe + 1))) {
        suffix = word.slice(apostrophe);
        word = word.slice(0, apostrophe);
      }
      const initial =
        text[stop] === '.' && suffix === '' && (word.length === 1 ? isUpperUnit(word.charCodeAt(0)) : DIGRAPH_INITIALS.has(word));
      const tokenEnd = initial ? stop + 1 : i + word.length;
      tokens.push({
        start: i,
        end: tokenEnd,
        text: initial ? text.slice(i, tokenEnd) : word,
        kind: initial ? 'initial' : 'word',
        script: scriptOf(code),
        shape: shapeOf(word),
        opensClause: clauseOpen,
        suffix,
      });
      clauseOpen = false;
      i = initial ? tokenEnd : stop;
      continue;
    }
    if (isWordUnit(code)) {
      let stop = i + 1;
      while (stop < end && isWordUnit(text.charCodeAt(stop))) stop += 1;
      tokens.push({ start: i, end: stop, text: text.slice(i, stop), kind: 'number', script: 'other', shape: 'none', opensClause: false, suffix: '' });
      clauseOpen = false;
      i = stop;
      continue;
    }
    const ch = text[i]!;
    tokens.push({ start: i, end: i + 1, text: ch, kind: 'punct', script: 'other', shape: 'none', opensClause: false, suffix: '' });
    // A dash between words (`Кемаль - герой`) opens a clause only when spaced; a hyphen never does.
    if (OPENERS.has(ch) && !(ch === '/' && text[i + 1] !== '/')) clauseOpen = true;
    i += 1;
  }
  return tokens;
}

/**
 * The tokens of `text[start, end)` taken from those of a stretch around it (a passage's, for one of
 * its sentences), or undefined where the two would differ: when the range leaves the stretch, or a
 * token (with the suffix it cut off) runs across one of its bounds. Only clause openings may differ.
 */
export function tokensWithin(stretch: { start: number; end: number; tokens: readonly Token[] }, start: number, end: number): readonly Token[] | undefined {
  const { tokens } = stretch;
  if (start < stretch.start || end > stretch.end) return undefined;
  const reach = (token: Token) => token.end + token.suffix.length;
  let first = 0;
  let high = tokens.length;
  while (first < high) {
    const middle = (first + high) >> 1;
    if (tokens[middle]!.start < start) first = middle + 1;
    else high = middle;
  }
  if (first > 0 && reach(tokens[first - 1]!) > start) return undefined;
  let next = first;
  while (next < tokens.length && tokens[next]!.start < end) next += 1;
  if (next > first && reach(tokens[next - 1]!) > end) return undefined;
  return tokens.slice(first, next);
}
