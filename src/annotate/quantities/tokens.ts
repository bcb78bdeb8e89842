/**
 * The tokens the quantity recognizer reads a passage as: words (letters, with hyphenated
 * compounds kept whole: `военно-технических`, `twenty-five`), runs of ASCII digits, and single
 * other characters. Each token knows the whitespace before it, which tells `39 000` (a
 * thousands space) from `S.358` (glued to a reference) and `3,5` from `1921, 300`.
 */
import type { Span } from '../../model.js';
import { isLetterOrMarkUnit, isSpaceUnit } from '../../util/unicode-classes.js';

export type TokenKind = 'word' | 'digits' | 'mark';

export interface Token extends Span {
  kind: TokenKind;
  text: string;
  /** The whitespace between the previous token and this one ('' when glued to it). */
  gap: string;
  /** True when an earlier recognizer's mention (a date, a name) covers part of this token. */
  taken: boolean;
}

const HYPHENS = new Set(['-', '\u2010']);

/** What a UTF-16 code unit is to the tokenizer. */
const SPACE_CHAR = 1;
const LETTER_CHAR = 2;
const DIGIT_CHAR = 3;
const OTHER_CHAR = 4;

function charClass(text: string, position: number): number {
  const code = text.charCodeAt(position);
  if (isSpaceUnit(code)) return SPACE_CHAR;
  if (isLetterOrMarkUnit(code)) return LETTER_CHAR;
  return code >= 0x30 && code <= 0x39 ? DIGIT_CHAR : OTHER_CHAR;
}

/** Tokens of `text` between `start` and `end`; `isTaken` marks those inside earlier mentions. */
export function tokenize(text: string, start: number, end: number, isTaken: (span: Span) => boolean): Token[] {
  const tokens: Token[] = [];
  let position = start;
  let gapStart = start;
  while (position < end) {
    const charKind = charClass(text, position);
    if (charKind === SPACE_CHAR) {
      position += 1;
      continue;
    }
    const tokenStart = position;
    let kind: TokenKind;
    if (charKind === LETTER_CHAR) {
      kind = 'word';
      position = wordEnd(text, position, end);
    } else if (charKind === DIGIT_CHAR) {
      kind = 'digits';
      while (position < end && charClass(text, position) === DIGIT_CHAR) position += 1;
    } else {
      kind = 'mark';
      position += 1;
    }
    const taken = isTaken({ start: tokenStart, end: position });
    tokens.push({ kind, start: tokenStart, end: position, text: text.slice(tokenStart, position), gap: text.slice(gapStart, tokenStart), taken });
    gapStart = position;
  }
  return tokens;
}

/** The end of the word at `position`: letters, and a hyphen only between letters. */
function wordEnd(text: string, position: number, end: number): number {
  while (position < end) {
    if (charClass(text, position) === LETTER_CHAR) position += 1;
    else if (HYPHENS.has(text[position]!) && position + 1 < end && charClass(text, position + 1) === LETTER_CHAR) position += 1;
    else break;
  }
  return position;
}

/** True when `token` follows the previous one without whitespace. */
export function isGlued(token: Token | undefined): boolean {
  return token !== undefined && token.gap === '';
}

/** True when `token` is a word or digits glued to the token before it. */
export function continuesPrevious(token: Token | undefined): boolean {
  return isGlued(token) && token!.kind !== 'mark';
}

/** The token texts of a phrase as resource lists write it: `не менее` → `не`, `менее`; `ок.` → `ок`, `.`. */
export function phraseTexts(phrase: string): string[] {
  return phrase.split(' ').flatMap((word) => (word.endsWith('.') ? [word.slice(0, -1), '.'] : [word]));
}

/** True when the tokens from `index` read `phrase` in any case: words apart, a period glued to its word. */
export function phraseAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  if (index < 0) return false;
  return phrase.every((text, offset) => {
    const token = tokens[index + offset];
    if (!token || token.text.toLowerCase() !== text) return false;
    return offset === 0 || (text === '.') === isGlued(token);
  });
}
