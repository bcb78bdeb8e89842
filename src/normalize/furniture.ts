/**
 * Page furniture: running headers and footers, page numbers. They are told apart from
 * text by repetition: a line that comes back, unchanged or with only its number
 * changed, at the top or bottom of many pages ('\f' separates the pages of PDF text)
 * or many times as a line of its own; page numbers by climbing from page to page.
 * Page breaks themselves are kept for reflow.
 */
import { MappedTextBuilder, OffsetMap, type MappedText } from './offset-map.js';
import { forEachLine } from './scan.js';

interface Line {
  start: number;
  /** End of the line's characters, before its '\n' or '\f'. */
  end: number;
  /** End including the line break, or the text's end. */
  next: number;
  /** The line's characters without surrounding blanks: [contentStart, contentEnd). */
  contentStart: number;
  contentEnd: number;
  blank: boolean;
  page: number;
  /** A hash of the ends of the line's shape (see shapeEnds), to find recurring lines without reading them whole. */
  shapeEnds: number;
}

/** Lines looked at for headers/footers at each end of a page. */
const EDGE_LINES = 2;
/** Furniture is short. */
const MAX_FURNITURE_LENGTH = 100;
/** How many times a standalone line must recur, when pages are not marked, to be furniture. */
const MIN_RECURRENCE = 4;
/** Fewer text lines than this between two occurrences is no page. */
const MIN_PAGE_LINES = 8;
const PAGE_NUMBER = /^[-–—\s]*(?:(?:page|p\.|стр\.|с\.|s\.)\s*)?(\d{1,4})(?:\s*(?:\/|of|из)\s*\d{1,4})?[-–—\s]*$/i;
/** What PAGE_NUMBER allows after the number. */
const PAGE_NUMBER_TAIL = /[-–—\s]/;
const SENTENCE_END = /[.!?…]["»”’)]*$/;

export function removeFurniture(text: string): MappedText {
  const lines = splitLines(text);
  const pageCount = (lines.at(-1)?.page ?? 0) + 1;
  const furniture = new Set<Line>();
  if (pageCount >= 3) markPageEdges(text, lines, pageCount, furniture);
  markRecurringLines(text, lines, furniture);
  markPageNumberSequence(text, lines, furniture);
  if (furniture.size === 0) return { text, map: OffsetMap.identity(text.length) };
  return dropLines(text, lines, furniture);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let page = 0;
  forEachLine(text, (start, end, endsPage) => {
    lines.push(lineOf(text, start, end, page));
    if (endsPage) page++;
  });
  return lines;
}

/** The line text[start, end), with a hash of its shape's ends when it is short enough to be furniture. */
function lineOf(text: string, start: number, end: number, page: number): Line {
  let first = start;
  let last = end;
  while (first < last && text.charCodeAt(first) <= 32) first++;
  while (last > first && text.charCodeAt(last - 1) <= 32) last--;
  const ends = last - first <= MAX_FURNITURE_LENGTH ? shapeEnds(text, first, last) : 0;
  return { start, end, next: Math.min(end + 1, text.length), contentStart: first, contentEnd: last, blank: first === last, page, shapeEnds: ends };
}

/**
 * A hash of the first two and the last two characters of the shape of text[first, last)
 * (digit runs count as one '#', as in shapeOf). Lines of one shape share it, and few
 * others do, so only lines whose shape ends recur need their whole shape hashed.
 */
function shapeEnds(text: string, first: number, last: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0, at = first; k < 2 && at < last; k++) {
    const code = text.charCodeAt(at);
    if (isDigit(code)) while (at < last && isDigit(text.charCodeAt(at))) at++;
    else at++;
    hash = Math.imul(hash ^ (isDigit(code) ? 35 : code), 0x01000193);
  }
  for (let k = 0, at = last; k < 2 && at > first; k++) {
    const code = text.charCodeAt(at - 1);
    if (isDigit(code)) while (at > first && isDigit(text.charCodeAt(at - 1))) at--;
    else at--;
    hash = Math.imul(hash ^ (isDigit(code) ? 35 : code), 0x01000193);
  }
  return hash;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** FNV-style hash of text[start, end); with `foldDigits`, each run of digits counts as one '#', as in shapeOf. */
function hashLine(text: string, start: number, end: number, foldDigits: boolean): number {
  let hash = 0x811c9dc5;
  let inDigits = false;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    const digit = foldDigits && isDigit(code);
    if (digit && inDigits) continue;
    inDigits = digit;
    hash = Math.imul(hash ^ (digit ? 35 : code), 0x01000193);
  }
  return hash;
}

