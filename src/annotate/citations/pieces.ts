/**
 * A reference cut into its parts: `Gokay B., 2006, Soviet Eastern Policy…, Routledge, London`
 * → `Gokay B.` | `2006` | `Soviet Eastern Policy…` | `Routledge` | `London`. Parts end at a
 * comma, semicolon or colon before a space, at a period before a space unless it closes an
 * initial or an abbreviation (`М.`, `vol.`, `S.`), at `//` and at a spaced dash (`. – М., 1960`).
 * Quotes and brackets are never cut.
 */
import { abbreviated } from './words.js';

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** The mark that ends it: `,` `;` `:` `.` `//` `–`, or `` at the end. */
  after: string;
}

const OPENING = new Map([['(', ')'], ['[', ']'], ['«', '»'], ['“', '”'], ['„', '“']]);
const SPACE = /\s/u;
const LETTER = /\p{L}/u;

/** The word that ends just before `at`, lower case. */
function wordBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && (LETTER.test(text[i - 1]!) || text[i - 1] === '.')) i -= 1;
  return text.slice(i, at).toLowerCase();
}

/** True when the period at `at` ends a part: a space follows, and it closes no initial or abbreviation. */
function periodEnds(text: string, from: number, at: number, end: number): boolean {
  if (at + 1 < end && !SPACE.test(text[at + 1]!)) return false;
  if (at === from || !LETTER.test(text[at - 1]!)) return true;
  const word = wordBefore(text, from, at);
  const letters = word.replace(/\./g, '');
  return letters.length > 1 && !abbreviated.has(word) && !abbreviated.has(letters);
}

export function piecesOf(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  const closers: string[] = [];
  let straightQuote = false;
  let pieceStart = start;
  const cut = (at: number, after: string, next: number) => {
    const raw = text.slice(pieceStart, at);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) pieces.push({ start: pieceStart + lead, end: pieceStart + lead + trimmed.length, text: trimmed, after });
    pieceStart = next;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      straightQuote = !straightQuote;
      continue;
    }
    const closer = OPENING.get(ch);
    if (closer !== undefined && !(ch === '“' && closers[closers.length - 1] === '“')) {
      // A runaway bracket must not swallow the rest: nesting deeper than a few levels is not a reference's.
      if (closers.length < 8) closers.push(closer);
      continue;
    }
    if (closers.length > 0) {
      if (ch === closers[closers.length - 1]) closers.pop();
      continue;
    }
    if (straightQuote) continue;
    const spaced = i + 1 >= end || SPACE.test(text[i + 1]!);
    if ((ch === ',' || ch === ';' || ch === ':') && spaced) cut(i, ch, i + 1);
    else if (ch === '.' && periodEnds(text, start, i, end)) cut(i + 1, '.', i + 1);
    else if (ch === '/' && text[i + 1] === '/') {
      cut(i, '//', i + 2);
      i += 1;
    } else if ((ch === '–' || ch === '—') && i > start && SPACE.test(text[i - 1]!) && spaced) cut(i, '–', i + 1);
  }
  cut(end, '', end);
  return pieces;
}

/** The piece's text without the period that closed it (an abbreviation's period stays: `М.`). */
export function bare(piece: Piece): string {
  return piece.after === '.' ? piece.text.replace(/\.$/, '') : piece.text;
}
