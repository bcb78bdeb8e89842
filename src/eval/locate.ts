/**
 * Gold annotations name spans by their text only. To compare them with the system's
 * offsets, each is found in the normalized text, in document order, white space collapsed.
 */
import type { Span } from '../model.js';
import { isSpaceUnit } from '../util/unicode-classes.js';

/** The text with runs of white space collapsed to one space, and the way back to offsets of the original. */
class CollapsedText {
  readonly text: string;
  private readonly originalOffsets: number[];

  constructor(original: string) {
    const parts: string[] = [];
    this.originalOffsets = [];
    let inSpace = false;
    for (let i = 0; i < original.length; i++) {
      const space = isSpaceUnit(original.charCodeAt(i));
      if (space && inSpace) continue;
      parts.push(space ? ' ' : original[i]!);
      this.originalOffsets.push(i);
      inSpace = space;
    }
    this.originalOffsets.push(original.length);
    this.text = parts.join('');
  }

  /** The original span of collapsed [start, end). */
  original(start: number, end: number): Span {
    return { start: this.originalOffsets[start]!, end: this.originalOffsets[end - 1]! + 1 };
  }
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Finds each needle in order: the first occurrence after the previous needle that overlaps no
 * span found already (so `1921` listed after `16 марта 1921 г.` is not found inside it),
 * else the first such occurrence anywhere. Undefined for a needle the text does not contain.
 */
export function locateInOrder(text: string, needles: readonly string[]): Array<Span | undefined> {
  const collapsed = new CollapsedText(text);
  const taken: Span[] = [];
  let cursor = 0;
  return needles.map((needle) => {
    const wanted = collapseSpaces(needle);
    const found = firstFree(collapsed.text, wanted, cursor, taken) ?? firstFree(collapsed.text, wanted, 0, taken);
    if (!found) return undefined;
    taken.push(found);
    cursor = found.end;
    return collapsed.original(found.start, found.end);
  });
}

function firstFree(haystack: string, needle: string, from: number, taken: readonly Span[]): Span | undefined {
  if (!needle) return undefined;
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const span = { start: at, end: at + needle.length };
    if (!taken.some((other) => overlaps(other, span))) return span;
  }
  return undefined;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
