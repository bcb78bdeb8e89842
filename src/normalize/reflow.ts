/**
 * Paragraphs rebuilt from lines. Works in two passes so that dictionaries are loaded only
 * when a line-end hyphen needs them: `planParagraphs` decides which lines make which
 * paragraph (and lists the hyphen breaks to judge), `renderParagraphs` writes them out,
 * one line each, '\n\n' between.
 *
 * Plain text comes in three layouts, told from the lines themselves:
 * - unwrapped (a paragraph per line, as from DOCX or the web): each line is a paragraph;
 * - hard-wrapped (line lengths cluster under a typical width): lines are joined, and a
 *   paragraph ends where a line stops clearly short of the width after a sentence end,
 *   or where a short line without final punctuation is followed by a capital (a title);
 * - blank-interleaved (PDF exports that put a blank line after every line): single
 *   blank lines are line breaks, and only longer blank runs separate blocks.
 * Markup input arrives already cut into blocks: each block is a paragraph.
 *
 * Then, whatever the layout, a body paragraph that stops mid-sentence is continued by the
 * next body paragraph (text that a page break cut in two).
 */
import type { ParagraphKind } from '../model.js';
import type { BlockText, ParagraphText } from './blocks.js';
import type { Dehyphenator, HyphenBreak } from './dehyphenate.js';
import { MappedTextBuilder } from './offset-map.js';
import { forEachLine, OccurrenceFinder } from './scan.js';

/** A line's characters without surrounding spaces: text[start, end). */
interface LineSpan {
  start: number;
  end: number;
}

interface PlannedParagraph {
  kind: ParagraphKind;
  lines: LineSpan[];
}

export interface ReflowPlan {
  paragraphs: PlannedParagraph[];
  /** Words broken at a hyphen that a dictionary may have to judge. */
  breaks: HyphenBreak[];
}

/** Below this many lines, a text's line lengths say nothing about its layout. */
const MIN_LINES_FOR_LAYOUT = 6;
/** Wrapped lines are never longer than this. */
const MAX_WRAP_WIDTH = 200;
/** A line is "clearly short" of the width below this share of it. */
const SHORT_LINE = 0.8;
/** A heading is at most this long. */
const MAX_HEADING_LENGTH = 150;
/** A paragraph this long that stops mid-sentence was cut by a page break even if the next starts with a capital. */
const LONG_PARAGRAPH = 250;

/** Tested on a line's last character. */
const SENTENCE_END = /[.?!…:;)\]»"”’]/u;
const WORD_END = /[\p{L}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
const SENTENCE_START = /^["«“„]?\p{Lu}/u;
const MID_SENTENCE_END = /[\p{L}\p{N},-]$/u;
const BULLET = /^[•·▪◦‣●○■□][ \t]+/u;
/** A paragraph opening like a footnote: a number or sign, then text. */
const FOOTNOTE_SHAPE = /^(?:\d{1,3}|[¹²³⁰⁴-⁹]+|\*{1,3}|[†‡])[ \t]*\p{L}/u;
/** Letters glued by "- " inside a line, where a PDF join left a line-end hyphen (`So- viet`). */
const INLINE_BREAK = /(?<=\p{L})- (\p{Ll}+)/gu;
/** What `writeLine` mends inside a line: words broken by "- ", and runs of blanks. */
const LINE_FIXES = new RegExp(`${INLINE_BREAK.source}|\\t[ \\t]*| [ \\t]+`, 'gu');
const LEADING_LETTERS = /^\p{L}+/u;
const LETTER_OR_HYPHEN = /^[\p{L}-]$/u;

export function planParagraphs(text: string, blocks?: BlockText): ReflowPlan {
  const paragraphs = blocks ? planBlocks(text, blocks.kinds) : planPlainText(text);
  joinPageBreaks(text, paragraphs);
  return { paragraphs, breaks: hyphenBreaks(text, paragraphs) };
}

export function renderParagraphs(text: string, plan: ReflowPlan, dehyphenator: Dehyphenator): ParagraphText {
  const builder = new MappedTextBuilder(text);
  const fixes = lineFixesIn(text);
  const kinds: ParagraphKind[] = [];
  for (const paragraph of plan.paragraphs) {
    if (kinds.length > 0) builder.insert('\n\n', paragraph.lines[0]!.start);
    kinds.push(paragraph.kind);
    paragraph.lines.forEach((line, i) => {
      const next = paragraph.lines[i + 1];
      const brokenWord = next ? brokenWordJoin(text, line, next, dehyphenator) : 'none';
      writeLine(text, { start: line.start, end: brokenWord === 'drop-hyphen' ? line.end - 1 : line.end }, builder, dehyphenator, fixes);
      if (next && brokenWord === 'none') builder.insert(' ', line.end);
    });
  }
  return { ...builder.build(), kinds };
}

// ---- plain text --------------------------------------------------------------------

interface RawLine extends LineSpan {
  blank: boolean;
  pageBreakBefore: boolean;
}

function planPlainText(text: string): PlannedParagraph[] {
  const lines = splitLines(text);
  const filled = lines.filter((line) => !line.blank);
  const layout = measureLayout(lines, filled);
  const paragraphs: PlannedParagraph[] = [];
  if (!layout) {
    for (const line of filled) paragraphs.push(paragraphOf(text, [line], undefined));
    return paragraphs;
  }
  for (const block of wrappedBlocks(lines, layout.interleaved)) {
    let current: LineSpan[] = [];
    block.forEach((line, i) => {
      current.push(line);
      const next = block[i + 1];
      if (next && !endsParagraph(text, line, next, layout.width)) return;
      paragraphs.push(paragraphOf(text, current, layout.width));
      current = [];
    });
  }
  return paragraphs;
}

function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let pageBreakBefore = false;
  forEachLine(text, (start, end, endsPage) => {
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end, blank: start === end, pageBreakBefore });
    pageBreakBefore = endsPage;
  });
  return lines;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/** The typical width of a hard-wrapped text, and whether it is blank-interleaved; undefined when unwrapped. */