function lineText(text: string, line: Line): string {
  return text.slice(line.start, line.end);
}

/** A line with its numbers blanked out, so that 'Page 3' and 'Page 4' look alike. */
function shapeOf(text: string): string {
  return text.trim().replace(/\d+/g, '#');
}

/** Headers and footers: the same shape at the top or the bottom of a good share of the pages; page numbers there. */
function markPageEdges(text: string, lines: Line[], pageCount: number, furniture: Set<Line>): void {
  const edges: Line[][] = Array.from({ length: pageCount }, () => []);
  const byPage: Line[][] = Array.from({ length: pageCount }, () => []);
  for (const line of lines) if (!line.blank) byPage[line.page]!.push(line);
  byPage.forEach((page, index) => {
    const top = page.slice(0, EDGE_LINES);
    const bottom = page.slice(Math.max(EDGE_LINES, page.length - EDGE_LINES));
    edges[index] = [...top, ...bottom];
  });
  const pagesWithShape = new Map<string, Set<number>>();
  edges.forEach((edgeLines, page) => {
    for (const line of edgeLines) {
      if (line.end - line.start > MAX_FURNITURE_LENGTH) continue;
      const shape = shapeOf(lineText(text, line));
      let pages = pagesWithShape.get(shape);
      if (!pages) pagesWithShape.set(shape, (pages = new Set()));
      pages.add(page);
    }
  });
  // Alternating headers (journal title on even pages, article title on odd) reach a third.
  const minPages = Math.max(3, Math.ceil(pageCount / 3));
  for (const edgeLines of edges) {
    for (const line of edgeLines) {
      const content = lineText(text, line);
      if (PAGE_NUMBER.test(content) || (pagesWithShape.get(shapeOf(content))?.size ?? 0) >= minPages) furniture.add(line);
    }
  }
}

/**
 * Without page breaks, a running header is a short line that recurs many times, on its
 * own (the lines around it are not repeated with it: repeated passages are text, not
 * furniture) and at a fairly steady interval, as pages have similar lengths (a salutation
 * that opens letter after letter of a collection does not).
 */
