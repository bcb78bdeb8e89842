/** Matched brackets of a passage, `(…)` and `[…]`, outer before inner; unmatched ones are left out. */
import type { Span } from '../../model.js';

const OPEN_ROUND = 0x28;
const CLOSE_ROUND = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
/** Deeper than this, brackets are not prose (and a runaway `((((` costs nothing). */
const MAX_DEPTH = 16;

/** The inside of each matched pair no longer than `maxLength`, sorted by start, outer first. */
export function bracketsOf(text: string, start: number, end: number, maxLength: number): Span[] {
  // By code unit: a character string per position would be made for every letter of every passage.
  const open: Array<{ code: number; at: number }> = [];
  const found: Span[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_ROUND || code === OPEN_SQUARE) {
      if (open.length < MAX_DEPTH) open.push({ code, at: i });
      continue;
    }
    const opener = code === CLOSE_ROUND ? OPEN_ROUND : code === CLOSE_SQUARE ? OPEN_SQUARE : undefined;
    if (opener === undefined || open.length === 0) continue;
    // A closer that does not match the last opener is stray: `(a ] b)`.
    if (open[open.length - 1]!.code !== opener) continue;
    const pair = open.pop()!;
    if (i - pair.at - 1 <= maxLength) found.push({ start: pair.at + 1, end: i });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
