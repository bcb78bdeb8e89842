/**
 * The shapes text takes between normalization steps, and the writer the markup steps
 * share to produce them.
 */
import type { Paragraph, ParagraphKind } from '../model.js';
import { MappedTextBuilder, type MappedText } from './offset-map.js';
import { AnyOccurrenceFinder, OccurrenceFinder } from './scan.js';
import { isSpaceUnit as isSpace } from '../util/unicode-classes.js';

/**
 * Text cut into blocks by markup: '\n\n' between blocks, '\n' between the lines of a
 * block, no empty line or block, no space at either end of a line. `kinds` has one
 * entry per block: what the markup said it is, or null when it did not say.
 */
export interface BlockText extends MappedText {
  kinds: (ParagraphKind | null)[];
}

/** Final shape: one line per paragraph, '\n\n' between paragraphs, one kind per paragraph. */
export interface ParagraphText extends MappedText {
  kinds: ParagraphKind[];
}

/** Spans of the paragraphs of a ParagraphText. */
export function paragraphsOf({ text, kinds }: Pick<ParagraphText, 'text' | 'kinds'>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const kind of kinds) {
    const found = text.indexOf('\n\n', start);
    const end = found < 0 ? text.length : found;
    paragraphs.push({ start, end, kind });
    start = end + 2;
  }
  return paragraphs;
}

type Separator = 'none' | 'space' | 'line' | 'block';
const SEPARATOR_TEXT: Record<Separator, string> = { none: '', space: ' ', line: '\n', block: '\n\n' };
const RANK: Record<Separator, number> = { none: 0, space: 1, line: 2, block: 3 };

/**
 * Writes a BlockText from markup. Separators (space, line break, block break) are held
 * back until the next visible character, so empty lines and blocks never appear and
 * runs of whitespace collapse to one space.
 */
export class BlockWriter {
  private readonly builder: MappedTextBuilder;
  private readonly source: string;
  private readonly kinds: (ParagraphKind | null)[] = [];
  private pending: Separator = 'none';
  /** Where the pending space came from, and whether it was a lone ' ' that can be copied. */
  private spaceAt = 0;
  private spaceIsCopy = false;
  private nextKind: ParagraphKind | null = null;
  /** Where copying in one piece must stop: whitespace other than a space, and two spaces. */
  private readonly otherWhitespace: AnyOccurrenceFinder;
  private readonly doubleSpaces: OccurrenceFinder;

  constructor(source: string) {
    this.source = source;
    this.builder = new MappedTextBuilder(source);
    this.otherWhitespace = new AnyOccurrenceFinder(source, ['\n', '\t', '\f', '\r']);
    this.doubleSpaces = new OccurrenceFinder(source, '  ');
  }

  /** True when nothing has been written in the current block yet. */
  get atBlockStart(): boolean {
    return this.kinds.length === 0 || this.pending === 'block';
  }

  /** Ends the current block; the next one gets `kind` (null: let reflow decide). */
  breakBlock(kind: ParagraphKind | null = null): void {
    this.request('block');
    this.nextKind = kind;
  }

  breakLine(): void {
    this.request('line');
  }

  /** Gives the current block a kind (e.g. a footnote told by its leading marker). */
  setKind(kind: ParagraphKind): void {
    if (this.atBlockStart) this.nextKind = kind;
    else this.kinds[this.kinds.length - 1] = kind;
  }

  /** Copies source[start, end), collapsing whitespace runs to one space. */
  copy(start: number, end: number): void {
    const source = this.source;
    let i = start;
    while (i < end) {
      let k = i;
      while (k < end && isSpace(source.charCodeAt(k))) k++;
      if (k > i) {
        this.space(i, k - i === 1 && source.charCodeAt(i) === 32);
        i = k;
        if (i >= end) break;
      }
      const j = this.pieceEnd(i, end);
      this.flush(i);
      this.builder.copy(i, j);
      i = j;
    }
  }

  /**
   * Where a piece copied from `from` (not whitespace) must end: at the first whitespace
   * that is not a lone space inside [from, end), or at `end`.
   */
  private pieceEnd(from: number, end: number): number {
    const source = this.source;
    let stop = end;
    const other = this.otherWhitespace.next(from);
    // A space right before a line break or tab is not lone.
    if (other >= 0 && other < stop) stop = source.charCodeAt(other - 1) === 32 ? other - 1 : other;
    const doubleSpace = this.doubleSpaces.next(from);
    if (doubleSpace >= 0 && doubleSpace < stop) stop = doubleSpace;
    // Nor is a space that ends the range.
    if (stop === end && source.charCodeAt(end - 1) === 32) stop = end - 1;
    return stop;
  }

  /** Writes text that is not in the source as such (a decoded entity), pinned to source offset `at`. */
  insert(text: string, at: number): void {
    if (/^\s+$/.test(text)) {
      this.space(at, false);
      return;
    }
    this.flush(at);
    this.builder.insert(text, at);
  }

  build(): BlockText {
    return { ...this.builder.build(), kinds: this.kinds };
  }

  private space(at: number, isCopy: boolean): void {
    if (this.pending === 'none') {
      this.pending = 'space';
      this.spaceAt = at;
      this.spaceIsCopy = isCopy;
    }
  }

  private request(separator: Separator): void {
    if (RANK[separator] > RANK[this.pending]) this.pending = separator;
  }

  /** Emits the held-back separator before visible text at source offset `at`. */
  private flush(at: number): void {
    if (this.kinds.length === 0 || this.pending === 'block') {
      if (this.kinds.length > 0) this.builder.insert('\n\n', at);
      this.kinds.push(this.nextKind);
      this.nextKind = null;
    } else if (this.pending === 'space' && this.spaceIsCopy) {
      this.builder.copy(this.spaceAt, this.spaceAt + 1);
    } else if (this.pending !== 'none') {
      this.builder.insert(SEPARATOR_TEXT[this.pending], this.pending === 'space' ? this.spaceAt : at);
    }
    this.pending = 'none';
  }
}
