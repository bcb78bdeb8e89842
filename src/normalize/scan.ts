/**
 * Text scanning shared by the normalization steps. Native string search is far faster
 * than a loop over characters, so lines and marks are found with indexOf.
 */

/**
 * Calls `visit` for each line of `text`, a line being what lies between '\n' and '\f'
 * breaks (a final empty line included), with whether a '\f' (a page break) ends it.
 */
export function forEachLine(text: string, visit: (start: number, end: number, endsPage: boolean) => void): void {
  let formFeed = indexOrEnd(text, '\f', 0);
  for (let start = 0; ; ) {
    const end = Math.min(indexOrEnd(text, '\n', start), formFeed);
    const endsPage = end === formFeed && end < text.length;
    visit(start, end, endsPage);
    if (end === text.length) return;
    if (endsPage) formFeed = indexOrEnd(text, '\f', end + 1);
    start = end + 1;
  }
}

/** Where `char` next occurs from `from` on, or the text's end. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/**
 * Finds the occurrences of a string after positions that mostly move forward, as a step
 * walks through its text: a stretch of text is searched once, not once per query.
 */
export class OccurrenceFinder {
  private readonly text: string;
  private readonly needle: string;
  /** The last search: `found` is the first occurrence at or after `searchedFrom` (-1: none). */
  private searchedFrom = 0;
  private found: number;

  constructor(text: string, needle: string) {
    this.text = text;
    this.needle = needle;
    this.found = text.indexOf(needle);
  }

  /** The first occurrence at or after `from`, or -1. */
  next(from: number): number {
    if (from < this.searchedFrom || (this.found >= 0 && this.found < from)) {
      this.searchedFrom = from;
      this.found = this.text.indexOf(this.needle, from);
    }
    return this.found;
  }

  /** Whether the needle occurs wholly inside text[start, end). */
  occursIn(start: number, end: number): boolean {
    const found = this.next(start);
    return found >= 0 && found + this.needle.length <= end;
  }
}

/** Where any of several strings next occurs. */
export class AnyOccurrenceFinder {
  private readonly finders: OccurrenceFinder[];

  constructor(text: string, needles: readonly string[]) {
    this.finders = needles.map((needle) => new OccurrenceFinder(text, needle));
  }

  /** The first position at or after `from` where one of the strings occurs, or -1. */
  next(from: number): number {
    let first = -1;
    for (const finder of this.finders) {
      const found = finder.next(from);
      if (found >= 0 && (first < 0 || found < first)) first = found;
    }
    return first;
  }
}