function markRecurringLines(text: string, lines: Line[], furniture: Set<Line>): void {
  const isCandidate = (line: Line) => !line.blank && line.end - line.start <= MAX_FURNITURE_LENGTH;
  const endsCounts = new Map<number, number>();
  for (const line of lines) {
    if (isCandidate(line)) endsCounts.set(line.shapeEnds, (endsCounts.get(line.shapeEnds) ?? 0) + 1);
  }
  const shapeHashes = new Map<Line, number>();
  const shapeCounts = new Map<number, number>();
  for (const line of lines) {
    if (!isCandidate(line) || endsCounts.get(line.shapeEnds)! < MIN_RECURRENCE) continue;
    const hash = hashLine(text, line.contentStart, line.contentEnd, true);
    shapeHashes.set(line, hash);
    shapeCounts.set(hash, (shapeCounts.get(hash) ?? 0) + 1);
  }
  const textLines = lines.filter((line) => !line.blank);
  const shapeRecurs = (line: Line) => shapeHashes.has(line) && shapeCounts.get(shapeHashes.get(line)!)! >= MIN_RECURRENCE;
  const textHash = (line: Line) => hashLine(text, line.contentStart, line.contentEnd, false);
  // Exact texts are counted only once a shape recurs, which in most texts none does.
  let textCounts: Map<number, number> | undefined;
  const exactCount = (line: Line | undefined) => {
    if (line === undefined || !isCandidate(line)) return 0;
    if (!textCounts) {
      textCounts = new Map();
      for (const candidate of lines) {
        if (!isCandidate(candidate)) continue;
        const hash = textHash(candidate);
        textCounts.set(hash, (textCounts.get(hash) ?? 0) + 1);
      }
    }
    return textCounts.get(textHash(line))!;
  };
  /** A line repeated together with the lines around it belongs to a repeated passage. */
  const inRepeatedPassage = (line: Line, index: number) => {
    const count = exactCount(line);
    return count >= MIN_RECURRENCE && exactCount(textLines[index - 1]) === count && exactCount(textLines[index + 1]) === count;
  };
  // Hashes only shortlist; the shapes themselves are compared for the few lines that recur.
  const positions = new Map<string, number[]>();
  const shapes = new Map<Line, string>();
  textLines.forEach((line, index) => {
    if (!shapeRecurs(line) || inRepeatedPassage(line, index)) return;
    const shape = shapeOf(lineText(text, line));
    if (SENTENCE_END.test(shape) || !/\p{L}/u.test(shape)) return;
    positions.set(shape, [...(positions.get(shape) ?? []), index]);
    shapes.set(line, shape);
  });
  for (const [line, shape] of shapes) {
    const at = positions.get(shape)!;
    if (at.length >= MIN_RECURRENCE && isSteady(at)) furniture.add(line);
  }
}

/** Whether the gaps between successive positions are alike, as page lengths are (coefficient of variation under 0.3). */
function isSteady(positions: readonly number[]): boolean {
  const gaps = positions.slice(1).map((p, k) => p - positions[k]!);
  const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  const variance = gaps.reduce((sum, gap) => sum + (gap - mean) ** 2, 0) / gaps.length;
  return mean >= MIN_PAGE_LINES && Math.sqrt(variance) < mean * 0.3;
}

/** Lines holding only a number are page numbers when there are several and they mostly climb. */
function markPageNumberSequence(text: string, lines: Line[], furniture: Set<Line>): void {
  const numbered: [Line, number][] = [];
  for (const line of lines) {
    if (line.blank || furniture.has(line) || !endsLikePageNumber(text, line)) continue;
    const m = PAGE_NUMBER.exec(lineText(text, line));
    if (m) numbered.push([line, Number(m[1])]);
  }
  if (numbered.length < 3) return;
  let climbs = 0;
  for (let i = 1; i < numbered.length; i++) if (numbered[i]![1] > numbered[i - 1]![1]) climbs++;
  if (climbs / (numbered.length - 1) >= 0.75) for (const [line] of numbered) furniture.add(line);
}

/** PAGE_NUMBER ends in a digit and then dashes or spaces only: a line of prose ends otherwise, and is spared the pattern. */
function endsLikePageNumber(text: string, line: Line): boolean {
  return isDigit(text.charCodeAt(line.end - 1)) || PAGE_NUMBER_TAIL.test(text[line.end - 1]!);
}

/** Copies the text without the furniture lines; a blank line that only framed a removed line goes with it. */
function dropLines(text: string, lines: Line[], furniture: Set<Line>): MappedText {
  const builder = new MappedTextBuilder(text);
  let keepFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!furniture.has(line)) continue;
    builder.copy(keepFrom, line.start);
    // Keep a page break that ends the removed line.
    const breakChar = text[line.end];
    if (breakChar === '\f') builder.copy(line.end, line.end + 1);
    keepFrom = line.next;
    const before = lines[i - 1];
    const after = lines[i + 1];
    if (breakChar !== '\f' && before?.blank && after?.blank && text[after.end] === '\n' && !furniture.has(after)) {
      keepFrom = after.next;
      i++;
    }
  }
  builder.copy(keepFrom, text.length);
  return builder.build();
}
