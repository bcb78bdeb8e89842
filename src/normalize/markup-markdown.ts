/**
 * Markdown → blocks of plain text. Block syntax (headings, list bullets, rules, quotes,
 * fences) decides the blocks and their kinds; inline syntax (emphasis, links, inline
 * HTML, footnote markers) is dropped and the text it wraps kept. A block that starts
 * with a footnote marker (`<sup>1</sup> …`, `[^1]: …`) is a footnote.
 */
import { BlockWriter, type BlockText } from './blocks.js';
import { AnyOccurrenceFinder } from './scan.js';

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$|^#+[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+(?=\S)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:[ \t]*/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const FOOTNOTE_MARKER_START = /^[ \t]*(?:<sup>\s*(?:[\p{N}*†‡§]{1,3}|[a-z])\s*<\/sup>|\[\^[^\]\s]+\])/u;

/** Inline syntax, one alternative per construct; the named group holds the text that is kept. */
const INLINE = new RegExp(
  [
    '<sup>\\s*(?:[\\p{N}*†‡§]{1,3}|[a-z])\\s*</sup>', // footnote marker: dropped
    '\\[\\^[^\\]\\s]+\\]', // footnote reference: dropped
    '!?\\[(?<link>[^\\]\\n]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:"[^"\\n]*"|\'[^\'\\n]*\'))?\\)',
    '<(?<autolink>(?:https?|ftp):\\/\\/[^<>\\n]+|mailto:[^\\s<>]+|[^\\s<>@]+@[^\\s<>@]+\\.[^\\s<>@]+)>',
    '<\\/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>\\n]*)?\\/?>', // inline HTML tag: dropped
    '`(?<code>[^`\\n]+)`',
    '\\*\\*(?<strong>\\S(?:[^\\n]*?\\S)?)\\*\\*',
    '(?<![\\p{L}\\p{N}])__(?<strongUnderscore>\\S(?:[^\\n]*?\\S)?)__(?![\\p{L}\\p{N}])',
    '\\*(?<em>[^\\s*](?:[^\\n*]*?[^\\s*])?)\\*',
    '(?<![\\p{L}\\p{N}_])_(?<emUnderscore>[^\\s_](?:[^\\n_]*?[^\\s_])?)_(?![\\p{L}\\p{N}_])',
    '\\\\(?<escaped>[!-\\/:-@\\[-`{-~])',
    '&(?<entity>#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});',
  ].join('|'),
  'dyu',
);
/** The characters an inline construct can start with: matching is tried only there. */
const INLINE_STARTS = [...'<[!`*_\\&'];
/** Groups whose text is itself markdown, read again for nested syntax. */
const NESTED = ['link', 'strong', 'strongUnderscore', 'em', 'emUnderscore'] as const;
/** Groups whose text is kept as it is. */
const VERBATIM = ['autolink', 'code', 'escaped'] as const;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  ndash: '–', mdash: '—', laquo: '«', raquo: '»', hellip: '…', copy: '©',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„', sect: '§', deg: '°',
};

export function stripMarkdown(text: string): BlockText {
  const writer = new BlockWriter(text);
  const inlineStarts = new AnyOccurrenceFinder(text, INLINE_STARTS);
  let fence: string | null = null;
  let inParagraph = false;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (fence !== null) {
      // Code is kept as it is, one line per block.
      if (line.trimStart().startsWith(fence)) fence = null;
      else writer.copy(start, end);
      writer.breakBlock();
    } else if (!/\S/.test(line)) {
      writer.breakBlock();
      inParagraph = false;
    } else {
      inParagraph = readBlockLine(text, start, end, line, inParagraph, writer, inlineStarts, (marker) => (fence = marker));
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return writer.build();
}

/** Writes one non-blank line outside code; returns whether a paragraph (or list item) goes on after it. */
function readBlockLine(
  text: string,
  start: number,
  end: number,
  line: string,
  inParagraph: boolean,
  writer: BlockWriter,
  inlineStarts: AnyOccurrenceFinder,
  openFence: (marker: string) => void,
): boolean {
  const fence = FENCE.exec(line);
  if (fence) {
    writer.breakBlock();
    openFence(fence[1]!.slice(0, 3));
    return false;
  }
  const heading = ATX_HEADING.exec(line);
  if (heading) {
    writer.breakBlock('heading');
    const closing = ATX_CLOSING.exec(line.slice(heading[0].length));
    const contentEnd = closing ? start + heading[0].length + closing.index : end;
    writeInline(text, start + heading[0].length, contentEnd, writer, inlineStarts);
    writer.breakBlock();
    return false;
  }
  if (inParagraph && SETEXT_UNDERLINE.test(line)) {
    writer.setKind('heading');
    writer.breakBlock();
    return false;
  }
  if (RULE.test(line) || TABLE_DIVIDER.test(line)) {
    writer.breakBlock();
    return false;
  }
  const quote = QUOTE.exec(line);
  if (quote) {
    return readBlockLine(text, start + quote[0].length, end, line.slice(quote[0].length), inParagraph, writer, inlineStarts, openFence);
  }
  const item = LIST_ITEM.exec(line);
  const definition = item ? null : FOOTNOTE_DEFINITION.exec(line);
  if (item) {
    writer.breakBlock('list-item');
    start += item[0].length;
  } else if (definition) {
    writer.breakBlock('footnote');
    start += definition[0].length;
  } else if (!inParagraph) {
    writer.breakBlock();
  }
  if (writer.atBlockStart && FOOTNOTE_MARKER_START.test(text.slice(start, end))) writer.setKind('footnote');
  writeInline(text, start, end, writer, inlineStarts);
  writer.breakLine();
  return true;
}

/** Writes text[from, to) without its inline syntax. */
function writeInline(text: string, from: number, to: number, writer: BlockWriter, inlineStarts: AnyOccurrenceFinder): void {
  let last = from;
  let at = from;
  while (at < to) {
    const start = inlineStarts.next(at);
    if (start < 0 || start >= to) break;
    INLINE.lastIndex = start;
    const m = INLINE.exec(text);
    const matchEnd = m ? start + m[0].length : 0;
    // No construct here, or one running past a link's text, which is then not one.
    if (m === null || matchEnd > to) {
      at = start + 1;
      continue;
    }
    writer.copy(last, start);
    writeConstruct(text, m, writer, inlineStarts);
    last = at = matchEnd;
  }
  writer.copy(last, to);
}

function writeConstruct(text: string, m: RegExpExecArray, writer: BlockWriter, inlineStarts: AnyOccurrenceFinder): void {
  const spans = m.indices!.groups!;
  for (const name of NESTED) {
    const span = spans[name];
    if (span) {
      writeInline(text, span[0], span[1], writer, inlineStarts);
      return;
    }
  }
  for (const name of VERBATIM) {
    const span = spans[name];
    if (span) {
      writer.copy(span[0], span[1]);
      return;
    }
  }
  const entity = m.groups!.entity;
  if (entity !== undefined) {
    const decoded = decodeEntity(entity);
    if (decoded === undefined) writer.copy(m.index, m.index + m[0].length);
    else if (decoded !== '') writer.insert(decoded, m.index);
  }
  // Anything else (footnote markers, HTML tags) is dropped.
}

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith('#')) {
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[entity];
}