function measureLayout(lines: RawLine[], filled: RawLine[]): { width: number; interleaved: boolean } | undefined {
  if (filled.length < MIN_LINES_FOR_LAYOUT) return undefined;
  // A typed array sorts numerically without calling back into a comparator.
  const lengths = new Int32Array(filled.length);
  filled.forEach((line, i) => (lengths[i] = line.end - line.start));
  lengths.sort();
  // The width is what full lines reach; a few long outliers (URLs, narrow letters) are left out.
  const width = lengths[Math.floor(lengths.length * 0.95)]!;
  if (width > MAX_WRAP_WIDTH) return undefined;
  let nearFull = 0;
  for (const length of lengths) if (length >= 0.7 * width) nearFull++;
  if (nearFull < 0.6 * filled.length) return undefined;
  let followedByOneBlank = 0;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!lines[i]!.blank && lines[i + 1]!.blank && !lines[i + 2]!.blank) followedByOneBlank++;
  }
  return { width, interleaved: followedByOneBlank >= 0.5 * filled.length };
}

/** Runs of filled lines between block boundaries: page breaks, and blank runs (longer than one blank when interleaved). */
function wrappedBlocks(lines: RawLine[], interleaved: boolean): RawLine[][] {
  const blocks: RawLine[][] = [];
  let block: RawLine[] = [];
  let blanks = 0;
  let pageBreak = false;
  for (const line of lines) {
    if (line.pageBreakBefore) pageBreak = true;
    if (line.blank) {
      blanks++;
      continue;
    }
    if ((pageBreak || blanks >= (interleaved ? 2 : 1)) && block.length) {
      blocks.push(block);
      block = [];
    }
    block.push(line);
    blanks = 0;
    pageBreak = false;
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/** Whether a paragraph ends between two lines of a hard-wrapped block. */
function endsParagraph(text: string, line: LineSpan, next: LineSpan, width: number): boolean {
  const last = text[line.end - 1]!;
  const following = text.slice(next.start, Math.min(next.end, next.start + 40));
  if (BULLET.test(following)) return true;
  if (last === ',' || (last === '-' && isLetter(text[line.end - 2])) || LOWER_START.test(following)) return false;
  const length = line.end - line.start;
  const firstWord = following.search(/\s|$/);
  // Would the next line's first word have fitted at the end of this one? Then the break was chosen, not forced.
  const roomForNextWord = length + 1 + firstWord <= width;
  const startsSentence = SENTENCE_START.test(following);
  if (SENTENCE_END.test(last)) return length <= SHORT_LINE * width || (roomForNextWord && startsSentence);
  return WORD_END.test(last) && length + 1 + firstWord <= SHORT_LINE * width && startsSentence;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

// ---- markup blocks -----------------------------------------------------------------

function planBlocks(text: string, kinds: (ParagraphKind | null)[]): PlannedParagraph[] {
  const paragraphs: PlannedParagraph[] = [];
  let start = 0;
  for (const kind of kinds) {
    const found = text.indexOf('\n\n', start);
    const end = found < 0 ? text.length : found;
    const lines: LineSpan[] = [];
    for (let lineStart = start; lineStart <= end; ) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 || newline > end ? end : newline;
      lines.push({ start: lineStart, end: lineEnd });
      lineStart = lineEnd + 1;
    }
    paragraphs.push(kind ? { kind, lines } : paragraphOf(text, lines, undefined));
    start = end + 2;
  }
  return paragraphs;
}

// ---- kinds and page breaks ---------------------------------------------------------

/** A paragraph of lines whose kind is not given: a bullet makes a list item, a short title-like text a heading. */
function paragraphOf(text: string, lines: LineSpan[], width: number | undefined): PlannedParagraph {
  const first = lines[0]!;
  const bullet = BULLET.exec(text.slice(first.start, first.end));
  if (bullet) return { kind: 'list-item', lines: [{ start: first.start + bullet[0].length, end: first.end }, ...lines.slice(1)] };
  return { kind: looksLikeHeading(text, lines, width) ? 'heading' : 'body', lines };
}

function looksLikeHeading(text: string, lines: LineSpan[], width: number | undefined): boolean {
  const length = lines.reduce((sum, line) => sum + line.end - line.start + 1, -1);
  if (length > MAX_HEADING_LENGTH) return false;
  const content = lines.map((line) => text.slice(line.start, line.end)).join(' ');
  if (!/^[\p{Lu}\p{N}]/u.test(content) || !/[\p{L}\p{N}]$/u.test(content)) return false;
  // Lists of terms (key words) are not titles.
  if ((content.match(/,/g)?.length ?? 0) >= 3) return false;
  return width === undefined || lines.every((line) => line.end - line.start <= SHORT_LINE * width);
}

/**
 * Joins a body paragraph that stops mid-sentence with the body paragraph that continues
 * it. Footnotes between them are stepped over and stay, whole, after the joined
 * paragraph. A heading is stepped over only when the sentence visibly goes on after it
 * (the next text starts in lower case): a title does not cut a sentence, so what stands
 * there is a running head. Without a lower-case start, only a long paragraph (a page's
 * worth, not a salutation or a caption) is taken as cut by a page break.
 */
function joinPageBreaks(text: string, paragraphs: PlannedParagraph[]): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    while (paragraph.kind === 'body') {
      const end = lastChars(text, paragraph);
      if (!MID_SENTENCE_END.test(end)) break;
      let j = i + 1;
      let steppedOverHeading = false;
      let steppedOverFootnoteShape = false;
      for (; j < paragraphs.length; j++) {
        const between = paragraphs[j]!;
        if (between.kind === 'footnote') continue;
        if (between.kind === 'heading') steppedOverHeading = true;
        else if (between.kind === 'body' && FOOTNOTE_SHAPE.test(firstChars(text, between)) && j + 1 < paragraphs.length) steppedOverFootnoteShape = true;
        else break;
      }
      const next = paragraphs[j];
      if (!next || next.kind !== 'body') break;
      const start = firstChars(text, next);
      const lowerStart = LOWER_START.test(start);
      const continues = lowerStart || (j === i + 1 && SENTENCE_START.test(start) && /[\p{L},]$/u.test(end) && lengthOf(paragraph) >= LONG_PARAGRAPH);
      if (!continues || ((steppedOverHeading || steppedOverFootnoteShape) && !lowerStart)) break;
      paragraph.lines.push(...next.lines);
      paragraphs.splice(j, 1);
    }
  }
}

