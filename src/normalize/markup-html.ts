/**
 * HTML → blocks of plain text, read with htmlparser2, whose event offsets point into
 * the HTML source so the offset map does too. Block elements end blocks, <br> ends a
 * line, headings and list items give their block a kind, page chrome (head, script,
 * style, nav…) is dropped with its content, and so are footnote markers (<sup>1</sup>);
 * a block that starts with one is a footnote.
 */
import { Parser } from 'htmlparser2';
import type { ParagraphKind } from '../model.js';
import { BlockWriter, type BlockText } from './blocks.js';

const DROPPED = new Set(['head', 'script', 'style', 'nav', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'legend', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const KINDS: Record<string, ParagraphKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', li: 'list-item',
};
const CELLS = new Set(['td', 'th']);
/** What a footnote marker holds: a short number or sign. */
const MARKER = /^\s*(?:[\p{N}*†‡§]{1,3}|[a-z])\s*$/u;

export function stripHtml(html: string): BlockText {
  const writer = new BlockWriter(html);
  /** The element whose content is being dropped, and how deeply it is nested in itself. */
  let dropped: string | null = null;
  let dropDepth = 0;
  /** Text seen inside the current <sup>, held until we know whether it is a marker. */
  let sup: { at: number; pieces: { start: number; end: number; text: string }[]; blockStart: boolean } | null = null;

  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (dropped === null && DROPPED.has(name)) dropped = name;
        if (dropped !== null) {
          if (name === dropped) dropDepth++;
          return;
        }
        if (name === 'sup') sup = { at: parser.startIndex, pieces: [], blockStart: writer.atBlockStart };
        else if (name === 'br') writer.breakLine();
        else if (KINDS[name]) writer.breakBlock(KINDS[name]);
        else if (BLOCKS.has(name)) writer.breakBlock();
        else if (CELLS.has(name)) writer.insert(' ', parser.startIndex);
      },
      ontext(text) {
        if (dropped !== null) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (sup) sup.pieces.push({ start, end, text });
        else writeText(writer, html, start, end, text);
      },
      onclosetag(name) {
        if (dropped !== null) {
          if (name === dropped && --dropDepth === 0) dropped = null;
          return;
        }
        if (name === 'sup' && sup) {
          const held = sup;
          sup = null;
          const content = held.pieces.map((piece) => piece.text).join('');
          if (MARKER.test(content)) {
            if (held.blockStart) writer.setKind('footnote');
          } else {
            for (const piece of held.pieces) writeText(writer, html, piece.start, piece.end, piece.text);
          }
        } else if (KINDS[name] || BLOCKS.has(name)) {
          writer.breakBlock();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.parseComplete(html);
  return writer.build();
}

/** Copies text that stands in the source as it is; decoded entities are inserted at their place. */
function writeText(writer: BlockWriter, html: string, start: number, end: number, text: string): void {
  if (html.slice(start, end) === text) writer.copy(start, end);
  else writer.insert(text, start);
}
