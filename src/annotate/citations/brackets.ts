/** Matched brackets of a passage, `(…)` and `[…]`, outer before inner; unmatched ones are left out. */
import type { Span } from '../../model.js';

const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[' };
/** Deeper than this, brackets are not prose (and a runaway `((((` costs nothing). */
const MAX_DEPTH = 16;

/** The inside of each matched pair no longer than `maxLength`, sorted by start, outer first. */
export function bracketsOf(text: string, start: number, end: number, maxLength: number): Span[] {
  const open: Array<{ ch: string; at: number }> = [];
  const found: Span[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') {
      if (open.length < MAX_DEPTH) open.push({ ch, at: i });
      continue;
    }
    const opener = CLOSING[ch];
    if (opener === undefined || open.length === 0) continue;
    // A closer that does not match the last opener is stray: `(a ] b)`.
    if (open[open.length - 1]!.ch !== opener) continue;
    const pair = open.pop()!;
    if (i - pair.at - 1 <= maxLength) found.push({ start: pair.at + 1, end: i });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