function lastChars(text: string, paragraph: PlannedParagraph): string {
  const last = paragraph.lines.at(-1)!;
  return text.slice(Math.max(last.start, last.end - 2), last.end);
}

function firstChars(text: string, paragraph: PlannedParagraph): string {
  const first = paragraph.lines[0]!;
  return text.slice(first.start, Math.min(first.end, first.start + 8));
}

function lengthOf(paragraph: PlannedParagraph): number {
  return paragraph.lines.reduce((sum, line) => sum + line.end - line.start, 0);
}

// ---- broken words --------------------------------------------------------------------

type BrokenWordJoin = 'none' | 'keep-hyphen' | 'drop-hyphen';

/** The broken word (if any) across the break between two lines of a paragraph. */
function hyphenBreakBetween(text: string, line: LineSpan, next: LineSpan): HyphenBreak | 'digits' | undefined {
  if (text[line.end - 1] !== '-') return undefined;
  const windowStart = Math.max(line.start, line.end - 80);
  const current = text.slice(windowStart, line.end);
  const left = wordBefore(text, windowStart, line.end - 1);
  const following = text.slice(next.start, Math.min(next.end, next.start + 80));
  if (left) {
    const right = LEADING_LETTERS.exec(following)?.[0];
    return right ? { left, right } : undefined;
  }
  return /\d-$/.test(current) && /^\d/.test(following) ? 'digits' : undefined;
}

