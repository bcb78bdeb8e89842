import type { Markup, RawDocument } from '../model.js';
import { decodeText } from './encoding.js';

/** Reads a .txt or .md file; a .txt whose content is plainly Markdown is marked up as such. */
export async function readText(path: string, bytes: Buffer, format: 'txt' | 'md'): Promise<RawDocument> {
  const { text, encoding } = decodeText(bytes, path);
  const markup: Markup = format === 'md' || looksLikeMarkdown(text) ? 'markdown' : 'plain';
  return { path, format, markup, text, encoding, bytes: bytes.length };
}

/** Enough text to see a file's habits without scanning a whole book. */
const SNIFF_CHARS = 256 * 1024;

/** Constructs that hardly occur in plain prose. */
const STRONG_MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S.*\n(?:.*\n)*?#{1,6}[ \t]+\S/m, // two ATX headings: a lone "# …" line is not enough
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong emphasis
  /!?\[[^\]\n]+\]\([^)\s]+\)/, // link or image
  /<\/?(?:sup|sub|br)\b[^>]*>/i, // inline HTML that Markdown converters emit for footnotes
  /^```/m, // fenced code
  /^\|?[ \t]*:?-{3,}:?[ \t]*\|/m, // table separator row
];

/** Constructs plain text uses too, telling only alongside a strong sign. */
const WEAK_MARKDOWN_SIGNS: readonly RegExp[] = [
  /^[ \t]*[-*+][ \t]+\S/m, // list bullet
  /^(?:-{3,}|\*{3,}|_{3,})[ \t]*$/m, // thematic break
];

/**
 * Markdown when at least two kinds of sign occur and one of them is strong. Each pattern scans
 * the whole sample where it does not occur, so none is tried once the answer is known.
 */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  let strong = 0;
  for (const sign of STRONG_MARKDOWN_SIGNS) {
    if (sign.test(sample) && ++strong === 2) return true;
  }
  return strong === 1 && WEAK_MARKDOWN_SIGNS.some((sign) => sign.test(sample));
}