/**
 * The word that ends right before the hyphen at `hyphen`, starting no earlier than `from`:
 * letters, with hyphens inside (`Афьонкарахисар-Кютахья-`), and no letter or hyphen before it.
 */
function wordBefore(text: string, from: number, hyphen: number): string | undefined {
  let start = hyphen;
  for (let size = letterOrHyphenBefore(text, from, start); size > 0; size = letterOrHyphenBefore(text, from, start)) start -= size;
  if (start === hyphen || text[start] === '-' || text[hyphen - 1] === '-') return undefined;
  return text.slice(start, hyphen);
}

/** The length (in UTF-16 units) of the letter or hyphen that ends right before `end` within text[from, end), or 0. */
function letterOrHyphenBefore(text: string, from: number, end: number): number {
  if (end <= from) return 0;
  const code = text.charCodeAt(end - 1);
  // Latin and Russian letters, the common case, are told without a pattern.
  if (code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x400 && code <= 0x45f)) return 1;
  if (code < 128) return 0;
  const pair = code >= 0xdc00 && code <= 0xdfff && end - 2 >= from && isHighSurrogate(text.charCodeAt(end - 2));
  const size = pair ? 2 : 1;
  return LETTER_OR_HYPHEN.test(text.slice(end - size, end)) ? size : 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function brokenWordJoin(text: string, line: LineSpan, next: LineSpan, dehyphenator: Dehyphenator): BrokenWordJoin {
  const broken = hyphenBreakBetween(text, line, next);
  if (broken === undefined) return 'none';
  if (broken === 'digits') return 'keep-hyphen';
  return dehyphenator.keepsHyphen(broken.left, broken.right) ? 'keep-hyphen' : 'drop-hyphen';
}

/**
 * Copies a line, collapsing runs of spaces and tabs to one space and closing up words
 * that a PDF join left as `So- viet` when the dictionary knows them whole.
 */
function writeLine(text: string, line: LineSpan, builder: MappedTextBuilder, dehyphenator: Dehyphenator, fixes: LineFixes): void {
  const content = text.slice(line.start, line.end);
  let last = 0;
  if (fixes.brokenWord.occursIn(line.start, line.end) || fixes.doubleSpace.occursIn(line.start, line.end) || fixes.tab.occursIn(line.start, line.end)) {
    for (const m of content.matchAll(LINE_FIXES)) {
      const [match, right] = m;
      if (right !== undefined) {
        const left = wordBefore(text, line.start + Math.max(0, m.index - 80), line.start + m.index);
        if (!left || dehyphenator.keepsHyphen(left, right)) continue;
        builder.copy(line.start + last, line.start + m.index);
        last = m.index + 2;
      } else {
        builder.copy(line.start + last, line.start + m.index);
        if (match.startsWith(' ')) builder.copy(line.start + m.index, line.start + m.index + 1);
        else builder.insert(' ', line.start + m.index);
        last = m.index + match.length;
      }
    }
  }
  builder.copy(line.start + last, line.end);
}

/** Where a line may need `writeLine` to mend it: what LINE_FIXES can match starts with one of these. */
interface LineFixes {
  brokenWord: OccurrenceFinder;
  doubleSpace: OccurrenceFinder;
  tab: OccurrenceFinder;
}

function lineFixesIn(text: string): LineFixes {
  return { brokenWord: new OccurrenceFinder(text, '- '), doubleSpace: new OccurrenceFinder(text, '  '), tab: new OccurrenceFinder(text, '\t') };
}

function hyphenBreaks(text: string, paragraphs: PlannedParagraph[]): HyphenBreak[] {
  const breaks: HyphenBreak[] = [];
  const brokenWords = new OccurrenceFinder(text, '- ');
  for (const { lines } of paragraphs) {
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      const broken = next && hyphenBreakBetween(text, line, next);
      if (broken && broken !== 'digits') breaks.push(broken);
      if (!brokenWords.occursIn(line.start, line.end)) return;
      const content = text.slice(line.start, line.end);
      for (const m of content.matchAll(INLINE_BREAK)) {
        const left = wordBefore(text, line.start + Math.max(0, m.index - 80), line.start + m.index);
        if (left) breaks.push({ left, right: m[1]! });
      }
    });
  }
  return breaks;
}
